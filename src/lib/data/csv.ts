/**
 * CSV text -> a header and rows of raw string cells, each row with the physical line it starts on.
 *
 * papaparse defines how a file reads. Rows whose quoting is plain (every quoted value closes
 * with a quote followed by the delimiter or a line end: nearly every row of every file) are
 * read by a small reader here that gives exactly the same cells, much faster; any other row is
 * read by papaparse. scanCsv gives the rows one at a time, so a large file is validated without
 * ever holding all its rows.
 *
 * Reads what Excel, LibreOffice and Google Sheets write: a byte-order mark, CRLF, LF or CR, `,` `;`
 * or tab as delimiter (detected from the header line), quoted fields with delimiters, `""` and
 * newlines inside (kept as written: a CRLF inside a value stays CRLF), blank lines (skipped, but
 * counted for line numbers). The bytes are decoded before (encoding.ts): a file read as
 * Windows-1256 or UTF-16 gets a warning at line 1. What cannot be read is an issue: an unclosed
 * quote, a file that is not text. The field count of each row is checked by
 * validate.ts, which knows which columns may be empty.
 *
 * Why one file and not two: the fast scan, its line counting, the recovery after a broken quote
 * and the papaparse fall-back share the scanner's state and its invariants (a row's line, its
 * offset); apart, each half would have to expose them.
 */
import Papa from 'papaparse';
import type { FileEncoding } from './encoding';
import { said, type Said } from './issue';
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
 * The number of line ends in `text`, as this reader counts lines (CRLF, LF and a lone CR each
 * count one): the line after the last is where a new row goes.
 * @example countLineBreaks('a\r\nb\rc\n') // 3
 */
export function countLineBreaks(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) n++;
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
	}
	return n;
}

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

function issue(file: string, line: number, column: number, text: Said): DataIssue {
	return { file, line, column, ...text, severity: 'error' };
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
const BINARY_KINDS = [
	['\uFFFDPNG', 'issue_binary_png'],
	['GIF8', 'issue_binary_gif'],
	['%PDF-', 'issue_binary_pdf'],
	['PK\x03\x04', 'issue_binary_zip']
] as const;

/**
 * Why a text with a NUL, or bytes that are not text (decoded with a U+FFFD for each bad byte),
 * is not a CSV file, and where, as an issue.
 */
function notUtf8(text: string, file: string, delimiter: string): DataIssue {
	const known = BINARY_KINDS.find(([prefix]) => text.startsWith(prefix));
	if (known) {
		return issue(file, 1, 0, said(known[1], {}));
	}
	const nul = text.indexOf('\0') !== -1;
	const { data } = Papa.parse<string[]>(text, { ...PARSE, delimiter });
	const at = firstBadCell(data, nul ? '\0' : '\uFFFD');
	return issue(file, at.line, at.column, said(nul ? 'issue_not_utf8_nul' : 'issue_not_utf8_legacy', {}));
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
export function parseCsv(text: string, file: string, options: ScanOptions = {}): CsvTable {
	return scanCsv(
		text,
		file,
		(line, cells, table) => {
			table.rows.push({ line, cells });
		},
		options
	);
}

export interface ScanOptions {
	/**
	 * How the file's bytes were read (encoding.ts, decodeBytes): null for bytes that are not text
	 * (an error, placed at the first U+FFFD of the text); an encoding other than UTF-8 gives a
	 * warning at line 1. Default: UTF-8 (text that was never bytes, as in tests).
	 */
	encoding?: FileEncoding;
	/**
	 * The visitor keeps neither the cells array nor a reference to it after it returns (it may
	 * keep the strings): the array is then reused for the next row.
	 */
	reuseCells?: boolean;
}

/**
 * Reads CSV text as parseCsv does, but gives each data row to `visit` as soon as it is read
 * instead of keeping it: the table returned has the header, the style and the issues, and no
 * rows. A large file is then never held as rows and cells all at once (see validate.ts,
 * validateCsv). parseCsv is this with a visitor that keeps the rows.
 */
export function scanCsv(
	text: string,
	file: string,
	visit: CsvRowVisitor,
	options: ScanOptions = {}
): CsvTable {
	const hasBom = text.charCodeAt(0) === 0xfeff;
	if (hasBom) text = text.slice(1);
	// (A CRLF starts with a CR: where there is none, the text is not searched again.)
	const cr = text.indexOf('\r');
	const crlf = cr === -1 ? -1 : text.indexOf('\r\n', cr);
	const lineEnding = crlf !== -1 && crlf === text.indexOf('\n') - 1 ? '\r\n' : '\n';
	// Normalised once, so that files with mixed line ends still parse, and a line end is always
	// one '\n' to count. A lone CR is a line end too (old Mac files; and editors count it as one,
	// so line numbers match). A CRLF inside a quoted value is the value's own and stays.
	// (The delimiter reads the same before and after: detectDelimiter takes a CR for a line end.)
	const delimiter = detectDelimiter(text);
	if (cr !== -1) text = normaliseLineEnds(text, delimiter);
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
	// A U+FFFD in a valid UTF-8 file is a character like any other: only bytes that are not text
	// (or a NUL, which no text file holds) make the file unreadable.
	if (options.encoding === null || text.indexOf('\0') !== -1) {
		table.issues.push(notUtf8(text, file, delimiter));
		return table;
	}
	const read = options.encoding === undefined ? 'utf-8' : options.encoding;
	if (read !== 'utf-8') {
		table.issues.push({
			file,
			line: 1,
			column: 1,
			...said(read === 'windows-1256' ? 'issue_read_as_windows_1256' : 'issue_read_as_utf16', {}),
			severity: 'warning'
		});
	}

	// The first pass is free; reading on after a broken quote parses the rest again.
	let budget = text.length * REPARSE_BUDGET.perChar + REPARSE_BUDGET.base;
	let from = 0;
	let firstLine = 1;
	let lastLine = -1;
	const lastLineOf = () => {
		// The last line that holds anything: a value that runs to the end takes the final newline.
		if (lastLine === -1) lastLine = 1 + countNewlines(text) - (text.endsWith('\n') ? 1 : 0);
		return lastLine;
	};
	const rows = rowReader(table, visit);
	const scratch = options.reuseCells ? [] : null;
	// Whether `from` starts a part of the file that papaparse reads from its start: the file, or
	// where reading goes on after a broken quote.
	let partStart = true;
	for (;;) {
		// Rows are read here as long as they are plainly well-formed (the usual file is, to the
		// end); a row that is not goes to papaparse, which reads it as it always does, and what
		// it leaves (after one row, or after a broken quote) comes back here.
		const stop = readPlain(table, text, from, firstLine, rows, partStart, scratch);
		if (stop === null) break;
		// papaparse drops a BOM at the start of what it is given. At the start of a part that is
		// what it always did; elsewhere the line end before the row goes too, which papaparse
		// reads as a blank line, so that the BOM stays.
		const bom =
			!(partStart && stop.offset === from) && text.charCodeAt(stop.offset) === 0xfeff;
		const at = bom ? stop.offset - 1 : stop.offset;
		const next = readPart(table, text.slice(at), bom ? stop.line - 1 : stop.line, {
			mayResume: budget >= text.length - from,
			lastLine: lastLineOf,
			oneRowFrom: bom ? 1 : 0,
			rows
		});
		if (next === null) break;
		from = at + next.offset;
		firstLine = next.line;
		partStart = next.resumed;
		if (next.resumed) budget -= text.length - from;
	}
	return table;
}

/**
 * `text` with its line ends as LF, except a CRLF inside a quoted value, which is the value's own.
 * A quote opens a value at the start of a field and closes before the delimiter, a line end or the
 * end of the text; in a file where one does not (a broken quote), every CR and CRLF becomes LF,
 * as csv.ts read them before: reading on after the broken quote then finds its lines.
 */
function normaliseLineEnds(text: string, delimiter: string): string {
	const all = () => text.replace(/\r\n?/g, '\n');
	const d = delimiter.charCodeAt(0);
	const isEnd = (c: number) => c === d || c === 10 || c === 13;
	let out = '';
	let i = 0;
	const length = text.length;
	while (i < length) {
		const quote = text.indexOf('"', i);
		const outside = text.slice(i, quote === -1 ? length : quote);
		if (quote === -1) {
			return out + outside.replace(/\r\n?/g, '\n');
		}
		if (quote > 0 && !isEnd(text.charCodeAt(quote - 1))) return all();
		let close = text.indexOf('"', quote + 1);
		while (close !== -1 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2);
		if (close === -1) return all();
		if (close + 1 < length && !isEnd(text.charCodeAt(close + 1))) return all();
		// Outside the value: every line end is LF; inside it, a lone CR is a line end (counted as
		// one by editors), a CRLF stays.
		out +=
			outside.replace(/\r\n?/g, '\n') +
			text.slice(quote, close + 1).replace(/\r(?!\n)/g, '\n');
		i = close + 1;
	}
	return out;
}

/** What happens to a row read: a blank row is skipped, the first one is the header, the rest visited. */
function rowReader(table: CsvTable, visit: CsvRowVisitor): (line: number, cells: string[]) => void {
	return (line, cells) => {
		if (isBlank(cells)) return;
		if (table.header.length === 0) {
			table.header = cells.map((cell) => cell.trim());
			table.headerLine = line;
			return;
		}
		visit(line, cells, table);
	};
}

/**
 * Reads rows from `from` (the start of physical line `firstLine`; with `partStart`, where
 * papaparse would start reading) exactly as papaparse reads them, as long as every quoted value
 * closes properly: its closing quote followed by the delimiter, a line end or the end of the
 * text. That is the usual file, to its end, and reading it here costs a few indexOf per row
 * and none of papaparse's work per row. Returns null at the end of the text, or where a row
 * starts that papaparse must read (a quote that does not close so, or a BOM where papaparse
 * would drop it). src/lib/data/fast.property.test.ts holds the two equal.
 */
function readPlain(
	table: CsvTable,
	text: string,
	from: number,
	firstLine: number,
	rows: (line: number, cells: string[]) => void,
	partStart: boolean,
	scratch: string[] | null
): { offset: number; line: number } | null {
	// A BOM where papaparse would start reading: it drops it, so papaparse reads that row.
	if (partStart && text.charCodeAt(from) === 0xfeff) return { offset: from, line: firstLine };
	const delimiter = table.delimiter;
	const d = delimiter.charCodeAt(0);
	const length = text.length;
	let pos = from;
	let line = firstLine;
	let nextDelimiter = text.indexOf(delimiter, pos);
	while (pos < length) {
		const rowStart = pos;
		const start = line;
		// The line end that ends the row (-1: the end of the text); moved on past a quoted value
		// that holds line ends.
		let rowEnd = text.indexOf('\n', pos);
		let inside = 0;
		const cells: string[] = scratch ?? [];
		let n = 0;
		for (;;) {
			if (text.charCodeAt(pos) === 34 /* " */) {
				let quote = text.indexOf('"', pos + 1);
				let escaped = false;
				while (quote !== -1 && text.charCodeAt(quote + 1) === 34) {
					escaped = true;
					quote = text.indexOf('"', quote + 2);
				}
				const after = quote + 1;
				const next = after < length ? text.charCodeAt(after) : -1;
				if (quote === -1 || (next !== -1 && next !== d && next !== 10)) {
					return { offset: rowStart, line: start };
				}
				const value = text.substring(pos + 1, quote);
				cells[n++] = escaped ? value.replaceAll('""', '"') : value;
				if (rowEnd !== -1 && rowEnd < quote) {
					inside += countNewlines(text, quote, rowEnd);
					rowEnd = next === 10 ? after : text.indexOf('\n', after);
				}
				pos = after;
				if (next === d) {
					pos++;
					continue;
				}
				break;
			}
			if (nextDelimiter !== -1 && nextDelimiter < pos) nextDelimiter = text.indexOf(delimiter, pos);
			if (nextDelimiter !== -1 && (rowEnd === -1 || nextDelimiter < rowEnd)) {
				cells[n++] = text.substring(pos, nextDelimiter);
				pos = nextDelimiter + 1;
				continue;
			}
			const end = rowEnd === -1 ? length : rowEnd;
			cells[n++] = text.substring(pos, end);
			pos = end;
			break;
		}
		if (cells.length !== n) cells.length = n;
		line = start + 1 + inside;
		// Past the line end (or at the end of the text).
		if (pos < length) pos++;
		rows(start, cells);
	}
	return null;
}

/**
 * The first Quotes error of a row papaparse gives, merged with the row's others, or null.
 * `shift`: 1 when papaparse dropped a BOM at the start of the text, so its offsets are one less.
 */
function brokenRow(errors: readonly Papa.ParseError[], shift: number): BrokenRow | null {
	let index = -1;
	let invalid = false;
	for (const error of errors) {
		if (error.type !== 'Quotes' || error.row === undefined) continue;
		if (index === -1) index = (error.index ?? 0) + shift;
		invalid ||= error.code === 'InvalidQuotes';
	}
	return index === -1 ? null : { index, invalid };
}

/** How readPart reads a part of the file. */
interface PartOptions {
	/** Whether reading may go on after a quote that swallows lines (see REPARSE_BUDGET). */
	mayResume: boolean;
	/** The last line of the whole file that holds anything. */
	lastLine: () => number;
	/** Stop after the first row that starts at this offset of the part or later. */
	oneRowFrom: number;
	rows: (line: number, cells: string[]) => void;
}

/**
 * Reads `text` (the file from physical line `firstLine` on) into `table` with papaparse (its
 * `step` mode: one row at a time, so that no array of all the rows is built), up to and
 * including the first row that starts at `oneRowFrom`, and returns where to read on (the offset
 * in `text` and the line), or null at the end. When a quote swallows lines and `mayResume`, the
 * row is reported and reading goes on from the line after the one where the quote opens
 * (`resumed`).
 */
function readPart(
	table: CsvTable,
	text: string,
	firstLine: number,
	{ mayResume, lastLine, oneRowFrom, rows }: PartOptions
): { offset: number; line: number; resumed: boolean } | null {
	const { file, delimiter } = table;
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

	// papaparse drops a BOM at the start, and counts its offsets without it.
	const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = firstLine;
	// Where the row being read starts in `text`.
	let rowStart = shift;
	let next: { offset: number; line: number; resumed: boolean } | null = null;
	const end = text.length;
	Papa.parse<string[]>(text, {
		...PARSE,
		delimiter,
		step: (results, parser) => {
			const cells = results.data;
			const rowEnd = results.meta.cursor + shift;
			const start = line;
			const startOffset = rowStart;
			line++;
			// A row ends with its newline (or the end of the text). Only a newline before that,
			// or a last row that may end inside a quoted value, means newlines inside cells.
			const newline = text.indexOf('\n', rowStart);
			if (newline !== -1 && newline < rowEnd && (newline < rowEnd - 1 || rowEnd === end)) {
				for (const cell of cells) if (cell.indexOf('\n') !== -1) line += countNewlines(cell);
			}
			rowStart = rowEnd;
			const stop = () => {
				if (startOffset < oneRowFrom || rowEnd >= end) return;
				next = { offset: rowEnd, line, resumed: false };
				parser.abort();
			};
			const bad = results.errors.length > 0 ? brokenRow(results.errors, shift) : null;
			if (bad) {
				const rowOffset = offsetOfLine(start);
				const quoteLine = start + countNewlines(text, bad.index, rowOffset);
				const column = columnAt(text, rowOffset, bad.index - 1, delimiter);
				const last = Math.min(line - 1, lastLine());
				// Read on from the line after the quote, unless the header is not read yet (a data
				// row must not become the header) or the time allowed for this is spent.
				const resumes = last > quoteLine && mayResume && table.header.length > 0;
				const until = resumes ? quoteLine : last;
				const one = until === start;
				const span = { from: start, to: until };
				// A value that runs past the line its quote opens on is most likely a quote left open
				// (a value over several lines that also breaks the quoting cannot be told apart).
				const problem = resumes
					? one
						? said('issue_quote_resumes_line', {})
						: said('issue_quote_resumes_lines', span)
					: bad.invalid
						? one
							? said('issue_quote_invalid_line', {})
							: said('issue_quote_invalid_lines', span)
						: one
							? said('issue_quote_never_closed_line', {})
							: said('issue_quote_never_closed_lines', span);
				table.issues.push(issue(file, quoteLine, column, problem));
				if (resumes) {
					next = { offset: text.indexOf('\n', bad.index) + 1, line: quoteLine + 1, resumed: true };
					parser.abort();
				} else stop();
				return;
			}
			rows(start, cells);
			stop();
		}
	});
	return next;
}
