/**
 * Property: any array of valid reports, written as CSV in any style that parseCsv reads, reads
 * back as the same records, on the lines where they were written, with no issue.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PROPERTY_RUNS, reportArb, styleArb, textArb } from '$lib/testing/arbitraries';
import { parseCsv } from './csv';
import { REPORTS } from './schema/reports';
import type { Report } from './types';
import { validateTable } from './validate';
import { DEFAULT_STYLE, formatCell, formatCsvRow, reportCells, serializeReports, styleOf } from './write';

/** The line each report starts on: after the header, one line more per line break in its cells. */
function expectedLines(reports: readonly Report[]): number[] {
	let line = 2;
	return reports.map((report) => {
		const at = line;
		const cells = [report.quote ?? '', report.note?.value ?? '', ...Object.values(report.note?.translations ?? {})];
		line += 1 + cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
		return at;
	});
}

describe('write then read', () => {
	test('reports.csv: any valid reports, in any file style, read back equal', () => {
		fc.assert(
			fc.property(fc.array(reportArb, { maxLength: 12 }), styleArb, (reports, style) => {
				const text = serializeReports(reports, style);
				const table = parseCsv(text, 'reports.csv');
				const { records, issues } = validateTable(table, REPORTS);
				expect(issues).toEqual([]);
				expect(styleOf(table)).toEqual({ delimiter: style.delimiter, lineEnding: style.lineEnding, bom: style.bom });
				const lines = expectedLines(reports);
				expect(records).toEqual(reports.map((report, i) => ({ ...report, line: lines[i] })));
			}),
			PROPERTY_RUNS
		);
	});

	test('one cell: any text in any style reads back as itself', () => {
		fc.assert(
			fc.property(textArb, textArb, styleArb, (a, b, style) => {
				const text = formatCsvRow(['x', 'y'], style) + formatCsvRow([a, b], style);
				const table = parseCsv(text, 'f.csv');
				expect(table.issues).toEqual([]);
				expect(table.rows.map((row) => row.cells)).toEqual([[a, b]]);
			}),
			PROPERTY_RUNS
		);
	});
});

describe('the writer, by example', () => {
	test.each([
		['plain', 'ru-mod', 'ru-mod'],
		['the delimiter', '5,000', '"5,000"'],
		['a quote', 'he said "6"', '"he said ""6"""'],
		['a line break', 'two\nlines', '"two\nlines"'],
		['a carriage return', 'a\rb', '"a\rb"'],
		['a semicolon, in a comma file', 'a;b', 'a;b']
	])('%s', (_, cell, written) => {
		expect(formatCell(cell, DEFAULT_STYLE)).toBe(written);
	});

	test('quoteAll quotes every cell; the style sets delimiter and line ending', () => {
		expect(formatCsvRow(['a', '5,000'], { delimiter: ';', lineEnding: '\r\n', bom: false, quoteAll: true })).toBe(
			'"a";"5,000"\r\n'
		);
	});

	test('cells follow any header order; unknown columns and missing translations are empty', () => {
		const [report] = fc.sample(reportArb, { numRuns: 1, seed: 1 });
		const cells = reportCells(
			{ ...report!, note: { value: 'n', translations: { ar: 'ع' } }, stated: { value: 5, qualifier: 'about' } },
			[' Quantity ', 'note_ar', 'note_fr', 'extra', 'qualifier', 'note']
		);
		expect(cells).toEqual(['5', 'ع', '', '', 'about', 'n']);
	});
});
