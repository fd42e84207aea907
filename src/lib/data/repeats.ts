/**
 * Reports that repeat an earlier one exactly (every field but the line): a warning at the later
 * row, since the same report pasted twice would otherwise count twice.
 */
import type { Report } from './types';

/** A text field in a key: its length first, so that ('ab', 'c') and ('a', 'bc') differ. */
function part(text: string | null): string {
	return text === null ? '-' : `${text.length}:${text}`;
}

/** Every field of a report but its line, as one string: two reports are the same report, but for their lines, exactly when their keys are equal. */
function reportKey(report: Report): string {
	const { stated, note } = report;
	let key = `${part(report.source)}${part(report.category)}${part(report.basis)}`;
	key += stated === null ? '-' : `${stated.value}|${part(stated.qualifier)}`;
	key += `${part(report.url)}${part(report.quote)}`;
	if (note !== null) {
		key += part(note.value);
		// In key order, as JSON would write them.
		for (const lang in note.translations) key += part(lang) + part(note.translations[lang]!);
	} else key += '-';
	return key;
}

/**
 * Finds the reports that repeat an earlier one exactly (every field but the line: what a JSON
 * key of the fields would compare): a Map keyed by the report's fields as one string, one Map
 * per date (a repeat has the same date, and in a file sorted by date the one in use stays small).
 */
export function repeatFinder(): (report: Report) => Report | null {
	const byDate = new Map<string, Map<string, Report>>();
	let lastDate: string | null = null;
	let seen = new Map<string, Report>();
	return (report) => {
		if (report.date !== lastDate) {
			lastDate = report.date;
			let table = byDate.get(lastDate);
			if (table === undefined) byDate.set(lastDate, (table = new Map()));
			seen = table;
		}
		const key = reportKey(report);
		const first = seen.get(key);
		if (first !== undefined) return first;
		seen.set(key, report);
		return null;
	};
}
