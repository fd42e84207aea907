/**
 * The files of one dataset folder -> a validated Dataset and every issue found, as plain data
 * (it goes from a SvelteKit load function to the browser).
 *
 * Each file is parsed and validated on its own (csv.ts, validate.ts); this module then checks
 * what crosses files: ids that must exist, ids that must be unique, targets without an estimate,
 * reports dated after `today`, repeated reports. It never reads the clock or the disk.
 */
import * as v from 'valibot';
import { parseCsv, type CsvTable } from './csv';
import { said, type Said, type TermId } from './issue';
import { repeatedReportWarnings } from './checks/double-count';
import { idList, nearestId } from './checks/nearest-id';
import { parseJson } from './json';
import { validateCsv, validateTable } from './validate';
import { CATEGORIES } from './schema/categories';
import { ESTIMATES } from './schema/estimates';
import { EVENTS } from './schema/events';
import { translationOf, type LocalizedInput, type TableSpec } from './schema/fields';
import { META } from './schema/meta';
import { REPORTS } from './schema/reports';
import { SOURCES } from './schema/sources';
import {
	DATASET_FILES,
	type DataIssue,
	type DatasetFiles,
	type DatasetMeta,
	type IsoDate,
	type Localized,
	type LoadResult,
	type Report
} from './types';

export interface LoadOptions {
	/** Reports dated after this day are flagged. Without it, no date is in the future. */
	today?: IsoDate;
}

const REQUIRED_FILES: readonly string[] = [
	DATASET_FILES.reports,
	DATASET_FILES.categories,
	DATASET_FILES.sources
];

/**
 * Parses and validates one CSV file; a missing file has no rows (an error if it is required).
 * With `keepRows`, the table keeps its rows of cells (for idIndex); without, each row is let go
 * once it is validated (validateCsv), and the table has no rows.
 */
function readTable<T>(
	files: DatasetFiles,
	file: string,
	spec: TableSpec<T>,
	issues: DataIssue[],
	keepRows = false
): { records: (T & { line: number })[]; table: CsvTable | null } {
	const text = files[file];
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
		const result = validateCsv(text, file, spec);
		for (const issue of result.issues) issues.push(issue);
		return { records: result.records, table: result.table };
	}
	const table = parseCsv(text, file);
	const result = validateTable(table, spec);
	for (const issue of result.issues) issues.push(issue);
	return { records: result.records, table };
}

/** The 1-based index of a column in a table's header, 0 when it has none. */
function columnIndex(table: CsvTable | null, name: string): number {
	return (table?.header.findIndex((cell) => cell.toLowerCase() === name) ?? -1) + 1;
}

/** Each header cell's 1-based column by its lower-case name (the first, if a name repeats). */
function columnsOf(table: CsvTable | null): Record<string, number> {
	// No prototype: a header named `constructor` or `__proto__` is just a name here.
	const columns: Record<string, number> = Object.create(null);
	table?.header.forEach((cell, i) => {
		const name = cell.toLowerCase();
		if (!(name in columns)) columns[name] = i + 1;
	});
	return columns;
}

/** The ids a file holds, loaded or not: for a message that says why a reference fails. */
interface IdIndex {
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
function readIdTable<T extends { id: string }>(
	files: DatasetFiles,
	file: string,
	spec: TableSpec<T>,
	issues: DataIssue[]
): { records: (T & { line: number })[]; table: CsvTable | null; ids: IdIndex } {
	const read = readTable(files, file, spec, issues, true);
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
function checkRefs<T extends { line: number }>(
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

/** Where `"key"` is written in the JSON text, for an issue about its value. */
function keyPosition(text: string, key: string): { line: number; column: number } {
	const at = text.indexOf(`"${key}"`);
	if (at === -1) return { line: 1, column: 0 };
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	return { line, column: at - before.lastIndexOf('\n') };
}

/** `dataset.json` -> the metadata; the title falls back to the dataset id. */
function readMeta(id: string, files: DatasetFiles, issues: DataIssue[]): DatasetMeta {
	const file = DATASET_FILES.meta;
	const fallback: DatasetMeta = {
		title: { value: id, translations: {} },
		description: null,
		credit: null
	};
	const raw = files[file];
	const issue = (
		line: number,
		column: number,
		text: Said,
		severity: DataIssue['severity'] = 'error'
	) => issues.push({ file, line, column, ...text, severity });
	if (raw === undefined) {
		issue(0, 0, said('issue_meta_missing', { id }), 'warning');
		return fallback;
	}
	const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	const json = parseJson(text);
	if (!json.ok) {
		issue(json.line, json.column, json.problem);
		return fallback;
	}
	const object = json.value;
	if (typeof object !== 'object' || object === null || Array.isArray(object)) {
		issue(1, 1, said('issue_meta_not_object', {}));
		return fallback;
	}
	const entries = Object.entries(object as Record<string, unknown>);
	const input: Record<string, LocalizedInput> = {};
	for (const { name } of META.columns) {
		const localized: LocalizedInput = { value: '', translations: {} };
		for (const [key, value] of entries) {
			const lang = key === name ? '' : translationOf(name, key);
			if (lang === null) continue;
			if (typeof value !== 'string') {
				const at = keyPosition(text, key);
				issue(at.line, at.column, said('issue_meta_not_text', { key }));
			} else if (lang === '') localized.value = value.trim();
			else if (value.trim() !== '') localized.translations[lang] = value.trim();
		}
		input[name] = localized;
	}
	if (input.title!.value === '') {
		if (!entries.some(([key, value]) => key === 'title' && typeof value !== 'string')) {
			const at = keyPosition(text, 'title');
			issue(at.line, at.column, said('issue_meta_no_title', {}));
		}
		input.title = fallback.title;
	}
	// Only the title can fail the schema, and it has just been made non-empty.
	return v.parse(META.schema, input);
}

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
function repeatFinder(): (report: Report) => Report | null {
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

/** The languages a dataset is translated into, by name, for the translation warnings. */
const LANGUAGE_TERMS: Readonly<Record<string, TermId>> = { ar: 'language_ar' };

interface TranslatedTable {
	file: string;
	table: CsvTable | null;
	records: readonly (object & { line: number })[];
	/** The translatable labels of the file's records (a `Localized` or null each). */
	fields: readonly string[];
}

/** The texts of dataset.json that the pages show, and the file's text (for the positions). */
interface TranslatedMeta {
	meta: DatasetMeta;
	text: string;
}

const META_FIELDS = ['title', 'description', 'credit'] as const;

/** dataset.json's title, description and credit, each with its `<key>_<lang>` translation. */
function checkMetaTranslation(
	{ meta, text }: TranslatedMeta,
	lang: string,
	language: string,
	issues: DataIssue[]
): void {
	for (const field of META_FIELDS) {
		const value = meta[field];
		if (!value?.value || value.translations[lang]) continue;
		issues.push({
			file: DATASET_FILES.meta,
			...keyPosition(text, field),
			...said('issue_meta_untranslated', {
				field,
				value: value.value,
				language,
				key: `${field}_${lang}`
			}),
			severity: 'warning'
		});
	}
}

/**
 * Warns about each label (a category's, a source's name, an estimate's, an event's) that has
 * no translation in a language that the dataset translates into somewhere else: the page in
 * that language would show the original, marked. Across files: a `label_ar` in categories.csv
 * makes an events.csv without one incomplete, and dataset.json's title, description and credit
 * are checked the same way. Notes are free text and not checked.
 */
function checkTranslations(
	tables: readonly TranslatedTable[],
	meta: TranslatedMeta | null,
	issues: DataIssue[]
): void {
	const cell = (record: object, field: string) =>
		(record as Record<string, Localized | null | undefined>)[field];
	const languages = new Set<string>();
	for (const field of META_FIELDS) {
		for (const lang of Object.keys(meta?.meta[field]?.translations ?? {})) languages.add(lang);
	}
	for (const { records, fields } of tables) {
		for (const record of records) {
			for (const field of fields) {
				for (const lang of Object.keys(cell(record, field)?.translations ?? {})) languages.add(lang);
			}
		}
	}
	for (const lang of [...languages].sort()) {
		// A term of issue.ts (said in the reader's language), or the code as written.
		const language = LANGUAGE_TERMS[lang] ?? `'${lang}'`;
		if (meta) checkMetaTranslation(meta, lang, language, issues);
		for (const { file, table, records, fields } of tables) {
			for (const field of fields) {
				const column = `${field}_${lang}`;
				const at = columnIndex(table, column);
				for (const record of records) {
					const value = cell(record, field);
					if (!value?.value || value.translations[lang]) continue;
					issues.push({
						file,
						line: record.line,
						column: at || columnIndex(table, field),
						...said(at ? 'issue_untranslated_empty' : 'issue_untranslated_no_column', {
							field,
							value: value.value,
							language,
							translation: column
						}),
						severity: 'warning'
					});
				}
			}
		}
	}
}

/**
 * Loads one dataset from the text of its files (keyed by file name, see DATASET_FILES).
 * Never throws on bad data: every problem is an issue, sorted by file, line and column, and
 * every record that can be trusted still loads.
 * @example loadDataset('karabakh-2023', files, { today: '2023-09-25' as IsoDate })
 *   // { dataset: { id: 'karabakh-2023', meta, categories: [...5], sources: [...4], ... }, issues: [] }
 */
export function loadDataset(
	id: string,
	files: DatasetFiles,
	options: LoadOptions = {}
): LoadResult {
	const issues: DataIssue[] = [];
	const meta = readMeta(id, files, issues);

	const {
		records: sources,
		table: sourcesTable,
		ids: sourceIds
	} = readIdTable(
		files,
		DATASET_FILES.sources,
		SOURCES,
		issues
	);
	const {
		records: categories,
		table: categoriesTable,
		ids: categoryIds
	} = readIdTable(files, DATASET_FILES.categories, CATEGORIES, issues);

	const estimatesRead = readTable(files, DATASET_FILES.estimates, ESTIMATES, issues);
	const estimates = checkRefs(
		estimatesRead.records,
		DATASET_FILES.estimates,
		estimatesRead.table,
		[{ column: 'source', index: sourceIds, get: (e) => e.source }],
		issues
	);

	const targets = new Set(estimates.map((e) => e.target));
	const targetColumn = columnIndex(categoriesTable, 'target');
	for (const category of categories) {
		if (category.target === null || targets.has(category.target)) continue;
		issues.push({
			file: DATASET_FILES.categories,
			line: category.line,
			column: targetColumn,
			...said('issue_no_estimate', { target: category.target, file: DATASET_FILES.estimates }),
			severity: 'warning'
		});
	}

	const reportsRead = readTable(files, DATASET_FILES.reports, REPORTS, issues);
	const reports = checkRefs(
		reportsRead.records,
		DATASET_FILES.reports,
		reportsRead.table,
		[
			{ column: 'source', index: sourceIds, get: (r) => r.source },
			{ column: 'category', index: categoryIds, get: (r) => r.category }
		],
		issues
	);
	const dateColumn = columnIndex(reportsRead.table, 'date');
	const repeats = repeatFinder();
	for (const report of reports) {
		if (options.today !== undefined && report.date > options.today) {
			issues.push({
				file: DATASET_FILES.reports,
				line: report.line,
				column: dateColumn,
				...said('issue_after_today', { date: report.date, today: options.today }),
				severity: 'warning'
			});
		}
		const first = repeats(report);
		if (first !== null) {
			issues.push({
				file: DATASET_FILES.reports,
				line: report.line,
				column: 0,
				...said('issue_repeated_report', { line: first.line }),
				severity: 'warning'
			});
		}
	}

	issues.push(...repeatedReportWarnings(reports, issues));

	const eventsRead = readTable(files, DATASET_FILES.events, EVENTS, issues);
	const events = checkRefs(
		eventsRead.records,
		DATASET_FILES.events,
		eventsRead.table,
		[{ column: 'source', index: sourceIds, get: (e) => e.source }],
		issues
	);

	const metaText = files[DATASET_FILES.meta];
	checkTranslations(
		[
			{ file: DATASET_FILES.categories, table: categoriesTable, records: categories, fields: ['label', 'unit', 'assumption'] },
			{ file: DATASET_FILES.sources, table: sourcesTable, records: sources, fields: ['name', 'side'] },
			{ file: DATASET_FILES.estimates, table: estimatesRead.table, records: estimates, fields: ['label'] },
			{ file: DATASET_FILES.events, table: eventsRead.table, records: events, fields: ['label'] }
		],
		// A dataset.json that does not read has its own error; its fallback title is no text to translate.
		metaText === undefined || issues.some((i) => i.file === DATASET_FILES.meta && i.severity === 'error')
			? null
			: { meta, text: metaText },
		issues
	);

	issues.sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
	return {
		dataset: {
			id,
			meta,
			categories,
			sources,
			estimates,
			reports,
			events,
			reportColumns: columnsOf(reportsRead.table)
		},
		issues
	};
}
