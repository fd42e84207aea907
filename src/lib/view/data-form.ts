/**
 * The Data page's parts that its island needs before any file is dropped: the limit of a file,
 * the draft kept in localStorage, the form's fields and their issues. No messages and no Intl
 * (src/lib/view/locale.ts), so that none of that weighs on the page before it is used (issue 7's
 * budget); data-page.ts has the rest and re-exports these. No DOM and no Svelte.
 */
import type { IsoDate } from '$lib/data/types';

/**
 * The largest file checked in the browser. A 100 MB reports.csv (a million rows) parses in a
 * worker in a few seconds; far above that, a tab may run out of memory, and the command line
 * (`npm run data -- check`) is the right tool.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A file as dropped or chosen: where it was (`karabakh-2023/reports.csv`) and its size. */
export interface PickedFile<F> {
	/** The path within what was dropped, or just the name. */
	path: string;
	size: number;
	file: F;
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
 * `record[key]` when `record` has it as its own: a column named `constructor` or `__proto__`
 * must not find Object.prototype's members through a plain lookup.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sorts a draft's issues by field: an issue's column is 1-based in the file's header, which the
 * form's fields follow.
 * @example fieldIssues([{ column: 1, message: '…' }], ['date', 'source']).byField.date // [{ column: 1, … }]
 */
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

/**
 * A field of the report form, in the words of the page's language: the server computes these,
 * so that the form's island gets the words (its props) rather than the code and the messages
 * that make them (issue 7's budget).
 */
export interface FormField {
	/** The column of reports.csv, as its header spells it: the field's name. */
	column: string;
	label: string;
	hint: string;
	/** The field's choices (a list), or null for a free field. */
	options: FieldOption[] | null;
	/** A text of several lines (a quote, a note) rather than one value. */
	text: boolean;
}

/** A column's field name: its header without case or spaces around. */
export const fieldName = (column: string): string => column.trim().toLowerCase();
