import { describe, expect, test } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

const rowsOf = (text: string) => parseCsv(text, 'f.csv').rows;

describe('parseCsv: styles that must all read the same', () => {
	const expected = [
		{ line: 2, cells: ['1', '5,000'] },
		{ line: 3, cells: ['2', 'x'] }
	];
	test.each([
		['LF', 'a,b\n1,"5,000"\n2,x\n'],
		['CRLF', 'a,b\r\n1,"5,000"\r\n2,x\r\n'],
		['BOM', '\uFEFFa,b\n1,"5,000"\n2,x\n'],
		['semicolon', 'a;b\n1;5,000\n2;x\n'],
		['tab', 'a\tb\n1\t5,000\n2\tx\n'],
		['no final newline', 'a,b\n1,"5,000"\n2,x'],
		['trailing blank lines', 'a,b\n1,"5,000"\n2,x\n\n\n\r\n'],
		['quoted header', '"a","b"\n1,"5,000"\n2,x\n'],
		['padded header', ' a , b \n1,"5,000"\n2,x\n'],
		['CR only (old Mac)', 'a,b\r1,"5,000"\r2,x\r']
	])('%s', (_, text) => {
		const table = parseCsv(text, 'f.csv');
		expect(table.header).toEqual(['a', 'b']);
		expect(table.rows).toEqual(expected);
		expect(table.issues).toEqual([]);
	});

	test('reports what it found: delimiter, line ending, BOM', () => {
		const table = parseCsv('\uFEFFa;b\r\n1;2\r\n', 'f.csv');
		expect(table).toMatchObject({ delimiter: ';', lineEnding: '\r\n', hasBom: true, headerLine: 1 });
		expect(parseCsv('a,b\n1,2\n', 'f.csv')).toMatchObject({
			delimiter: ',',
			lineEnding: '\n',
			hasBom: false
		});
	});
});

describe('parseCsv: line numbers', () => {
	test.each([
		[
			'a newline inside quotes moves the later rows down',
			'a,b\n1,"x\ny"\n2,z\n',
			[
				{ line: 2, cells: ['1', 'x\ny'] },
				{ line: 4, cells: ['2', 'z'] }
			]
		],
		[
			'several newlines, in CRLF',
			'a,b\r\n1,"x\r\n\r\ny"\r\n2,"p\r\nq"\r\n3,z\r\n',
			[
				{ line: 2, cells: ['1', 'x\r\n\r\ny'] },
				{ line: 5, cells: ['2', 'p\r\nq'] },
				{ line: 7, cells: ['3', 'z'] }
			]
		],
		[
			'blank lines are skipped but counted',
			'a,b\n\n1,2\n   \n,\n2,3\n',
			[
				{ line: 3, cells: ['1', '2'] },
				{ line: 6, cells: ['2', '3'] }
			]
		],
		[
			'escaped quotes',
			'a,b\n1,"he said ""6 units"""\n2,3\n',
			[
				{ line: 2, cells: ['1', 'he said "6 units"'] },
				{ line: 3, cells: ['2', '3'] }
			]
		],
		[
			'a CRLF inside a quoted value stays CRLF (csv-spectrum newlines_crlf), in an LF file too',
			'a,b\n1,"Once upon \r\na time"\n2,"x\ny"\n3,z\n',
			[
				{ line: 2, cells: ['1', 'Once upon \r\na time'] },
				{ line: 4, cells: ['2', 'x\ny'] },
				{ line: 6, cells: ['3', 'z'] }
			]
		],
		[
			'a CRLF inside a value read by papaparse (a quote inside quotes before it)',
			'a,b\r\n1,"p""\r\nq"\r\n2,z\r\n',
			[
				{ line: 2, cells: ['1', 'p"\r\nq'] },
				{ line: 4, cells: ['2', 'z'] }
			]
		],
		[
			'a lone CR is a line end, as editors count it, also inside quotes',
			'a,b\r\r\n1,"x\ry"\r\n2,z\n',
			[
				{ line: 3, cells: ['1', 'x\ny'] },
				{ line: 5, cells: ['2', 'z'] }
			]
		],
		[
			'blank lines before the header',
			'\n\na,b\n1,2\n',
			[{ line: 4, cells: ['1', '2'] }]
		],
		[
			'rows keep their own field count',
			'a,b,c\n1,2\n1,2,3,4\n',
			[
				{ line: 2, cells: ['1', '2'] },
				{ line: 3, cells: ['1', '2', '3', '4'] }
			]
		]
	])('%s', (_, text, rows) => {
		expect(rowsOf(text)).toEqual(rows);
	});
});

describe('parseCsv: what cannot be read', () => {
	test.each([
		[
			'an unclosed quote: that line, and the lines after it read on their own',
			'a,b\n1,2\n3,"abc\n4,5\n6,7\n',
			[
				{ line: 2, cells: ['1', '2'] },
				{ line: 4, cells: ['4', '5'] },
				{ line: 5, cells: ['6', '7'] }
			],
			{
				line: 3,
				column: 2,
				message:
					'the quote that opens here is not closed on its line, so this line could not be read; the lines after it are read on their own'
			}
		],
		[
			'an unclosed quote in the header: nothing after it can be trusted as data',
			'a,"b\n1,2\n3,4\n',
			[],
			{
				line: 1,
				column: 2,
				message:
					'the quote that opens here is never closed, so lines 1 to 3 (the rest of the file) could not be read'
			}
		],
		[
			'an unclosed quote after a value over two lines: the row is reported from its start',
			'a,b,c\n1,"x\ny","abc\n4,5,6\n',
			[{ line: 4, cells: ['4', '5', '6'] }],
			{
				line: 3,
				column: 3,
				message:
					'the quote that opens here is not closed on its line, so lines 2 to 3 could not be read; the lines after it are read on their own'
			}
		],
		[
			'a malformed quoted value, at its own column, and the line it swallowed read on its own',
			'a,b\n"abc"x,2\n"d",3\n4,5\n',
			[
				{ line: 3, cells: ['d', '3'] },
				{ line: 4, cells: ['4', '5'] }
			],
			{
				line: 2,
				column: 1,
				message:
					'the quote that opens here is not closed on its line, so this line could not be read; the lines after it are read on their own'
			}
		],
		[
			'a quote inside a quoted value, on one line',
			'a,b\n1,"he said "800" pieces"\n2,3\n',
			[{ line: 3, cells: ['2', '3'] }],
			{
				line: 2,
				column: 2,
				message: `a quoted value must end with '"' followed by the delimiter or the end of the line (write "" for a quote inside quotes), so this line could not be read`
			}
		],
		[
			'bytes that are not text (decoded with a U+FFFD each), at the first bad cell',
			'a,b\n1,ok\n2,\uFFFD\uFFFD\n',
			[],
			{
				line: 3,
				column: 2,
				message:
					'the file is not UTF-8 text (it may be saved as Windows-1256 or another legacy encoding); save it as UTF-8'
			}
		],
		[
			'NUL bytes (UTF-16 or a spreadsheet file)',
			'a\0,\0b\0\n',
			[],
			{
				line: 1,
				column: 1,
				message:
					'the file is not UTF-8 text (it may be a spreadsheet file or saved as UTF-16); save it as CSV UTF-8'
			}
		],
		[
			'a PNG image saved as .csv',
			'\uFFFDPNG\r\n\x1a\n\0\0\0\rIHDR',
			[],
			{
				line: 1,
				column: 0,
				message: 'the file is not UTF-8 CSV text: it is a PNG image; export the table as CSV UTF-8'
			}
		],
		[
			'an .xlsx workbook saved as .csv',
			'PK\x03\x04\x14\0\x06\0',
			[],
			{
				line: 1,
				column: 0,
				message:
					'the file is not UTF-8 CSV text: it is a spreadsheet workbook or another zip file (.xlsx, .ods); export the table as CSV UTF-8'
			}
		]
	])('%s', (_, text, rows, issue) => {
		// A U+FFFD here stands for a byte that was not UTF-8 (decodeBytes: `encoding: null`).
		const table = parseCsv(text, 'f.csv', { encoding: text.includes('\uFFFD') ? null : 'utf-8' });
		expect(table.rows).toEqual(rows);
		expect(table.issues).toMatchObject([{ file: 'f.csv', severity: 'error', ...issue }]);
	});

	test.each([
		['a U+FFFD written in the file', 'a,b\n1,\uFFFD\n', ['1', '\uFFFD']],
		['a BOM in the middle', 'a,b\n1,x\uFEFFy\n', ['1', 'x\uFEFFy']],
		['characters outside the BMP', 'a,b\n😀,𝔸\n', ['😀', '𝔸']]
	])('valid UTF-8 is never refused for its content: %s', (_, text, cells) => {
		const table = parseCsv(text, 'f.csv', { encoding: 'utf-8' });
		expect(table.issues).toEqual([]);
		expect(table.rows).toEqual([{ line: 2, cells }]);
	});

	test.each([
		['windows-1256', "read as Windows-1256 (Excel's CSV on Arabic Windows); save it as CSV UTF-8 to be sure"],
		['utf-16le', "read as UTF-16 (Excel's Unicode Text); save it as CSV UTF-8 to be sure"],
		['utf-16be', "read as UTF-16 (Excel's Unicode Text); save it as CSV UTF-8 to be sure"]
	] as const)('a file read as %s: every row, and a warning at 1:1', (encoding, message) => {
		const table = parseCsv('a,b\n1,ب\n', 'f.csv', { encoding });
		expect(table.rows).toEqual([{ line: 2, cells: ['1', 'ب'] }]);
		expect(table.issues).toEqual([
			{ file: 'f.csv', line: 1, column: 1, severity: 'warning', message, key: expect.any(String), params: {} }
		]);
	});

	test.each([[''], ['\uFEFF'], ['\n\n'], [' \r\n']])(
		'an empty file %j has no header and no issue (validateTable reports it)',
		(text) => {
			expect(parseCsv(text, 'f.csv')).toMatchObject({ header: [], rows: [], issues: [] });
		}
	);
});

describe('detectDelimiter', () => {
	test.each([
		['a,b,c\n', ','],
		['a;b;c\n', ';'],
		['a\tb\tc\n', '\t'],
		['"x;y",b\n', ','],
		['a;b,c;d\n1,2,3,4,5\n', ';'],
		['single\n', ','],
		['\r\n\na;b\n', ';']
	])('%j -> %j', (text, delimiter) => {
		expect(detectDelimiter(text)).toBe(delimiter);
	});
});

test('many broken quotes: read on while the time allowed lasts, then the rest is reported', () => {
	// Each line opens a quote that no later quote closes properly: reading on after each one
	// parses the rest again, so the work is bounded (REPARSE_BUDGET), and nothing hangs.
	const text = `a,b\n${'x,"a"b\n'.repeat(20_000)}`;
	const started = performance.now();
	const table = parseCsv(text, 'f.csv');
	expect(performance.now() - started).toBeLessThan(5000);
	expect(table.rows).toEqual([]);
	const last = table.issues.at(-1)!;
	expect(last.message).toMatch(/, so lines \d+ to 20001 could not be read$/);
	expect(table.issues.length).toBeGreaterThan(10);
	expect(table.issues.length).toBeLessThan(20_000);
});

test('parseCsv reads 100,000 rows quickly and numbers them', () => {
	const line = '2023-09-22,ru-mod,ammunition,"5,000",about,cumulative,,"quote",note\n';
	const text = `date,source,category,quantity,qualifier,basis,url,quote,note\n${line.repeat(100_000)}`;
	const started = performance.now();
	const table = parseCsv(text, 'f.csv');
	const elapsed = performance.now() - started;
	expect(table.rows).toHaveLength(100_000);
	expect(table.rows.at(-1)!.line).toBe(100_001);
	expect(elapsed).toBeLessThan(2000);
});
