/**
 * Records -> CSV text, in the style of the file they go into (delimiter, line ends, byte-order
 * mark), so that a row written here reads back through csv.ts and validate.ts as the same
 * record. The command that adds a report uses it; the property tests prove the round trip.
 *
 * Cells are written as they are, with no spreadsheet-formula neutralising: these are the
 * dataset's own files, and what is written must read back unchanged (exports are another matter).
 */
import type { CsvTable } from './csv';
import { REPORT_COLUMNS } from './schema/reports';
import type { Report } from './types';

/** How a CSV file is written. parseCsv reads all of these, and tells which one a file uses. */
export interface CsvStyle {
	delimiter: ',' | ';' | '\t';
	lineEnding: '\n' | '\r\n';
	/** A byte-order mark at the start, as Excel writes "CSV UTF-8". */
	bom: boolean;
	/** Quote every cell, as some tools do; by default only the cells that need it. */
	quoteAll?: boolean;
}

/** The style of the bundled files: `,`, LF, no byte-order mark. */
export const DEFAULT_STYLE: CsvStyle = { delimiter: ',', lineEnding: '\n', bom: false };

/**
 * The style a parsed file is written in, so that a row added to it matches.
 * @example styleOf(parseCsv('\uFEFFa;b\r\n', 'f.csv')) // { delimiter: ';', lineEnding: '\r\n', bom: true }
 */
export function styleOf(table: Pick<CsvTable, 'delimiter' | 'lineEnding' | 'hasBom'>): CsvStyle {
	const delimiter = table.delimiter === ';' || table.delimiter === '\t' ? table.delimiter : ',';
	return { delimiter, lineEnding: table.lineEnding, bom: table.hasBom };
}

/**
 * One cell, in double quotes when it holds the delimiter, a quote or a line break (a quote
 * inside is doubled).
 * @example formatCell('he said "6"', DEFAULT_STYLE) // '"he said ""6"""'
 */
export function formatCell(cell: string, style: CsvStyle): string {
	const needsQuotes =
		style.quoteAll === true ||
		cell.includes(style.delimiter) ||
		cell.includes('"') ||
		cell.includes('\n') ||
		cell.includes('\r');
	return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * One row of cells, ending with the style's line ending.
 * @example formatCsvRow(['2023-09-22', '5,000'], DEFAULT_STYLE) // '2023-09-22,"5,000"\n'
 */
export function formatCsvRow(cells: readonly string[], style: CsvStyle): string {
	return cells.map((cell) => formatCell(cell, style)).join(style.delimiter) + style.lineEnding;
}

/**
 * A report's cells for the columns of a header (in any order, as validate.ts reads them:
 * trimmed, case-insensitive); a column the report has nothing for is empty.
 * @example reportCells(report, ['date', 'quantity', 'qualifier']) // ['2023-09-22', '800', 'more_than']
 */
export function reportCells(report: Report, columns: readonly string[]): string[] {
	return columns.map((column) => {
		const name = column.trim().toLowerCase();
		switch (name) {
			case 'date':
				return report.date;
			case 'source':
				return report.source;
			case 'category':
				return report.category;
			case 'quantity':
				return report.stated ? String(report.stated.value) : '';
			case 'qualifier':
				return report.stated?.qualifier ?? '';
			case 'basis':
				return report.basis;
			case 'url':
				return report.url ?? '';
			case 'quote':
				return report.quote ?? '';
			case 'note':
				return report.note?.value ?? '';
			case 'quantity_high':
				return report.stated?.high != null ? String(report.stated.high) : '';
			case 'unit':
				// A count is the default: its cell stays empty, as people write it.
				return report.stated?.unit === 'percent' ? 'percent' : '';
			case 'measure':
				return report.measure === 'handed_over' ? '' : report.measure;
		}
		const lang = name.startsWith('note_') ? name.slice('note_'.length) : null;
		const translations = report.note?.translations;
		return lang !== null && translations && Object.hasOwn(translations, lang)
			? translations[lang]!
			: '';
	});
}

/** The columns of a reports.csv for these records: the documented ones, and `note_<lang>`s. */
export function reportColumns(reports: readonly Report[]): string[] {
	const langs = new Set<string>();
	for (const report of reports) {
		for (const lang of Object.keys(report.note?.translations ?? {})) langs.add(lang);
	}
	const columns = REPORT_COLUMNS.map((c) => c.name);
	return [...columns, ...[...langs].sort().map((lang) => `note_${lang}`)];
}

/**
 * A whole reports.csv: the header and one row per report, in the given style.
 * @example serializeReports([report], DEFAULT_STYLE)
 *   // 'date,source,category,quantity,qualifier,basis,url,quote,note\n2023-09-22,ru-mod,...\n'
 */
export function serializeReports(reports: readonly Report[], style: CsvStyle): string {
	const columns = reportColumns(reports);
	let text = (style.bom ? '\uFEFF' : '') + formatCsvRow(columns, style);
	for (const report of reports) text += formatCsvRow(reportCells(report, columns), style);
	return text;
}
