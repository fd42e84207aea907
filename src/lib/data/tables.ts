/**
 * One CSV file of a dataset -> its validated records and, where asked, its table of cells, with
 * the helpers that find a column of a file by name (for an issue's position). A required file
 * that is missing is an error; an optional one has no rows.
 */
import { parseCsv, type CsvTable } from './csv';
import type { FileEncoding } from './encoding';
import { said } from './issue';
import type { TableSpec } from './schema/fields';
import { validateCsv, validateTable } from './validate';
import { DATASET_FILES, type DataIssue, type DatasetFiles } from './types';

/** How each file's bytes were read, by file name. */
export type FileEncodings = Readonly<Record<string, FileEncoding>>;

/** How readTable reads a file. */
export interface ReadHow {
	/** Keep the table's rows of cells (for the ids of references.ts). */
	keepRows?: boolean;
	/** A table parsed already, validated instead of the file's text (see LoadOptions.tables). */
	parsed?: CsvTable;
	/** How each file's bytes were read (encoding.ts); a file not named is UTF-8. */
	encodings?: FileEncodings;
}

const REQUIRED_FILES: readonly string[] = [
	DATASET_FILES.reports,
	DATASET_FILES.categories,
	DATASET_FILES.sources
];

/**
 * Parses and validates one CSV file; a missing file has no rows (an error if it is required).
 * With `keepRows`, the table keeps its rows of cells (for idIndex); without, each row is let go
 * once it is validated (validateCsv), and the table has no rows. A table `parsed` already
 * (the report form's few rows at their own lines: draft.ts) is validated instead of the text.
 */
export function readTable<T>(
	files: DatasetFiles,
	file: string,
	spec: TableSpec<T>,
	issues: DataIssue[],
	{ keepRows = false, parsed, encodings = {} }: ReadHow = {}
): { records: (T & { line: number })[]; table: CsvTable | null } {
	if (parsed !== undefined) {
		const result = validateTable(parsed, spec);
		for (const issue of result.issues) issues.push(issue);
		return { records: result.records, table: parsed };
	}
	const text = files[file];
	const encoding = Object.hasOwn(encodings, file) ? encodings[file] : 'utf-8';
	if (text === undefined) {
		if (REQUIRED_FILES.includes(file)) {
			issues.push({
				file,
				line: 0,
				column: 0,
				...said('issue_file_missing', { files: REQUIRED_FILES.join(', ') }),
				severity: 'error'
			});
		}
		return { records: [], table: null };
	}
	if (!keepRows) {
		const result = validateCsv(text, file, spec, { encoding });
		for (const issue of result.issues) issues.push(issue);
		return { records: result.records, table: result.table };
	}
	const table = parseCsv(text, file, { encoding });
	const result = validateTable(table, spec);
	for (const issue of result.issues) issues.push(issue);
	return { records: result.records, table };
}

/** The 1-based index of a column in a table's header, 0 when it has none. */
export function columnIndex(table: CsvTable | null, name: string): number {
	return (table?.header.findIndex((cell) => cell.toLowerCase() === name) ?? -1) + 1;
}

/** Each header cell's 1-based column by its lower-case name (the first, if a name repeats). */
export function columnsOf(table: CsvTable | null): Record<string, number> {
	// No prototype: a header named `constructor` or `__proto__` is just a name here.
	const columns: Record<string, number> = Object.create(null);
	table?.header.forEach((cell, i) => {
		const name = cell.toLowerCase();
		if (!(name in columns)) columns[name] = i + 1;
	});
	return columns;
}
