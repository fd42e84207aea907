/**
 * Reports that repeat an earlier one exactly (every field but the line): a warning at the later
 * row, since the same report pasted twice would otherwise count twice.
 *
 * Why hash buckets and not a Map keyed by the report's fields as one string (simpler, and tried):
 * on the 1,000,000-row bench (`npm run bench`, 2026-12-03, side by side) the Map made the
 * pipeline 2.86x bare papaparse against 1.27x with the buckets, and its peak memory 745 MB
 * (6.95x the 107 MB file, over the 4x goal) against 304 MB: a million key strings.
 */
import type { Report } from './types';

/** FNV-1a over a string's UTF-16 code units, continuing from `hash`; null hashes as a marker. */
function hashText(hash: number, text: string | null): number {
	if (text === null) return Math.imul(hash ^ 0x7f, 16777619);
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
	// The length ends the field, so that ('ab', 'c') and ('a', 'bc') differ.
	return Math.imul(hash ^ text.length, 16777619);
}

/** hashText of the length and the last (at most) 8 code units: where texts that differ usually do. */
function hashTail(hash: number, text: string | null): number {
	if (text === null) return Math.imul(hash ^ 0x7f, 16777619);
	for (let i = Math.max(0, text.length - 8); i < text.length; i++) {
		hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
	}
	return Math.imul(hash ^ text.length, 16777619);
}

/** Reports with the same quick hash: one, or several (all different from each other). */
type Chain = Report | Report[];

/** A bucket that grew crowded under the quick hash: its reports by the hash of every field. */
class Crowd {
	readonly byFull = new Map<number, Chain>();
}

/** How many different reports a bucket holds before they are told apart by the full hash. */
const CROWDED = 8;

function findIn(chain: Chain | undefined, report: Report): Report | null {
	if (chain === undefined) return null;
	if (!Array.isArray(chain)) return sameReport(chain, report) ? chain : null;
	for (const earlier of chain) if (sameReport(earlier, report)) return earlier;
	return null;
}

function addTo(chain: Chain | undefined, report: Report): Chain {
	if (chain === undefined) return report;
	if (!Array.isArray(chain)) return [chain, report];
	chain.push(report);
	return chain;
}

/**
 * Finds the reports that repeat an earlier one exactly (every field but the line: what a JSON
 * key of the fields would compare). Reports are bucketed by a quick hash of those fields (the
 * texts by their length and their end), and a report is compared in full only with the
 * earlier ones of its bucket, so no key strings are built and a million rows stay fast. A
 * bucket that fills up with different reports (texts that differ only in the middle, as a
 * hostile file could have) sorts them by a hash of every character instead, so the time stays
 * linear. The strings of the fields with few values (dates, ids, bases) are hashed once each.
 */
export function repeatFinder(): (report: Report) => Report | null {
	// One table per date (a repeat has the same date): small tables, and in a file sorted by
	// date the one in use stays in the processor's cache.
	const byDate = new Map<string, Map<number, Chain | Crowd>>();
	let lastDate: string | null = null;
	let buckets = new Map<number, Chain | Crowd>();
	const known = new Map<string, number>();
	const hashOf = (text: string): number => {
		let hash = known.get(text);
		if (hash === undefined) {
			hash = hashText(0x811c9dc5, text);
			if (known.size < 100_000) known.set(text, hash);
		}
		return hash;
	};
	const fieldsHash = (report: Report): number => {
		const { stated } = report;
		let hash = Math.imul(hashOf(report.source) ^ hashOf(report.category), 16777619);
		hash = Math.imul(hash ^ hashOf(report.basis), 16777619);
		if (stated === null) return Math.imul(hash ^ 1, 16777619);
		hash = Math.imul(hash ^ (stated.value | 0), 16777619);
		hash = Math.imul(hash ^ ((stated.value / 4294967296) | 0), 16777619);
		return Math.imul(hash ^ hashOf(stated.qualifier), 16777619);
	};
	// Small integer keys: V8 keeps them unboxed.
	const quickHash = (report: Report): number => {
		const { note } = report;
		let hash = hashTail(fieldsHash(report), report.url);
		hash = hashTail(hash, report.quote);
		hash = hashTail(hash, note === null ? null : note.value);
		return hash & 0x3fffffff;
	};
	const fullHash = (report: Report): number => {
		const { note } = report;
		let hash = hashText(fieldsHash(report), report.url);
		hash = hashText(hash, report.quote);
		hash = hashText(hash, note === null ? null : note.value);
		if (note !== null) {
			for (const lang in note.translations) {
				hash = hashText(hashText(hash, lang), note.translations[lang]!);
			}
		}
		return hash & 0x3fffffff;
	};
	const addToCrowd = (crowd: Crowd, report: Report): void => {
		const key = fullHash(report);
		crowd.byFull.set(key, addTo(crowd.byFull.get(key), report));
	};
	return (report) => {
		if (report.date !== lastDate) {
			lastDate = report.date;
			let table = byDate.get(lastDate);
			if (table === undefined) byDate.set(lastDate, (table = new Map()));
			buckets = table;
		}
		const key = quickHash(report);
		const entry = buckets.get(key);
		if (entry instanceof Crowd) {
			const found = findIn(entry.byFull.get(fullHash(report)), report);
			if (found === null) addToCrowd(entry, report);
			return found;
		}
		const found = findIn(entry, report);
		if (found !== null) return found;
		if (Array.isArray(entry) && entry.length >= CROWDED) {
			const crowd = new Crowd();
			for (const earlier of entry) addToCrowd(crowd, earlier);
			addToCrowd(crowd, report);
			buckets.set(key, crowd);
		} else {
			const chain = addTo(entry, report);
			if (chain !== entry) buckets.set(key, chain);
		}
		return null;
	};
}

/** Every field of two reports but their lines is the same (as their JSON would be). */
function sameReport(a: Report, b: Report): boolean {
	if (
		a.date !== b.date ||
		a.source !== b.source ||
		a.category !== b.category ||
		a.basis !== b.basis ||
		a.url !== b.url ||
		a.quote !== b.quote
	) {
		return false;
	}
	if (a.stated !== b.stated) {
		if (a.stated === null || b.stated === null) return false;
		if (a.stated.value !== b.stated.value || a.stated.qualifier !== b.stated.qualifier) return false;
	}
	if (a.note !== b.note) {
		if (a.note === null || b.note === null || a.note.value !== b.note.value) return false;
		// In key order, as JSON would write them.
		const [x, y] = [Object.keys(a.note.translations), Object.keys(b.note.translations)];
		if (x.length !== y.length) return false;
		for (let i = 0; i < x.length; i++) {
			if (x[i] !== y[i] || a.note.translations[x[i]!] !== b.note.translations[y[i]!]) return false;
		}
	}
	return true;
}
