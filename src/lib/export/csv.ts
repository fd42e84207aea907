/**
 * CSV for spreadsheets: the files that the exports download (a chart's numbers, the reports
 * table). UTF-8 with a byte-order mark, so that Excel reads Arabic text as UTF-8; CRLF line
 * ends and RFC 4180 quoting; and every cell that a spreadsheet would run as a formula (it
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return) neutralised with a leading `'`,
 * as OWASP advises for CSV injection. Pure: no DOM.
 */

/** What a cell may hold: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null;

/** The byte-order mark that tells spreadsheet tools the file is UTF-8. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A cell's text, safe to open in a spreadsheet: text that a spreadsheet would read as a formula
 * gets a leading `'`. Numbers are data, not formulas: a negative number is written as it is.
 * @example neutralise('=HYPERLINK("http://x")') // `'=HYPERLINK("http://x")`
 * @example neutralise(-3) // '-3'
 */
export function neutralise(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) throw new Error(`CSV: a cell must be a finite number, got ${cell}`);
		return String(cell);
	}
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One field, quoted when it holds a delimiter, a quote or a line break. */
function field(cell: Cell): string {
	const text = neutralise(cell);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: the byte-order mark, the header, then one line per row, each ending in CRLF.
 * @example toCsv(['figure', 'low'], [['800+', 801]]) // '\uFEFFfigure,low\r\n800+,801\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const lines = [header.map(field).join(',')];
	for (const [i, row] of rows.entries()) {
		if (row.length !== header.length) {
			throw new Error(`CSV: row ${i + 1} has ${row.length} cells, the header ${header.length}`);
		}
		lines.push(row.map(field).join(','));
	}
	return `${BOM}${lines.join('\r\n')}\r\n`;
}
