/**
 * The Data page's pure parts: which dropped files stand in for which dataset files, the limits
 * that keep the browser responsive, the draft kept in localStorage, and the bytes of a row
 * appended to a file. No DOM and no Svelte, so that all of it is tested in Node.
 */
import type { DraftChoice, DraftChoices } from '$lib/data/draft';
import { DATASET_FILES, type IsoDate } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatNumber, intlTag, localized, type Locale } from './locale';
import { qualifierRows } from './methodology';

/**
 * The largest file checked in the browser. A 100 MB reports.csv (a million rows) parses in a
 * worker in a few seconds; far above that, a tab may run out of memory, and the command line
 * (`npm run data -- check`) is the right tool.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The most issues the page lists; the rest are counted. A broken 100 MB file has millions. */
export const MAX_LISTED_ISSUES = 200;

/** The files of a dataset folder, in the order the page names them. */
export const DATASET_FILE_NAMES: readonly string[] = Object.values(DATASET_FILES);

/**
 * A size in words, in binary units as file managers show them.
 * @example formatBytes(200 * 1024 * 1024) // '200 MB'
 * @example formatBytes(1536) // '1.5 KB'
 */
export function formatBytes(bytes: number, locale: Locale = currentLocale()): string {
	const format = (n: number) => n.toLocaleString(intlTag(locale), { maximumFractionDigits: 1 });
	if (bytes < 1024) return bytes === 1 ? '1 byte' : `${format(bytes)} bytes`;
	if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
	return `${format(bytes / (1024 * 1024 * 1024))} GB`;
}

/** A file as dropped or chosen: where it was (`karabakh-2023/reports.csv`) and its size. */
export interface PickedFile<F> {
	/** The path within what was dropped, or just the name. */
	path: string;
	size: number;
	file: F;
}

export interface Selection<F> {
	/** The dataset files that the dropped files replace, by name (`reports.csv`). */
	chosen: { name: string; file: F }[];
	/** What was refused or left out, as sentences, in the order found. */
	notices: string[];
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Which dropped files stand in for the dataset's files. A file is matched by its name, wherever it
 * sits in a dropped folder; a file of another name is left out, a file over `maxBytes` is
 * refused (it is never read), and two files of one name (two dataset folders at once) are both
 * left out, since either could be meant. Each gets a notice that names the file and why.
 * @example selectDatasetFiles([{ path: 'd/reports.csv', size: 10, file }], MAX_FILE_BYTES).chosen
 *   // [{ name: 'reports.csv', file }]
 */
export function selectDatasetFiles<F>(
	picked: readonly PickedFile<F>[],
	maxBytes: number = MAX_FILE_BYTES
): Selection<F> {
	const notices: string[] = [];
	const byName = new Map<string, PickedFile<F>[]>();
	for (const item of picked) {
		const name = baseName(item.path);
		if (!DATASET_FILE_NAMES.includes(name)) {
			// Files a system or an editor leaves in a folder say nothing to the user.
			if (!name.startsWith('.') && !name.endsWith('~')) {
				notices.push(
					m.data_not_dataset_file({ file: item.path, files: DATASET_FILE_NAMES.join(', ') })
				);
			}
			continue;
		}
		byName.set(name, [...(byName.get(name) ?? []), item]);
	}
	const chosen: Selection<F>['chosen'] = [];
	for (const name of DATASET_FILE_NAMES) {
		const items = byName.get(name);
		if (!items) continue;
		if (items.length > 1) {
			notices.push(
				m.data_duplicate_file({ file: name, paths: items.map((i) => i.path).join(', ') })
			);
			continue;
		}
		const item = items[0]!;
		if (item.size > maxBytes) {
			notices.push(
				m.data_too_large({
					file: item.path,
					size: formatBytes(item.size),
					limit: formatBytes(maxBytes)
				})
			);
			continue;
		}
		chosen.push({ name, file: item.file });
	}
	return { chosen, notices };
}

/**
 * The files the page fetches from the published dataset: those it has and nobody dropped.
 * @example filesToFetch(['reports.csv', 'sources.csv'], ['reports.csv']) // ['sources.csv']
 */
export function filesToFetch(published: readonly string[], dropped: readonly string[]): string[] {
	return published.filter((name) => !dropped.includes(name));
}

/**
 * A list in words, for a sentence ("reports.csv and sources.csv").
 * @example listInWords(['a.csv', 'b.csv', 'c.csv']) // 'a.csv, b.csv and c.csv'
 */
export function listInWords(items: readonly string[], locale: Locale = currentLocale()): string {
	// English without the serial comma, as the site's other sentences write lists.
	return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' })
		.format(items)
		.replace(', and ', ' and ');
}

/** What the issues panel says above the list: the count, and how many are not listed. */
export function issuesIntro(listed: number, more: number): string {
	const total = listed + more;
	if (more === 0) return m.issues_intro({ count: total });
	return m.data_issues_capped({
		total: formatNumber(total),
		shown: formatNumber(listed),
		more: formatNumber(more)
	});
}

/** The localStorage key of the draft report of a dataset: one draft per dataset. */
export function draftStorageKey(dataset: string): string {
	return `handover-monitor:draft:${dataset}`;
}

/**
 * A draft read back from localStorage, with only the given fields, each a string (missing ones
 * empty). Anything else (no draft, a corrupt or foreign value, a draft with nothing in it) is
 * null: a stored draft must never stop the page from working.
 * @example parseStoredDraft('{"date":"2023-09-24","x":1}', ['date', 'source'])
 *   // { date: '2023-09-24', source: '' }
 */
export function parseStoredDraft<K extends string>(
	text: string | null,
	fields: readonly K[]
): Record<K, string> | null {
	if (text === null) return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const stored = value as Record<string, unknown>;
	const draft = {} as Record<K, string>;
	let filled = false;
	for (const field of fields) {
		const cell = Object.hasOwn(stored, field) ? stored[field] : '';
		if (typeof cell !== 'string') return null;
		draft[field] = cell;
		if (cell !== '') filled = true;
	}
	return filled ? draft : null;
}

/** The issues of a draft, under the field of their column, or for the whole row. */
export interface FieldIssues<I> {
	byField: Record<string, I[]>;
	/** Issues of no column of the row (column 0, or a column the form does not show). */
	general: I[];
}

/**
 * Sorts a draft's issues by field: an issue's column is 1-based in the file's header, which the
 * form's fields follow.
 * @example fieldIssues([{ column: 1, message: '…' }], ['date', 'source']).byField.date // [{ column: 1, … }]
 */
/**
 * `record[key]` when `record` has it as its own: a column named `constructor` or `__proto__`
 * must not find Object.prototype's members through a plain lookup.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function fieldIssues<I extends { column: number }>(
	issues: readonly I[],
	columns: readonly string[]
): FieldIssues<I> {
	const byField: Record<string, I[]> = Object.create(null);
	const general: I[] = [];
	for (const issue of issues) {
		const field = issue.column > 0 ? columns[issue.column - 1] : undefined;
		if (field === undefined) general.push(issue);
		else (byField[field] ??= []).push(issue);
	}
	return { byField, general };
}

/**
 * A day as `YYYY-MM-DD` in the local time zone, as a person filling in a form means "today".
 * @example isoDay(new Date(2023, 8, 24, 23, 59)) // '2023-09-24'
 */
export function isoDay(date: Date): IsoDate {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as IsoDate;
}

/** A choice in one of the form's lists: the value written to the file, and what the list says. */
export interface FieldOption {
	value: string;
	text: string;
}

const BASIS_WORD: Readonly<Record<string, () => string>> = {
	cumulative: m.basis_cumulative_short,
	increment: m.basis_increment_short
};

/**
 * The lists of the form's fixed columns, each with its empty choice first: a source or category
 * by its name (in the reader's language) and id, a qualifier by its meaning and id, a basis by
 * its word.
 * @example fieldOptions(choices).qualifier[3] // { value: 'more_than', text: 'more than n (more_than)' }
 */
export function fieldOptions(
	choices: DraftChoices,
	locale: Locale = currentLocale()
): Record<'source' | 'category' | 'qualifier' | 'basis', FieldOption[]> {
	const choose = { value: '', text: m.data_choose({}, { locale }) };
	// The methodology page's words for each qualifier ("more than n").
	const meaning = new Map(qualifierRows().map((row) => [row.qualifier as string, row.meaning]));
	const named = (choice: DraftChoice): FieldOption => ({
		value: choice.id,
		text: m.data_option(
			{
				label: localized({ value: choice.label, translations: choice.translations }, locale),
				id: choice.id
			},
			{ locale }
		)
	});
	return {
		source: [choose, ...choices.sources.map(named)],
		category: [choose, ...choices.categories.map(named)],
		qualifier: [
			{ value: '', text: m.data_no_qualifier({}, { locale }) },
			...choices.qualifiers.map((q) => ({
				value: q,
				text: m.data_option({ label: meaning.get(q) ?? q, id: q }, { locale })
			}))
		],
		basis: [choose, ...choices.bases.map((b) => ({ value: b, text: BASIS_WORD[b]?.() ?? b }))]
	};
}
