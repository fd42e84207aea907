/**
 * CSV text -> a header and rows of raw string cells, each row with the physical line it starts on.
 *
 * Reads what Excel, LibreOffice and Google Sheets write: a byte-order mark, CRLF or LF, `,` `;`
 * or tab as delimiter (detected from the header line), quoted fields with delimiters, `""` and
 * newlines inside, blank lines (skipped, but counted for line numbers). What cannot be read is an
 * issue: an unclosed quote, a file that is not UTF-8. The field count of each row is checked by
 * validate.ts, which knows which columns may be empty.
 */
import Papa from 'papaparse';
import type { DataIssue } from './types';

export interface CsvRow {
	/** The 1-based physical line the row starts on (the header is usually line 1). */
	line: number;
	/** The cells as written, unquoted, not trimmed. May be fewer or more than the header's. */
	cells: string[];
}

export interface CsvTable {
	file: string;
	/** The header cells, trimmed. Empty when the file is empty (or unreadable: see `issues`). */
	header: string[];
	/** The line the header is on: 1, unless blank lines come before it. */
	headerLine: number;
	/** The data rows, in file order, without blank rows and rows that could not be read. */
	rows: CsvRow[];
	delimiter: string;
	lineEnding: '\n' | '\r\n';
	hasBom: boolean;
	issues: DataIssue[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the first non-blank line: whichever of `,` `;` tab occurs most often outside
 * quotes (`,` on a tie or when none occurs: a one-column file).
 */
export function detectDelimiter(text: string): string {
	const counts = [0, 0, 0];
	let i = 0;
	while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
	let quoted = false;
	for (; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34 /* " */) quoted = !quoted;
		else if (quoted) continue;
		else if (c === 10 /* \n */ || c === 13 /* \r */) break;
		else if (c === 44 /* , */) counts[0]!++;
		else if (c === 59 /* ; */) counts[1]!++;
		else if (c === 9 /* tab */) counts[2]!++;
	}
	let best = 0;
	for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
	return DELIMITERS[best]!;
}

function countNewlines(text: string, end = text.length): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

function isBlank(cells: string[]): boolean {
	for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
	return true;
}

function issue(file: string, line: number, column: number, message: string): DataIssue {
	return { file, line, column, message, severity: 'error' };
}

/** The first cell holding a U+FFFD or a NUL, as a position: only looked for when there is one. */
function firstBadCell(data: string[][], bad: string): { line: number; column: number } {
	let line = 1;
	for (const cells of data) {
		for (let c = 0; c < cells.length; c++) {
			const at = cells[c]!.indexOf(bad);
			if (at !== -1) return { line: line + countNewlines(cells[c]!, at), column: c + 1 };
			line += countNewlines(cells[c]!);
		}
		line++;
	}
	return { line: 1, column: 1 };
}

/**
 * Parses CSV text. Never throws: what cannot be read is in `issues` (severity error).
 * An empty file gives an empty header and no issue here; validateTable reports it, because it
 * knows which header was expected. A file that is not UTF-8 gives one error and no rows.
 * @example parseCsv('\uFEFFa;b\r\n1;"x\ny"\r\n', 'f.csv')
 *   // { header: ['a', 'b'], rows: [{ line: 2, cells: ['1', 'x\ny'] }], delimiter: ';',
 *   //   lineEnding: '\r\n', hasBom: true, headerLine: 1, issues: [], file: 'f.csv' }
 */
export function parseCsv(text: string, file: string): CsvTable {
	const hasBom = text.charCodeAt(0) === 0xfeff;
	if (hasBom) text = text.slice(1);
	const crlf = text.indexOf('\r\n');
	const lineEnding = crlf !== -1 && crlf === text.indexOf('\n') - 1 ? '\r\n' : '\n';
	// Normalised once, so that files with mixed line ends still parse, and a newline inside a
	// quoted cell is always one '\n' to count.
	if (crlf !== -1) text = text.replaceAll('\r\n', '\n');
	const delimiter = detectDelimiter(text);
	const table: CsvTable = {
		file,
		header: [],
		headerLine: 1,
		rows: [],
		delimiter,
		lineEnding,
		hasBom,
		issues: []
	};
	if (text.trim() === '') return table;

	const { data, errors } = Papa.parse<string[]>(text, {
		header: false,
		delimiter,
		newline: '\n',
		quoteChar: '"',
		escapeChar: '"',
		skipEmptyLines: false
	});

	const nul = text.indexOf('\0') !== -1;
	if (nul || text.indexOf('\uFFFD') !== -1) {
		const at = firstBadCell(data, nul ? '\0' : '\uFFFD');
		const message = nul
			? 'the file is not UTF-8 text (it may be a spreadsheet file or saved as UTF-16); save it as CSV UTF-8'
			: 'the file is not UTF-8 text (it may be saved as Windows-1256 or another legacy encoding); save it as UTF-8';
		table.issues.push(issue(file, at.line, at.column, message));
		return table;
	}

	// papaparse reports a broken quote once per row; the row swallows the rest of the file.
	let broken: Map<number, { index: number; invalid: boolean }> | null = null;
	for (const error of errors) {
		if (error.type !== 'Quotes' || error.row === undefined) continue;
		broken ??= new Map();
		const seen = broken.get(error.row);
		broken.set(error.row, {
			index: seen?.index ?? error.index ?? 0,
			invalid: (seen?.invalid ?? false) || error.code === 'InvalidQuotes'
		});
	}

	// Without newlines inside cells, papaparse gives exactly one row per physical line, so
	// the per-cell newline count is only needed when the row count says otherwise.
	const scan = countNewlines(text) + 1 !== data.length;
	let line = 1;
	for (let r = 0; r < data.length; r++) {
		const cells = data[r]!;
		const start = line;
		line++;
		if (scan) {
			for (const cell of cells) if (cell.indexOf('\n') !== -1) line += countNewlines(cell);
		}
		const bad = broken?.get(r);
		if (bad) {
			const quoteLine = countNewlines(text, bad.index) + 1;
			const last = line - 1;
			const span = last === start ? 'this line' : `lines ${start} to ${last}`;
			const message = bad.invalid
				? `a quoted value must end with '"' followed by the delimiter or the end of the line (write "" for a quote inside quotes), so ${span} could not be read`
				: `the quote that opens here is never closed, so ${span} (the rest of the file) could not be read`;
			table.issues.push(issue(file, quoteLine, cells.length, message));
			continue;
		}
		if (isBlank(cells)) continue;
		if (table.header.length === 0) {
			table.header = cells.map((cell) => cell.trim());
			table.headerLine = start;
			continue;
		}
		table.rows.push({ line: start, cells });
	}
	return table;
}
