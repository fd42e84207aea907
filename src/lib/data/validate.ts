/**
 * A parsed CSV table + a table spec -> typed records and `file:line:column: message` issues.
 *
 * Header names are matched trimmed and case-insensitively; unknown columns are ignored; a
 * `<column>_<lang>` column is a translation of a translatable column. A row with an error is
 * left out and every other row still loads. All of a row's errors are reported, not the first.
 */
import * as v from 'valibot';
import type { CsvTable } from './csv';
import { translationOf, type LocalizedInput, type RowInput, type TableSpec } from './schema/fields';
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
}

function describeDelimiter(delimiter: string): string {
	return delimiter === '\t' ? 'a tab' : `'${delimiter}'`;
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
	const { file, header, headerLine } = table;
	const issues: DataIssue[] = [...table.issues];
	const records: (T & { line: number })[] = [];
	const error = (line: number, column: number, message: string) =>
		issues.push({ file, line, column, message, severity: 'error' });
	const warning = (line: number, column: number, message: string) =>
		issues.push({ file, line, column, message, severity: 'warning' });
	const expectedHeader = spec.columns.map((c) => c.name).join(table.delimiter);

	if (header.length === 0) {
		if (!issues.some((i) => i.severity === 'error')) {
			error(1, 0, `the file is empty; expected a header row: ${expectedHeader}`);
		}
		return { records, issues };
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
				`column '${cell}' appears twice in the header, as columns ${first + 1} and ${i + 1}; the first is used`
			);
		}
	});
	const missing = spec.columns.filter((c) => c.required && !indexOf.has(c.name));
	if (missing.length > 0) {
		const names = missing.map((c) => `'${c.name}'`).join(', ');
		error(
			headerLine,
			0,
			`the header has no column ${names}; expected a header row: ${expectedHeader}`
		);
		return { records, issues };
	}

	const plans: Plan[] = spec.columns.map(({ name, translatable }) => {
		let translations: Plan['translations'] = null;
		if (translatable) {
			translations = [];
			for (const [headerName, index] of indexOf) {
				const lang = translationOf(name, headerName);
				if (lang !== null) translations.push({ lang, index, name: headerName });
			}
		}
		return { name, index: indexOf.get(name) ?? -1, translations };
	});
	const columnOf = (key: unknown): number =>
		typeof key === 'string' ? (indexOf.get(key) ?? -1) + 1 : 0;
	const width = header.length;

	for (const { line, cells } of table.rows) {
		// Translations of an empty cell: a warning if the row loads (if not, its errors say more).
		let orphans: { plan: string; name: string; column: number }[] | null = null;
		const input: Record<string, string | LocalizedInput> = {};
		for (const plan of plans) {
			const value = plan.index >= 0 ? (cells[plan.index]?.trim() ?? '') : '';
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
					`expected ${width} fields, as in the header, but found ${cells.length}; the extra fields are ignored (a value that contains ${describeDelimiter(table.delimiter)} must be in double quotes)`
				);
			}
		}

		const result = v.safeParse(spec.schema, input as RowInput);
		if (result.success) {
			if (cells.length < width) {
				warning(
					line,
					cells.length + 1,
					`expected ${width} fields, as in the header, but found ${cells.length}; the missing fields were read as empty`
				);
			}
			for (const o of orphans ?? []) {
				warning(
					line,
					o.column,
					`${o.name} is given but ${o.plan} is empty; fill in ${o.plan} too (a translation is shown beside its original)`
				);
			}
			records.push(Object.assign(result.output as T & object, { line }) as T & { line: number });
			continue;
		}
		let short = false;
		for (const issue of result.issues) {
			const key = issue.path?.[0]?.key;
			const column = columnOf(key);
			if (cells.length < width && column > cells.length) {
				short = true;
				continue;
			}
			error(line, column, typeof key === 'string' ? `${key} ${issue.message}` : issue.message);
		}
		if (short) {
			error(
				line,
				cells.length + 1,
				`expected ${width} fields, as in the header, but found ${cells.length}`
			);
		}
	}
	return { records, issues };
}
