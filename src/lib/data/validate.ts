/**
 * A parsed CSV table + a table spec -> typed records and `file:line:column: message` issues.
 *
 * Header names are matched trimmed and case-insensitively; unknown columns are ignored; a
 * `<column>_<lang>` column is a translation of a translatable column. A row with an error is
 * left out and every other row still loads. All of a row's errors are reported, not the first.
 * A bad value in a lenient column (a link) is a warning: the value is left out, the row loads.
 */
import * as v from 'valibot';
import { scanCsv, type CsvTable, type ScanOptions } from './csv';
import {
	translationOf,
	type ColumnLayout,
	type ColumnSpec,
	type FastRowReader,
	type LocalizedInput,
	type RowInput,
	type TableSpec
} from './schema/fields';
import { decodeProblem, inColumn, said, withMessage, type Said } from './issue';
import { hasErrors } from './severity';
import type { DataIssue } from './types';

export interface ValidationResult<T> {
	records: T[];
	issues: DataIssue[];
}

/** How one spec column is read from a row: its cell's index and its translations' indexes. */
interface Plan {
	name: string;
	index: number;
	translations: { lang: string; index: number; name: string }[] | null;
	lenient: ColumnSpec['lenient'] | null;
}

/** A delimiter as a term parameter of an issue (issue.ts): the word for a tab, or `';'`. */
function describeDelimiter(delimiter: string): string {
	return delimiter === '\t' ? 'tab' : `'${delimiter}'`;
}

/**
 * The delimiter a short row seems to be written with instead of the file's (a `;` row pasted
 * into a `,` file): its first cell splits on it, and into about as many fields as the header.
 */
function otherDelimiter(cells: string[], delimiter: string, width: number): string | null {
	for (const other of [',', ';', '\t']) {
		if (other === delimiter || !cells[0]!.includes(other)) continue;
		const fields = cells.reduce((n, cell) => n + cell.split(other).length, 0);
		if (fields >= Math.max(2, Math.ceil(width / 2))) return other;
	}
	return null;
}

/** Validates rows one at a time, then gives the records and the issues. */
interface TableReader<T> {
	row(line: number, cells: string[]): void;
	result(): ValidationResult<T & { line: number }>;
}

/**
 * Validates each row of `table` against `spec`, and gives the valid ones as records with their
 * line. The table's own issues (from parseCsv) come first in `issues`.
 * @example validateTable(parseCsv('id,name,kind\nru-mod,Russian MoD,government\n', 'sources.csv'), SOURCES)
 *   // { records: [{ id: 'ru-mod', name: { value: 'Russian MoD', translations: {} }, kind: 'government',
 *   //   side: null, url: null, line: 2 }], issues: [] }
 */
export function validateTable<T>(
	table: CsvTable,
	spec: TableSpec<T>
): ValidationResult<T & { line: number }> {
	const reader = tableReader(table, spec);
	for (const { line, cells } of table.rows) reader.row(line, cells);
	return reader.result();
}

/**
 * Parses and validates CSV text in one pass: the same records and issues as
 * `validateTable(parseCsv(text, file), spec)`, but each row is validated as soon as it is read
 * and then let go, so a large file is never held as rows of cells. The table returned has the
 * header and the file's style, and no rows.
 */
export function validateCsv<T>(
	text: string,
	file: string,
	spec: TableSpec<T>,
	options: Pick<ScanOptions, 'encoding'> = {}
): ValidationResult<T & { line: number }> & { table: CsvTable } {
	let reader: TableReader<T> | null = null;
	const table = scanCsv(
		text,
		file,
		(line, cells, read) => {
			(reader ??= tableReader(read, spec)).row(line, cells);
		},
		// A row's cells are read into its record (or its issues), never kept.
		{ ...options, reuseCells: true }
	);
	const result = (reader ?? tableReader(table, spec)).result();
	return { records: result.records, issues: result.issues, table };
}

/**
 * A reader of the rows of `table` (its header, delimiter and issues; its rows are not read
 * here). The table's issues are taken when the result is asked for, so that a table still being
 * read may grow them.
 */
function tableReader<T>(table: CsvTable, spec: TableSpec<T>): TableReader<T> {
	const { file, header, headerLine } = table;
	const issues: DataIssue[] = [];
	const records: (T & { line: number })[] = [];
	const result = (): ValidationResult<T & { line: number }> => ({
		records,
		issues: table.issues.length > 0 ? [...table.issues, ...issues] : issues
	});
	const error = (line: number, column: number, text: Said) =>
		issues.push({ file, line, column, ...text, severity: 'error' });
	const warning = (line: number, column: number, text: Said) =>
		issues.push({ file, line, column, ...text, severity: 'warning' });
	const skip: TableReader<T> = { row: () => {}, result };
	const expectedHeader = spec.columns.map((c) => c.name).join(table.delimiter);

	if (header.length === 0) {
		if (!hasErrors(table.issues)) {
			error(1, 0, said('issue_empty_file', { header: expectedHeader }));
		}
		return skip;
	}

	// Header: first occurrence of each name wins; a repeated name is an error.
	const indexOf = new Map<string, number>();
	header.forEach((cell, i) => {
		const name = cell.toLowerCase();
		if (name === '') return;
		const first = indexOf.get(name);
		if (first === undefined) indexOf.set(name, i);
		else {
			error(
				headerLine,
				i + 1,
				said('issue_duplicate_column', { name: cell, first: first + 1, second: i + 1 })
			);
		}
	});
	const missing = spec.columns.filter((c) => c.required && !indexOf.has(c.name));
	if (missing.length > 0) {
		const names = missing.map((c) => `'${c.name}'`).join(', ');
		error(headerLine, 0, said('issue_missing_columns', { names, header: expectedHeader }));
		return skip;
	}

	const plans: Plan[] = spec.columns.map(({ name, translatable, lenient }) => {
		let translations: Plan['translations'] = null;
		if (translatable) {
			translations = [];
			for (const [headerName, index] of indexOf) {
				const lang = translationOf(name, headerName);
				if (lang !== null) translations.push({ lang, index, name: headerName });
			}
		}
		return { name, index: indexOf.get(name) ?? -1, translations, lenient: lenient ?? null };
	});
	const columnOf = (key: unknown): number =>
		typeof key === 'string' ? (indexOf.get(key) ?? -1) + 1 : 0;
	const width = header.length;
	const fast: FastRowReader<T> | null = spec.fast ? spec.fast(layoutOf(plans)) : null;

	return {
		row(line, cells) {
			// A well-formed row (the usual case) is read by the table's fast reader, which gives
			// the schema's record or null; anything else, and whatever it declines, goes through
			// the schema, which says what is wrong.
			if (fast !== null && cells.length === width) {
				const record = fast(cells, line);
				if (record !== null) {
					records.push(record);
					return;
				}
			}
			const firstIssue = issues.length;
			readRow(line, cells);
			// A row's issues in column order, whatever the order they were found in.
			if (issues.length - firstIssue > 1) {
				issues.push(...issues.splice(firstIssue).sort((a, b) => a.column - b.column));
			}
		},
		result
	};

	/** Validates one row: its record goes to `records`, its issues to `issues`. */
	function readRow(line: number, cells: string[]): void {
		const other = cells.length < width ? otherDelimiter(cells, table.delimiter, width) : null;
		if (other !== null) {
			const [ours, theirs] = [describeDelimiter(table.delimiter), describeDelimiter(other)];
			error(line, 1, said('issue_wrong_delimiter', { theirs, ours }));
			return;
		}
		// Translations of an empty cell: a warning if the row loads (if not, its errors say more).
		let orphans: { plan: string; name: string; column: number }[] | null = null;
		const input: Record<string, string | LocalizedInput> = {};
		for (const plan of plans) {
			let value = plan.index >= 0 ? (cells[plan.index]?.trim() ?? '') : '';
			if (plan.lenient && value !== '') {
				const checked = plan.lenient.check(value);
				if (!checked.ok) {
					warning(line, plan.index + 1, inColumn(checked, plan.name, plan.lenient.dropped));
					value = '';
				}
			}
			if (plan.translations === null) {
				input[plan.name] = value;
				continue;
			}
			const translations: Record<string, string> = {};
			for (const t of plan.translations) {
				const text = cells[t.index]?.trim() ?? '';
				if (text === '') continue;
				if (value !== '') translations[t.lang] = text;
				else (orphans ??= []).push({ plan: plan.name, name: t.name, column: t.index + 1 });
			}
			input[plan.name] = { value, translations };
		}

		if (cells.length > width) {
			let extra = width;
			while (extra < cells.length && cells[extra]!.trim() === '') extra++;
			// Trailing empty fields (a spreadsheet's untouched columns) are harmless.
			if (extra < cells.length) {
				error(
					line,
					width + 1,
					said('issue_extra_fields', {
						width,
						count: cells.length,
						delimiter: describeDelimiter(table.delimiter)
					})
				);
			}
		}

		const result = v.safeParse(spec.schema, input as RowInput);
		if (result.success) {
			if (cells.length < width) {
				warning(
					line,
					cells.length + 1,
					said('issue_missing_fields_empty', { width, count: cells.length })
				);
			}
			for (const o of orphans ?? []) {
				warning(
					line,
					o.column,
					said('issue_orphan_translation', { translation: o.name, original: o.plan })
				);
			}
			records.push(Object.assign(result.output as T & object, { line }) as T & { line: number });
			return;
		}
		let short = false;
		for (const issue of result.issues) {
			const key = issue.path?.[0]?.key;
			const column = columnOf(key);
			if (cells.length < width && column > cells.length) {
				short = true;
				continue;
			}
			const problem = decodeProblem(issue.message);
			error(
				line,
				column,
				typeof key === 'string' ? inColumn(problem, key) : withMessage(problem)
			);
		}
		if (short) {
			error(line, cells.length + 1, said('issue_missing_fields', { width, count: cells.length }));
		}
	}
}

/** Where each column of a spec is in a file's header, for a table's fast reader. */
function layoutOf(plans: readonly Plan[]): ColumnLayout {
	const index: Record<string, number> = {};
	const translations: Record<string, { lang: string; index: number }[]> = {};
	for (const plan of plans) {
		index[plan.name] = plan.index;
		translations[plan.name] = (plan.translations ?? []).map(({ lang, index }) => ({ lang, index }));
	}
	return { index, translations };
}
