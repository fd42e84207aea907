/**
 * References between a dataset's files: ids unique in their file (sources, categories), and the
 * ids that reports, estimates and events name, which must exist. A row that names an unknown id
 * is left out, with an error at its cell that says whether the id is written but did not load,
 * is a near miss (another case), or is not in the file at all.
 */
import type { CsvTable } from './csv';
import { idList, nearestId } from './checks/nearest-id';
import { said, type Said } from './issue';
import type { TableSpec } from './schema/fields';
import { columnIndex, readTable, type FileEncodings } from './tables';
import type { DataIssue, DatasetFiles } from './types';

/** The ids a file holds, loaded or not: for a message that says why a reference fails. */
export interface IdIndex {
	file: string;
	loaded: Set<string>;
	/** Every id cell in the file, with its first line, including rows that did not load. */
	written: Map<string, number>;
}

function idIndex(file: string, table: CsvTable | null, loaded: Iterable<string>): IdIndex {
	const written = new Map<string, number>();
	const at = columnIndex(table, 'id') - 1;
	if (table && at >= 0) {
		for (const row of table.rows) {
			const id = row.cells[at]?.trim();
			if (id && !written.has(id)) written.set(id, row.line);
		}
	}
	return { file, loaded: new Set(loaded), written };
}

/** Why `id` is not a usable reference into `index`, or null when it is. */
function unknownId(column: string, id: string, index: IdIndex): Said | null {
	if (index.loaded.has(id)) return null;
	const file = index.file;
	const line = index.written.get(id);
	if (line !== undefined) return said('issue_unknown_id_not_loaded', { name: column, id, line, file });
	if (index.loaded.size === 0) return said('issue_unknown_id', { name: column, id, file });
	const [near, ids] = [nearestId(id, index.loaded), idList(index.loaded)];
	return near
		? said('issue_unknown_id_near', { name: column, id, file, near, ids })
		: said('issue_unknown_id_list', { name: column, id, file, ids });
}

/** Keeps the first record of each id; a later one is an error at its id cell. */
function uniqueIds<T extends { id: string; line: number }>(
	records: T[],
	file: string,
	table: CsvTable | null,
	issues: DataIssue[]
): T[] {
	const firstLine = new Map<string, number>();
	const column = columnIndex(table, 'id');
	return records.filter((record) => {
		const first = firstLine.get(record.id);
		if (first === undefined) {
			firstLine.set(record.id, record.line);
			return true;
		}
		issues.push({
			file,
			line: record.line,
			column,
			...said('issue_duplicate_id', { id: record.id, line: first }),
			severity: 'error'
		});
		return false;
	});
}

/** Reads a file of records keyed by `id` (sources, categories): duplicates left out, ids indexed. */
export function readIdTable<T extends { id: string }>(
	files: DatasetFiles,
	file: string,
	spec: TableSpec<T>,
	issues: DataIssue[],
	encodings: FileEncodings = {}
): { records: (T & { line: number })[]; table: CsvTable | null; ids: IdIndex } {
	const read = readTable(files, file, spec, issues, { keepRows: true, encodings });
	const records = uniqueIds(read.records, file, read.table, issues);
	const ids = idIndex(
		file,
		read.table,
		records.map((r) => r.id)
	);
	return { records, table: read.table, ids };
}

/**
 * Keeps the records whose references (`refs`: column name -> the id it names, null for none)
 * all exist; each unknown one is an error at its cell.
 */
export function checkRefs<T extends { line: number }>(
	records: T[],
	file: string,
	table: CsvTable | null,
	refs: readonly { column: string; index: IdIndex; get: (record: T) => string | null }[],
	issues: DataIssue[]
): T[] {
	const columns = refs.map((ref) => columnIndex(table, ref.column));
	// Made at the first record left out: until then (and in the usual case, to the end) the
	// records are kept as they are, without a copy.
	let kept: T[] | null = null;
	for (let r = 0; r < records.length; r++) {
		const record = records[r]!;
		let ok = true;
		for (let k = 0; k < refs.length; k++) {
			const ref = refs[k]!;
			const id = ref.get(record);
			if (id === null || ref.index.loaded.has(id)) continue;
			ok = false;
			const text = unknownId(ref.column, id, ref.index)!;
			issues.push({ file, line: record.line, column: columns[k]!, ...text, severity: 'error' });
		}
		if (!ok) kept ??= records.slice(0, r);
		else if (kept !== null) kept.push(record);
	}
	return kept ?? records;
}
