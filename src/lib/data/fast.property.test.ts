/**
 * Properties of the fast paths (issue 7): each gives exactly what the definition it stands in
 * for gives, on generated input, valid and invalid.
 *
 * - The fast reader of reports.csv (schema/reports.ts, fastReports) and reportSchema: a row is
 *   read by the fast reader exactly when the schema reads it without an issue, into the same
 *   record.
 * - The plain reader of csv.ts and papaparse, on text papaparse reads without an error.
 * - Streaming (validateCsv, scanCsv) and reading whole (validateTable(parseCsv)).
 * - formatCount and Intl; sumQuantities and adding one by one with addQuantities.
 * - The repeat check of loadDataset and a JSON key of every field but the line.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { PROPERTY_RUNS, reportArb } from '$lib/testing/arbitraries';
import { parseCsv, scanCsv } from './csv';
import { csv, REPORTS_HEADER, seedWith } from '$lib/testing/seed';
import { loadDataset } from './load';
import { formatCount } from './format';
import { addQuantities, statedToQuantity, sumQuantities } from './quantity';
import { REPORT_COLUMNS, REPORTS } from './schema/reports';
import { QUALIFIERS, type Quantity } from './types';
import { validateCsv, validateTable } from './validate';
import { reportCells } from './write';

/** The reports spec without its fast reader: every row goes through the schema. */
const SCHEMA_ONLY = { columns: REPORTS.columns, schema: REPORTS.schema };

/** Cell values, good and bad, for any column: what a spreadsheet may hold. */
const CELLS = [
	'',
	' ',
	'2023-09-22',
	' 2023-09-23 ',
	'2023-02-30',
	'2024-02-29',
	'22/09/2023',
	'٢٠٢٣-٠٩-٢٢',
	'ru-mod',
	'RU_MOD',
	'ru mod',
	'firearms',
	'0',
	'1',
	'800',
	'5,000',
	'5.000',
	'-3',
	'٨٠٠',
	'007',
	'999999999999999',
	'9007199254740993',
	'exact',
	'Exact',
	'more than',
	'More-Than',
	'fewer_than',
	'about',
	'cumulative',
	' Increment',
	'https://example.org/x',
	'http://a.b',
	'https://example.org',
	'HTTPS://EXAMPLE.ORG/',
	'https://example.org.evil.com/',
	'https://999999999999/',
	'https://1.2.3.4/x',
	'https://u@h.org/',
	'https://h.org:80/',
	'https://ex ample.org/',
	'https:///x',
	'http://-/',
	'javascript:alert(1)',
	'example.org/x',
	'note, with a comma',
	'he said "6"',
	'نص',
	'two\nlines',
	'\u00a0padded\u00a0',
	'__proto__'
] as const;

const cellArb = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...CELLS) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
);

/** A header: the reports columns in any order, some optional ones left out, translations of note. */
const headerArb = fc
	.record({
		order: fc.shuffledSubarray(
			REPORT_COLUMNS.map((c) => c.name),
			{ minLength: REPORT_COLUMNS.length, maxLength: REPORT_COLUMNS.length }
		),
		drop: fc.subarray(['url', 'quote', 'note']),
		translations: fc.subarray(['note_ar', 'note_fr', 'NOTE_HY', 'note_x1'])
	})
	.map(({ order, drop, translations }) => [
		...order.filter((name) => !drop.includes(name)),
		...translations
	]);

/** Reads one row both ways: the fast reader's record (or null) and the schema's result. */
function bothWays(header: readonly string[], cells: string[]) {
	const table = parseCsv(`${header.join(',')}\n`, 'reports.csv');
	const rows = [{ line: 2, cells }];
	const fast = validateTable({ ...table, rows }, REPORTS);
	const slow = validateTable({ ...table, rows }, SCHEMA_ONLY);
	return { fast, slow };
}

describe('the fast reader of reports.csv and the schema agree', () => {
	test('on rows of good and bad cells: same records, same issues', () => {
		fc.assert(
			fc.property(
				reportArb,
				headerArb,
				fc.array(fc.tuple(fc.nat(), cellArb), { maxLength: 3 }),
				(report, header, changes) => {
					// A valid row with a few cells replaced by anything.
					const cells = reportCells(report, header);
					for (const [at, cell] of changes) cells[at % cells.length] = cell;
					const { fast, slow } = bothWays(header, cells);
					expect(fast).toEqual(slow);
					expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
				}
			),
			{ ...PROPERTY_RUNS, numRuns: PROPERTY_RUNS.numRuns * 10 }
		);
	});

	test('on valid reports in any header: the fast reader reads each one, as the schema does', () => {
		fc.assert(
			fc.property(reportArb, headerArb, (report, header) => {
				const cells = reportCells(report, header).map((cell) => cell.replaceAll('\n', ' '));
				const { fast, slow } = bothWays(header, cells);
				expect(fast).toEqual(slow);
				expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
			}),
			PROPERTY_RUNS
		);
	});

	test('the fast reader itself declines what the schema refuses or warns about', () => {
		const header = REPORTS_HEADER.split(',');
		const layout = {
			index: Object.fromEntries(header.map((name, i) => [name, i])),
			translations: { note: [{ lang: 'ar', index: header.indexOf('note_ar') }] }
		};
		const read = REPORTS.fast!(layout);
		const row = (changes: Record<string, string>) =>
			header.map((name) => changes[name] ?? { date: '2023-09-22', source: 'ru-mod', category: 'firearms', quantity: '800', qualifier: 'more_than', basis: 'cumulative' }[name] ?? '');
		expect(read(row({}), 2)).toMatchObject({ line: 2, quantity: { low: 801, style: 'plus' } });
		for (const changes of <Record<string, string>[]>[
			{ date: '2023-02-30' },
			{ quantity: '' },
			{ qualifier: '' },
			{ quantity: '0', qualifier: 'fewer_than' },
			{ basis: 'total' },
			{ url: 'javascript:alert(1)' },
			{ note_ar: 'ملاحظة' }
		]) {
			expect(read(row(changes), 2), JSON.stringify(changes)).toBeNull();
		}
	});
});

/** CSV-like text: the pieces that quoting, line ends and BOMs are made of. */
const TOKENS = [',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', '\n\uFEFF', 'a', 'bc', '٨٠٠', '5,000', 'x"y', '"a\nb"', '",', '"\n', '" ,', ',"', '2023-09-22', 'ru-mod', 'firearms', '800', 'exact', 'cumulative'];
const csvLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(''));

describe('the plain reader of csv.ts reads what papaparse reads', () => {
	/** Well-formed CSV of cells full of quotes, delimiters and line ends, quoted where needed. */
	const quotedCsv = fc
		.tuple(
			fc.constantFrom(',', ';', '\t'),
			fc.array(
				fc.array(
					fc.array(fc.constantFrom('a', '"', ',', ';', '\t', '\n', '\r\n', ' ', 'ب'), { maxLength: 6 }),
					{ minLength: 1, maxLength: 4 }
				),
				{ maxLength: 6 }
			),
			fc.constantFrom('\n', '\r\n')
		)
		.map(([delimiter, rows, end]) =>
			rows
				.map((cells) =>
					cells
						.map((chars) => chars.join(''))
						.map((cell) => (/["\r\n,;\t]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
						.join(delimiter)
				)
				.join(end)
		);

	test('on any text papaparse reads without an error: the same header, cells and lines', () => {
		fc.assert(
			fc.property(fc.oneof(csvLike, quotedCsv, fc.string()), (raw) => {
				const table = parseCsv(raw, 'f.csv');
				if (table.issues.length > 0) return;
				// As parseCsv gives the text to papaparse: one BOM off, line ends as LF.
				const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
				const { data, errors } = Papa.parse<string[]>(text, {
					header: false,
					newline: '\n',
					quoteChar: '"',
					escapeChar: '"',
					delimiter: table.delimiter
				});
				if (errors.length > 0) return;
				const rows: { line: number; cells: string[] }[] = [];
				let line = 1;
				for (const cells of data) {
					const start = line;
					line += 1 + cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
					if (cells.every((cell) => cell.trim() === '')) continue;
					rows.push({ line: start, cells });
				}
				const [header, ...body] = rows;
				// A CRLF inside a quoted value is kept as written (papaparse is given LF here); the
				// test below checks that it is kept exactly.
				const lf = (cells: string[]) => cells.map((cell) => cell.replaceAll('\r\n', '\n'));
				expect(table.header.map((cell) => cell.replaceAll('\r\n', '\n'))).toEqual(
					header?.cells.map((cell) => cell.trim()) ?? []
				);
				if (header) expect(table.headerLine).toBe(header.line);
				expect(table.rows.map((row) => ({ line: row.line, cells: lf(row.cells) }))).toEqual(body);
			}),
			{ ...PROPERTY_RUNS, numRuns: PROPERTY_RUNS.numRuns * 20 }
		);
	});
});

describe('a line end inside a quoted value is kept as written', () => {
	test('well-formed CSV with CRLF and LF inside quoted cells: every cell as written, lines right', () => {
		const cellArb = fc
			.array(fc.constantFrom('a', '"', ',', '\n', '\r\n', ' ', 'ب'), { minLength: 1, maxLength: 6 })
			.map((chars) => 'x' + chars.join(''));
		fc.assert(
			fc.property(
				fc.array(fc.array(cellArb, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
				fc.constantFrom('\n', '\r\n'),
				(rows, end) => {
					const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
					const text = ['h,k', ...rows.map((cells) => cells.map(quote).join(','))].join(end) + end;
					const table = parseCsv(text, 'f.csv');
					expect(table.issues).toEqual([]);
					let line = 2;
					const expected = rows.map((cells) => {
						const row = { line, cells };
						line += 1 + cells.join('').split('\n').length - 1;
						return row;
					});
					expect(table.rows).toEqual(expected);
				}
			),
			PROPERTY_RUNS
		);
	});
});

describe('streaming reads what reading whole reads', () => {
	test('scanCsv gives parseCsv its rows, with the cells array reused or not', () => {
		fc.assert(
			fc.property(fc.oneof(csvLike, fc.string()), fc.boolean(), (text, reuseCells) => {
				const rows: { line: number; cells: string[] }[] = [];
				const table = scanCsv(text, 'f.csv', (line, cells) => rows.push({ line, cells: [...cells] }), { reuseCells });
				expect({ ...table, rows }).toEqual(parseCsv(text, 'f.csv'));
			}),
			{ ...PROPERTY_RUNS, numRuns: PROPERTY_RUNS.numRuns * 10 }
		);
	});

	test('validateCsv gives validateTable(parseCsv) its records and issues', () => {
		const body = fc.array(
			fc.oneof(
				fc.array(cellArb, { minLength: 9, maxLength: 11 }).map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')),
				csvLike
			),
			{ maxLength: 12 }
		);
		fc.assert(
			fc.property(body, (lines) => {
				const text = csv(REPORTS_HEADER, ...lines);
				const streamed = validateCsv(text, 'reports.csv', REPORTS);
				const whole = validateTable(parseCsv(text, 'reports.csv'), REPORTS);
				expect({ records: streamed.records, issues: streamed.issues }).toEqual(whole);
			}),
			PROPERTY_RUNS
		);
	});
});

describe('quantities', () => {
	test('formatCount writes what Intl writes', () => {
		const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
		fc.assert(
			fc.property(
				fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer(), fc.double(), fc.constantFrom(0, -0, 999, 1000, 999999, 1e21, Number.MAX_SAFE_INTEGER)),
				(n) => {
					expect(formatCount(n)).toBe(intl.format(n));
				}
			),
			{ ...PROPERTY_RUNS, numRuns: PROPERTY_RUNS.numRuns * 10 }
		);
	});

	const quantityArb: fc.Arbitrary<Quantity> = fc
		.record({ value: fc.nat({ max: 5000 }), qualifier: fc.constantFrom(...QUALIFIERS) })
		.filter(({ value, qualifier }) => qualifier !== 'fewer_than' || value >= 1)
		.map(statedToQuantity);

	test('sumQuantities is addQuantities one by one', () => {
		fc.assert(
			fc.property(fc.array(quantityArb, { maxLength: 30 }), (quantities) => {
				const [first, ...rest] = quantities;
				const folded = first ? rest.reduce(addQuantities, { ...first }) : null;
				expect(sumQuantities(quantities, (q) => q)).toEqual(folded);
			}),
			{ ...PROPERTY_RUNS, numRuns: PROPERTY_RUNS.numRuns * 5 }
		);
	});
});

describe('repeated reports', () => {
	/** Rows that differ only in a few places of a long note (or not at all). */
	const rowArb = fc
		.record({
			source: fc.constantFrom('ru-mod', 'az-gov'),
			quantity: fc.constantFrom('', '5'),
			note: fc.array(fc.constantFrom('a', 'b'), { minLength: 3, maxLength: 3 }),
			ar: fc.constantFrom('', 'ع')
		})
		.map(
			({ source, quantity, note, ar }) =>
				`2023-09-22,${source},firearms,${quantity},${quantity ? 'exact' : ''},increment,,,note ${note.join('')} and a long tail that is the same everywhere,${ar}`
		);

	test('each repeat names the first line it repeats, as a key of every field would', () => {
		fc.assert(
			fc.property(fc.array(rowArb, { minLength: 1, maxLength: 80 }), (rows) => {
				const load = loadDataset('x', seedWith({ 'reports.csv': csv(REPORTS_HEADER, ...rows) }));
				const expected: string[] = [];
				const first = new Map<string, number>();
				for (const r of load.dataset.reports) {
					const key = JSON.stringify([r.date, r.source, r.category, r.stated, r.basis, r.url, r.quote, r.note]);
					const line = first.get(key);
					if (line === undefined) first.set(key, r.line);
					else expected.push(`${r.line}: this report repeats line ${line} exactly; both are counted`);
				}
				const repeats = load.issues
					.filter((i) => i.message.startsWith('this report repeats'))
					.map((i) => `${i.line}: ${i.message}`);
				expect(repeats).toEqual(expected);
			}),
			PROPERTY_RUNS
		);
	});
});
