/**
 * CSV text -> a header and rows of raw string cells, each row with the physical line it starts on.
 *
 * Reads what Excel, LibreOffice and Google Sheets write: a byte-order mark, CRLF, LF or CR, `,` `;`
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

/** The number of '\n' in `text` from `start` up to (not including) `end`. */
function countNewlines(text: string, end = text.length, start = 0): number {
	let n = 0;
	for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
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

/** How papaparse is called: the delimiter is detected first, line ends are normalised to LF. */
const PARSE = {
	header: false,
	newline: '\n',
	quoteChar: '"',
	escapeChar: '"',
	skipEmptyLines: false
} as const;

/** Files that are often saved as `.csv` by mistake, by their first bytes (decoded as UTF-8). */
const BINARY_KINDS: readonly [prefix: string, kind: string][] = [
	['\uFFFDPNG', 'a PNG image'],
	['GIF8', 'a GIF image'],
	['%PDF-', 'a PDF document'],
	['PK\x03\x04', 'a spreadsheet workbook or another zip file (.xlsx, .ods)']
];

/** Why a text with a NUL or a U+FFFD is not a CSV file, and where, as an issue. */
function notUtf8(text: string, file: string, delimiter: string): DataIssue {
	const known = BINARY_KINDS.find(([prefix]) => text.startsWith(prefix));
	if (known) {
		return issue(
			file,
			1,
			0,
			`the file is not UTF-8 CSV text: it is ${known[1]}; export the table as CSV UTF-8`
		);
	}
	const nul = text.indexOf('\0') !== -1;
	const { data } = Papa.parse<string[]>(text, { ...PARSE, delimiter });
	const at = firstBadCell(data, nul ? '\0' : '\uFFFD');
	const message = nul
		? 'the file is not UTF-8 text (it may be a spreadsheet file or saved as UTF-16); save it as CSV UTF-8'
		: 'the file is not UTF-8 text (it may be saved as Windows-1256 or another legacy encoding); save it as UTF-8';
	return issue(file, at.line, at.column, message);
}

/** A row that papaparse could not read because of a quote: where the quote opens, and how. */
interface BrokenRow {
	/** Index (in the parsed text) just after the opening quote of the first bad value. */
	index: number;
	/** A quote that closes in the wrong place, rather than one that never closes. */
	invalid: boolean;
}

/** The 1-based column of the value whose opening quote is at `quote`, in a row starting at `rowStart`. */
function columnAt(text: string, rowStart: number, quote: number, delimiter: string): number {
	let column = 1;
	let quoted = false;
	for (let i = rowStart; i < quote; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === delimiter) column++;
	}
	return column;
}

/**
 * How much text (in characters, beyond the first pass) may be parsed again to read on after
 * broken quotes: enough for any hand-edited file, and a bound on the time a hostile one takes.
 */
const REPARSE_BUDGET = { perChar: 4, base: 1_000_000 } as const;

/**
 * Receives each data row as it is read (blank rows and rows that could not be read are not
 * given), with the table so far: its header, delimiter and issues are set by then. The cells
 * are the row's own: a reader may keep them or let them go.
 */
export type CsvRowVisitor = (line: number, cells: string[], table: CsvTable) => void;

/**
 * Parses CSV text. Never throws: what cannot be read is in `issues` (severity error).
 * An empty file gives an empty header and no issue here; validateTable reports it, because it
 * knows which header was expected. A file that is not UTF-8 gives one error and no rows.
 *
 * A quote that opens a value and is not closed on its line (`"Reported by`) would swallow the
 * lines after it into one value. That line is reported, and reading goes on from the next
 * line, so one typo does not hide the rest of the file.
 * @example parseCsv('\uFEFFa;b\r\n1;"x\ny"\r\n', 'f.csv')
 *   // { header: ['a', 'b'], rows: [{ line: 2, cells: ['1', 'x\ny'] }], delimiter: ';',
 *   //   lineEnding: '\r\n', hasBom: true, headerLine: 1, issues: [], file: 'f.csv' }
 */
export function parseCsv(text: string, file: string): CsvTable {
	return scanCsv(text, file, (line, cells, table) => {
		table.rows.push({ line, cells });
	});
}

/**
 * Reads CSV text as parseCsv does, but gives each data row to `visit` as soon as it is read
 * instead of keeping it: the table returned has the header, the style and the issues, and no
 * rows. A large file is then never held as rows and cells all at once (see validate.ts,
 * validateCsv). parseCsv is this with a visitor that keeps the rows.
 */
export function scanCsv(text: string, file: string, visit: CsvRowVisitor): CsvTable {
	const hasBom = text.charCodeAt(0) === 0xfeff;
	if (hasBom) text = text.slice(1);
	const crlf = text.indexOf('\r\n');
	const lineEnding = crlf !== -1 && crlf === text.indexOf('\n') - 1 ? '\r\n' : '\n';
	// Normalised once, so that files with mixed line ends still parse, and a newline inside a
	// quoted cell is always one '\n' to count. A lone CR is a line end too (old Mac files; and
	// editors count it as one, so line numbers match), which also makes reading idempotent:
	// no value read from a file holds a CR.
	if (text.indexOf('\r') !== -1) text = text.replace(/\r\n?/g, '\n');
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
	if (text.indexOf('\0') !== -1 || text.indexOf('\uFFFD') !== -1) {
		table.issues.push(notUtf8(text, file, delimiter));
		return table;
	}

	// The first pass is free; reading on after a broken quote parses the rest again.
	let budget = text.length * REPARSE_BUDGET.perChar + REPARSE_BUDGET.base;
	let from = 0;
	let firstLine = 1;
	for (;;) {
		const part = from === 0 ? text : text.slice(from);
		const next = readPart(table, part, firstLine, budget >= part.length, visit);
		if (next === null) break;
		from += next.offset;
		firstLine = next.line;
		budget -= text.length - from;
	}
	return table;
}

/** The first Quotes error of a row papaparse gives, merged with the row's others, or null. */
function brokenRow(errors: readonly Papa.ParseError[]): BrokenRow | null {
	let index = -1;
	let invalid = false;
	for (const error of errors) {
		if (error.type !== 'Quotes' || error.row === undefined) continue;
		if (index === -1) index = error.index ?? 0;
		invalid ||= error.code === 'InvalidQuotes';
	}
	return index === -1 ? null : { index, invalid };
}

/**
 * Reads `text` (the file from physical line `firstLine` on) into `table`, giving each data row
 * to `visit` as papaparse reads it (its `step` mode: one row at a time, so that no array of all
 * the rows is built). When a quote swallows lines and `mayResume`, stops there and returns
 * where to read on: the offset in `text` and the line number of the line after the one where
 * the quote opens. Otherwise returns null.
 */
function readPart(
	table: CsvTable,
	text: string,
	firstLine: number,
	mayResume: boolean,
	visit: CsvRowVisitor
): { offset: number; line: number } | null {
	const { file, delimiter } = table;
	// The last line that holds anything (a value that runs to the end takes the final newline):
	// only needed for a broken row, so counted then.
	let lastLine = -1;
	// The offset of the start of physical line `cursorLine`, advanced as rows are read.
	let cursorLine = firstLine;
	let cursorOffset = 0;
	const offsetOfLine = (target: number): number => {
		while (cursorLine < target) {
			cursorOffset = text.indexOf('\n', cursorOffset) + 1;
			cursorLine++;
		}
		return cursorOffset;
	};

	let line = firstLine;
	// Where the row being read starts in `text`, and where the one after it starts.
	let rowStart = 0;
	let resume: { offset: number; line: number } | null = null;
	const end = text.length;
	Papa.parse<string[]>(text, {
		...PARSE,
		delimiter,
		step: (results, parser) => {
			const cells = results.data;
			const rowEnd = results.meta.cursor;
			const start = line;
			line++;
			// A row ends with its newline (or the end of the text). Only a newline before that,
			// or a last row that may end inside a quoted value, means newlines inside cells.
			const newline = text.indexOf('\n', rowStart);
			if (newline !== -1 && newline < rowEnd && (newline < rowEnd - 1 || rowEnd === end)) {
				for (const cell of cells) if (cell.indexOf('\n') !== -1) line += countNewlines(cell);
			}
			rowStart = rowEnd;
			const bad = results.errors.length > 0 ? brokenRow(results.errors) : null;
			if (bad) {
				if (lastLine === -1) {
					lastLine = firstLine + countNewlines(text) - (text.endsWith('\n') ? 1 : 0);
				}
				const rowOffset = offsetOfLine(start);
				const quoteLine = start + countNewlines(text, bad.index, rowOffset);
				const column = columnAt(text, rowOffset, bad.index - 1, delimiter);
				const last = Math.min(line - 1, lastLine);
				// Read on from the line after the quote, unless the header is not read yet (a data
				// row must not become the header) or the time allowed for this is spent.
				const resumes = last > quoteLine && mayResume && table.header.length > 0;
				const until = resumes ? quoteLine : last;
				const span = until === start ? 'this line' : `lines ${start} to ${until}`;
				// A value that runs past the line its quote opens on is most likely a quote left open
				// (a value over several lines that also breaks the quoting cannot be told apart).
				const message = resumes
					? `the quote that opens here is not closed on its line, so ${span} could not be read; the lines after it are read on their own`
					: bad.invalid
						? `a quoted value must end with '"' followed by the delimiter or the end of the line (write "" for a quote inside quotes), so ${span} could not be read`
						: `the quote that opens here is never closed, so ${span}${until > start ? ' (the rest of the file)' : ''} could not be read`;
				table.issues.push(issue(file, quoteLine, column, message));
				if (resumes) {
					resume = { offset: text.indexOf('\n', bad.index) + 1, line: quoteLine + 1 };
					parser.abort();
				}
				return;
			}
			if (isBlank(cells)) return;
			if (table.header.length === 0) {
				table.header = cells.map((cell) => cell.trim());
				table.headerLine = start;
				return;
			}
			visit(start, cells, table);
		}
	});
	return resume;
}
