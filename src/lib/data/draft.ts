/**
 * A report being composed (by `npm run data -- add` or the Data page's form) -> the row it
 * would be in reports.csv, checked exactly as `check` would check it as the file's next line.
 *
 * The row is validated by the loader itself (load.ts): a small reports.csv table is made of
 * the file's own header (read by csv.ts), the earlier rows the new one might repeat at their own
 * lines and the new row at the line it would get, and is loaded with the dataset's own
 * sources.csv and categories.csv. So the messages, the positions and the checks
 * across files (unknown ids, dates after today, repeated rows) are the ones `check` prints,
 * without reading the whole file again for every keystroke. The aggregation warnings
 * (a correction, two cumulative figures on one day) come from buildModel on the dataset with
 * the row added. Pure: no DOM, no disk.
 *
 * Why one file: the layout of the file, the check of a row and the choices to offer are what `add`
 * and the form both take from it, and the check needs the layout's lines.
 */
import { buildModel } from './aggregate';
import { countLineBreaks, parseCsv, type CsvRow, type CsvTable } from './csv';
import { said, type Said } from './issue';
import { loadDataset, type FileEncodings } from './load';
import { REPORT_COLUMNS } from './schema/reports';
import { hasErrors } from './severity';
import { row, TABLE_HEADER } from './summary';
import {
	BASES,
	DATASET_FILES,
	MEASURES,
	QUALIFIERS,
	QUANTITY_UNITS,
	type Basis,
	type DataIssue,
	type Dataset,
	type DatasetFiles,
	type HandoverModel,
	type IsoDate,
	type LoadResult,
	type Measure,
	type Qualifier,
	type QuantityUnit,
	type Report,
	type SourceKind
} from './types';
import { DEFAULT_STYLE, formatCsvRow, reportCells, styleOf, type CsvStyle } from './write';

/** A report as typed: raw strings keyed by reports.csv column names (`date`, `note_ar`, …). */
export type ReportDraft = Readonly<Partial<Record<string, string>>>;

/** Where a new row goes in reports.csv, and how it is written there. */
export interface ReportsLayout {
	/** The header's column names as written (trimmed), in file order; the contract's when it has none. */
	columns: string[];
	/** The file is missing, empty or blank: the header is written before the first row. */
	needsHeader: boolean;
	/** The file's own style: a new row is written in it. */
	style: CsvStyle;
	/** The header as csv.ts reads it (its cells, line and issues; no rows). */
	header: CsvTable;
	headerLine: number;
	/** The line the new row starts on (blank lines are counted, as editors count them). */
	nextLine: number;
	/** The file ends with a line end; when it does not, one is written before the row. */
	endsWithLineEnd: boolean;
}

/** What checkDraft needs: the dataset as it stands, and today. Make one with draftContext. */
export interface DraftContext {
	/** The dataset id (its folder's name). */
	datasetId: string;
	/** The text of the dataset's files (sources.csv and categories.csv are read for the ids). */
	files: DatasetFiles;
	/** The dataset loaded from `files` (loadDataset, with `today`). */
	load: LoadResult;
	/** The model of `load` before the row, with only the aggregation warnings in its issues. */
	before: HandoverModel;
	/** reports.csv's header, style and next line. */
	layout: ReportsLayout;
	/** Reports dated after this day are flagged, as `check` flags them. */
	today: IsoDate;
}

export interface DraftCheck {
	/** The report as it would load; null when the row has an error (see `issues`). */
	report: Report | null;
	/** The row's errors and warnings, positioned as `check` would print them. */
	issues: DataIssue[];
	/** The row's cells, in the file's column order, as they would be written. */
	cells: string[];
	/** The line the row would start on. */
	line: number;
	/** The category's line of the summary with the row added, in the CLI's words; null without a report. */
	summaryLine: string | null;
	/** The same line before the row, for a comparison; null without a report. */
	summaryBefore: string | null;
	/** The row as written, with its line end. */
	row: string;
	/** Exactly what is appended to reports.csv: a line end the file lacks, a header it lacks, the row. */
	append: string;
}

/** The columns a report has, in the contract's order; other header columns come after them. */
export const DRAFT_COLUMNS: readonly string[] = REPORT_COLUMNS.map((c) => c.name);

/** The columns whose values are canonicalised when written (`More than` -> `more_than`, `1,000` -> `1000`). */
const CANONICAL = new Set([
	'date',
	'source',
	'category',
	'quantity',
	'qualifier',
	'basis',
	'quantity_high',
	'unit',
	'measure'
]);


/**
 * Where a new row goes in a reports.csv (its text, or undefined when there is none).
 * @example reportsLayout('date,source\n2023-09-22,ru-mod\n').nextLine // 3
 */
export function reportsLayout(text: string | undefined): ReportsLayout {
	const raw = text ?? '';
	const bom = raw.charCodeAt(0) === 0xfeff;
	const body = bom ? raw.slice(1) : raw;
	const breaks = countLineBreaks(body);
	const endsWithLineEnd = body === '' || /[\r\n]$/.test(body);
	const lastLine = breaks + (endsWithLineEnd ? 0 : 1);
	if (body.trim() === '') {
		const style = { ...DEFAULT_STYLE, bom };
		// The header goes on the line after the blank ones, the row on the next.
		const headerLine = lastLine + 1;
		const header: CsvTable = {
			file: DATASET_FILES.reports,
			header: [...DRAFT_COLUMNS],
			headerLine,
			rows: [],
			delimiter: style.delimiter,
			lineEnding: style.lineEnding,
			hasBom: bom,
			issues: []
		};
		return { columns: [...DRAFT_COLUMNS], needsHeader: true, style, header, headerLine, nextLine: lastLine + 2, endsWithLineEnd };
	}
	// The header line with its line end, read by csv.ts (its cells, delimiter, line end, byte-order
	// mark). A header with a line break inside quotes is read whole (parseCsv of the file), a case
	// for odd files only.
	const start = body.search(/[^\r\n]/);
	const end = body.slice(start).search(/\r\n|\r|\n/);
	let headerEnd = end === -1 ? body.length : start + end + (body.startsWith('\r\n', start + end) ? 2 : 1);
	if ((body.slice(0, headerEnd).split('"').length - 1) % 2 === 1) {
		const firstRow = parseCsv(body, DATASET_FILES.reports).rows[0];
		headerEnd = firstRow ? indexOfLine(body, firstRow.line) : body.length;
	}
	const header = parseCsv(raw.slice(0, headerEnd + (bom ? 1 : 0)), DATASET_FILES.reports);
	return {
		columns: header.header,
		needsHeader: false,
		style: styleOf(header),
		header: { ...header, rows: [] },
		headerLine: header.headerLine,
		nextLine: lastLine + 1,
		endsWithLineEnd
	};
}

/** The offset in `text` where the 1-based physical line `line` starts. */
function indexOfLine(text: string, line: number): number {
	let at = 0;
	for (let n = 1; n < line; n++) {
		const next = text.slice(at).search(/\r\n|\r|\n/);
		if (next === -1) return text.length;
		at += next + (text.startsWith('\r\n', at + next) ? 2 : 1);
	}
	return at;
}

/**
 * What checkDraft needs, made once per state of the dataset (not once per keystroke).
 * `encodings` says how each file's bytes were read (encoding.ts), as the readers found it.
 */
export function draftContext(
	datasetId: string,
	files: DatasetFiles,
	today: IsoDate,
	encodings: FileEncodings = {}
): DraftContext {
	const load = loadDataset(datasetId, files, { today, encodings });
	const before = buildModel({ dataset: load.dataset, issues: [] });
	return {
		datasetId,
		files,
		load,
		before,
		layout: reportsLayout(files[DATASET_FILES.reports]),
		today
	};
}

/** A draft value as it goes into a cell: trimmed, and line breaks in the file's style. */
function cellText(value: string | undefined, style: CsvStyle): string {
	return (value ?? '').trim().replace(/\r\n|\r|\n/g, style.lineEnding);
}

function issueAt(
	line: number,
	column: number,
	text: Said,
	severity: DataIssue['severity'] = 'error'
): DataIssue {
	return { file: DATASET_FILES.reports, line, column, ...text, severity };
}

/** The key of an issue, to tell the new ones from those that were there before. */
function issueKey(issue: DataIssue): string {
	return `${issue.file}:${issue.line}:${issue.column}:${issue.severity}:${issue.message}`;
}

/**
 * Checks a draft as the next row of reports.csv: the row's cells, the line it would get, its
 * issues (as `check` would give them) and, when it loads, the report and the category's new
 * summary line. A value for a column that the file does not have is an error, so that
 * nothing typed is silently dropped.
 * @example checkDraft({ date: '2023-09-24', source: 'ru-mod', category: 'firearms',
 *     quantity: '1000', qualifier: 'more than', basis: 'cumulative' }, context)
 *   // { report: {...}, issues: [], line: 7, cells: ['2023-09-24', 'ru-mod', 'firearms', '1000',
 *   //   'more_than', 'cumulative', '', '', '', ''], summaryLine: 'Firearms: handed over 1,000+ …' }
 */
export function checkDraft(draft: ReportDraft, context: DraftContext): DraftCheck {
	const { layout } = context;
	const { style, nextLine: line } = layout;
	const names = layout.columns.map((c) => c.trim().toLowerCase());
	const issues: DataIssue[] = [];
	for (const [key, value] of Object.entries(draft)) {
		const name = key.trim().toLowerCase();
		if (value === undefined || value.trim() === '' || names.includes(name)) continue;
		issues.push(
			issueAt(
				layout.headerLine,
				0,
				said('issue_draft_no_column', {
					given: key,
					value: value.trim(),
					file: DATASET_FILES.reports,
					name
				})
			)
		);
	}
	const valueOf = (name: string): string | undefined => {
		for (const [key, value] of Object.entries(draft)) {
			if (key.trim().toLowerCase() === name) return value;
		}
		return undefined;
	};
	let cells = names.map((name) => cellText(valueOf(name), style));
	const header = layout.needsHeader ? formatCsvRow(layout.columns, style) : '';
	let row = formatCsvRow(cells, style);

	let loaded: { issues: DataIssue[]; report: Report | null };
	if (cells.every((cell) => cell === '')) {
		// A blank row is skipped by the reader, not refused. So that an empty draft gets the
		// schema's own message for each required cell, it is checked with one more, non-empty,
		// field past the header's, and the message about that field is left out.
		const probe = loadRow([...cells, '-'], context);
		const extra = cells.length + 1;
		loaded = { issues: probe.issues.filter((i) => i.column !== extra), report: null };
	} else loaded = loadRow(cells, context);
	issues.push(...loaded.issues);
	const report = hasErrors(issues) ? null : loaded.report;
	let summaryLine: string | null = null;
	let summaryBefore: string | null = null;
	if (report !== null) {
		// The canonical form of what was typed (`More than` -> `more_than`): the same record.
		const canonical = reportCells(report, layout.columns);
		cells = cells.map((cell, i) => (CANONICAL.has(names[i]!) ? canonical[i]! : cell));
		row = formatCsvRow(cells, style);
		const after = buildModel({
			dataset: { ...context.load.dataset, reports: [...context.load.dataset.reports, report] },
			issues: []
		});
		const known = new Set(context.before.issues.map(issueKey));
		for (const issue of after.issues) {
			if (issue.line === line && !known.has(issueKey(issue))) issues.push(issue);
		}
		summaryLine = summaryLineOf(after, report.category);
		summaryBefore = summaryLineOf(context.before, report.category);
	}
	if (report === null && !hasErrors(issues)) {
		// Not expected: every way a row fails to load gives an error. Said all the same.
		issues.push(issueAt(line, 0, said('issue_draft_not_loaded', {})));
	}
	issues.sort((a, b) => a.line - b.line || a.column - b.column);
	const lineEnd = layout.endsWithLineEnd ? '' : style.lineEnding;
	return {
		report,
		issues,
		cells,
		line,
		summaryLine,
		summaryBefore,
		row,
		append: lineEnd + header + row
	};
}

/**
 * Loads the row of `cells` as line `layout.nextLine` of a reports.csv table made of the file's
 * header and the earlier reports it could repeat (same day, source and category) at their own
 * lines: the loader's issues at that line, and the report it reads there.
 */
function loadRow(cells: readonly string[], context: DraftContext): { issues: DataIssue[]; report: Report | null } {
	const { layout, load } = context;
	const { nextLine } = layout;
	const names = layout.columns.map((c) => c.trim().toLowerCase());
	const cellOf = (name: string) => cells[names.indexOf(name)]?.trim() ?? '';
	const [date, source, category] = [cellOf('date'), cellOf('source'), cellOf('category')];
	const rows: CsvRow[] = [];
	for (const earlier of load.dataset.reports) {
		if (earlier.date !== date || earlier.source !== source || earlier.category !== category) {
			continue;
		}
		if (earlier.line <= layout.headerLine || earlier.line >= nextLine) continue;
		rows.push({ line: earlier.line, cells: reportCells(earlier, layout.columns) });
	}
	// The new row's cells as the reader reads them back from the row as written (a line break
	// in a value, say), behind a header line in the same style.
	const written = parseCsv(formatCsvRow(layout.columns, layout.style) + formatCsvRow(cells, layout.style), DATASET_FILES.reports);
	rows.push({ line: nextLine, cells: written.rows[0]?.cells ?? [...cells] });
	const result = loadDataset(
		context.datasetId,
		{
			[DATASET_FILES.sources]: context.files[DATASET_FILES.sources] ?? '',
			[DATASET_FILES.categories]: context.files[DATASET_FILES.categories] ?? ''
		},
		{ today: context.today, tables: { [DATASET_FILES.reports]: { ...layout.header, rows } } }
	);
	const report = result.dataset.reports.find((r) => r.line === nextLine) ?? null;
	const issues = result.issues.filter(
		(i) =>
			i.file === DATASET_FILES.reports &&
			(i.line === nextLine || (report === null && i.line <= layout.headerLine))
	);
	if (!context.files[DATASET_FILES.sources] || !context.files[DATASET_FILES.categories]) {
		// A missing sources.csv or categories.csv: its own error says more than an unknown id.
		for (const i of result.issues) {
			if (i.file !== DATASET_FILES.reports && i.line === 0) issues.push(i);
		}
	}
	return { issues, report };
}

/**
 * A category's line of the CLI's summary table, as one line of text:
 * `Firearms: handed over 800+ · source ru-mod · date 2023-09-22 · estimate ≈10,000 · progress at least 8%`.
 * The cells are the table's own (summary.ts's row()).
 */
export function summaryLineOf(model: HandoverModel, categoryId: string): string | null {
	const summary = model.categories.find((c) => c.category.id === categoryId);
	if (summary === undefined) return null;
	const [label, ...rest] = row(summary);
	const parts = rest.map((cell, i) => `${TABLE_HEADER[i + 1]!.toLowerCase()} ${cell}`);
	return `${label}: ${parts.join(' · ')}`;
}

/** A choice to offer: an id and its label (with the label's translations, for the site). */
export interface DraftChoice {
	id: string;
	label: string;
	translations: Readonly<Record<string, string>>;
}

export interface DraftChoices {
	sources: (DraftChoice & { kind: SourceKind })[];
	categories: DraftChoice[];
	qualifiers: readonly Qualifier[];
	bases: readonly Basis[];
	units: readonly QuantityUnit[];
	measures: readonly Measure[];
}

/**
 * The values a draft's fixed columns may take in this dataset, in file order.
 * @example draftChoices(dataset).categories[1] // { id: 'firearms', label: 'Firearms', translations: { ar: 'الأسلحة النارية' } }
 */
export function draftChoices(dataset: Dataset): DraftChoices {
	return {
		sources: dataset.sources.map((s) => ({
			id: s.id,
			label: s.name.value,
			translations: s.name.translations,
			kind: s.kind
		})),
		categories: dataset.categories.map((c) => ({
			id: c.id,
			label: c.label.value,
			translations: c.label.translations
		})),
		qualifiers: QUALIFIERS,
		bases: BASES,
		units: QUANTITY_UNITS,
		measures: MEASURES
	};
}
