/**
 * The building blocks of the table schemas: a column list, and valibot field schemas made from
 * the cell parsers. A schema takes one row as `RowInput` (each known column's cell, trimmed, or
 * `''` when the column is absent; a translatable column as a `LocalizedInput`) and gives a record
 * without its line; validate.ts adds the line and turns issues into `file:line:column: message`.
 */
import * as v from 'valibot';
import { parseSafeUrl, type CellParser } from '../cells';
import { encodeProblem, said, type Problem, type Wrap } from '../issue';
import type { Localized, Terms } from '../types';

/** The columns whose text may have translations beside them: `label_ar` translates `label`. */
export const TRANSLATABLE = new Set([
	'label',
	'name',
	'side',
	'note',
	'unit',
	'assumption',
	'title',
	'description',
	'credit'
]);

export interface ColumnSpec {
	name: string;
	/** The header must have this column (its cells may still be empty: that is the schema's say). */
	required: boolean;
	/** `<name>_<lang>` columns are its translations, and the cell is read as a Localized. */
	translatable: boolean;
	/**
	 * For an optional cell that the row can do without: a value that `check` refuses is a
	 * warning (its message, then what `dropped` says), and the cell is read as empty, so the
	 * row loads.
	 */
	lenient?: { check: CellParser<unknown>; dropped: Wrap };
}

/** A column of a table; translatable when its name is in TRANSLATABLE. */
export function column(name: string, required = false): ColumnSpec {
	return { name, required, translatable: TRANSLATABLE.has(name) };
}

/**
 * An optional link column. A link that is not `http:` or `https:` (`javascript:`, `data:`, a
 * relative path) is a warning and is left out; the row loads, because its figure is good.
 * The schema still reads the cell with parseSafeUrl, so no other link can get through.
 */
export function link(name: string): ColumnSpec {
	return { ...column(name), lenient: { check: parseSafeUrl, dropped: 'issue_link_left_out' } };
}

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/**
 * The language that `name` translates `column` into, or null when it is not a translation of it.
 * @example translationOf('label', 'label_ar') // 'ar'
 */
export function translationOf(column: string, name: string): string | null {
	if (!name.startsWith(column) || name[column.length] !== '_') return null;
	const lang = name.slice(column.length + 1);
	return LANG.test(lang) ? lang : null;
}

/** A translatable cell: the original text and its translations by language (`{ ar: '...' }`). */
export interface LocalizedInput {
	value: string;
	translations: Record<string, string>;
}

export type RowInput = Readonly<Record<string, string | LocalizedInput>>;

/** Where a spec's columns are in one file's header: -1 for a column the file does not have. */
export interface ColumnLayout {
	index: Readonly<Record<string, number>>;
	/** The translation columns of each translatable column, in header order. */
	translations: Readonly<Record<string, readonly { lang: string; index: number }[]>>;
}

/**
 * Reads one row that has exactly as many cells as the header, without the schema: the record
 * (with its line) that the schema would give for it, or null when the row is not plainly
 * well-formed, which sends it through the schema (so every message comes from one place).
 * It must never accept a row that the schema refuses or warns about, nor give another record.
 */
export type FastRowReader<T> = (cells: readonly string[], line: number) => (T & { line: number }) | null;

/** What validateTable needs to read one kind of file. T is the record without its line. */
export interface TableSpec<T> {
	columns: readonly ColumnSpec[];
	schema: v.GenericSchema<RowInput, T>;
	/**
	 * Optional, for the large files: makes a fast reader for a file's column layout (see
	 * FastRowReader). The schema stays the definition; a property test holds the two equal.
	 */
	fast?: (layout: ColumnLayout) => FastRowReader<T>;
}

/**
 * A required cell read by `parse`; its problem goes out as the issue's (encoded in the valibot
 * issue's message: see issue.ts, encodeProblem).
 */
export function required<T>(parse: CellParser<T>) {
	return v.pipe(
		v.string(),
		v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
			const result = parse(dataset.value);
			if (result.ok) return result.value;
			addIssue({ message: encodeProblem(result) });
			return NEVER;
		})
	);
}

/** An optional cell: empty is null, anything else must parse. */
export function optional<T>(parse: CellParser<T>) {
	return v.pipe(
		v.string(),
		v.rawTransform<string, T | null>(({ dataset, addIssue, NEVER }) => {
			if (dataset.value === '') return null;
			const result = parse(dataset.value);
			if (result.ok) return result.value;
			addIssue({ message: encodeProblem(result) });
			return NEVER;
		})
	);
}

/** Optional free text: empty is null. */
export const optionalText = v.pipe(
	v.string(),
	v.transform((text): string | null => (text === '' ? null : text))
);

const localizedInput = v.custom<LocalizedInput>(
	(input) => typeof input === 'object' && input !== null && 'value' in input
);

/** A required translatable text cell. */
export const localized = v.pipe(
	localizedInput,
	v.rawTransform<LocalizedInput, Localized>(({ dataset, addIssue, NEVER }) => {
		if (dataset.value.value !== '') return dataset.value;
		addIssue({ message: encodeProblem(said('issue_empty_text', {})) });
		return NEVER;
	})
);

/** An optional translatable text cell: empty is null. */
export const optionalLocalized = v.pipe(
	localizedInput,
	v.transform((input): Localized | null => (input.value === '' ? null : input))
);

/**
 * The optional `terms` column (issue 15: the words that name a category or a target in a
 * report's text), with its translations `terms_ar`, `terms_ru`: `|`-separated phrases.
 */
export const TERMS_COLUMN: ColumnSpec = { ...column('terms'), translatable: true };

/** The language of the `terms` column itself. */
export const TERMS_LANGUAGE = 'en';

function splitTerms(cell: string): string[] {
	return cell
		.split('|')
		.map((t) => t.trim())
		.filter((t) => t !== '');
}

/**
 * The terms cells as phrases by language; empty when none.
 * @example { value: 'firearms|small arms', translations: { ar: 'سلاح ناري' } }
 *   // { en: ['firearms', 'small arms'], ar: ['سلاح ناري'] }
 */
export const termsField = v.pipe(
	localizedInput,
	v.transform((input): Terms => {
		const terms: Record<string, string[]> = {};
		const add = (lang: string, cell: string) => {
			const list = splitTerms(cell);
			if (list.length > 0) terms[lang] = list;
		};
		add(TERMS_LANGUAGE, input.value);
		for (const [lang, cell] of Object.entries(input.translations)) add(lang, cell);
		return terms;
	})
);

/**
 * A rule across fields of one row, reported at one column. Runs only when the fields it reads
 * (`keys`) have no issue of their own, so a row still gets every error at once.
 * `rule` returns the problem (said without the column name) or null when the row is fine.
 */
export function crossCheck<T extends Record<string, unknown>>(
	keys: readonly (keyof T & string)[],
	at: keyof T & string,
	rule: (row: T) => Problem | null
) {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		if (dataset.issues?.some((issue) => keys.includes(issue.path?.[0]?.key as never))) return;
		// The fields in `keys` passed, so they hold their parsed values even if others failed.
		const row = dataset.value as T;
		const problem = rule(row);
		if (problem === null) return;
		addIssue({
			message: encodeProblem(problem),
			path: [{ type: 'object', origin: 'value', input: row, key: at, value: row[at] }]
		});
	});
}
