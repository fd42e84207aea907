import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { loadDataset } from '$lib/data/load';
import { DEFAULT_QUERY, reportsData, reportsTable } from '$lib/view/reports';
import { BOM } from './csv';
import { REPORTS_HEADER, reportsCsv } from './reports-csv';

const rowsOf = (text: string) => {
	expect(text.startsWith(BOM)).toBe(true);
	return Papa.parse<Record<string, string>>(text.slice(1), {
		header: true,
		delimiter: ',',
		skipEmptyLines: true
	}).data;
};

test('the seed, filtered to firearms: the one row the table shows', () => {
	const data = reportsData(loadDataset(SEED_ID, SEED_FILES).dataset);
	const rows = rowsOf(
		reportsCsv(data, reportsTable(data), { ...DEFAULT_QUERY, category: 'firearms' })
	);
	expect(rows).toEqual([
		{
			date: '2023-09-22',
			source: 'Russian Ministry of Defence',
			side: 'Russia (peacekeeping force)',
			category: 'Firearms',
			figure: '800+',
			low: '801',
			high: '',
			qualifier: 'more_than',
			basis: 'cumulative',
			quote: 'وأكثر من 800 سلاح ناري',
			link: '',
			unit: 'count',
			measure: 'handed_over',
			quantity_high: ''
		}
	]);
});

test('every row of every page, in the order shown; no number stays empty', () => {
	const data = reportsData(loadDataset(SEED_ID, SEED_FILES).dataset);
	const rows = rowsOf(
		reportsCsv(data, reportsTable(data), { ...DEFAULT_QUERY, sort: 'figure', dir: 'asc' })
	);
	expect(Object.keys(rows[0]!)).toEqual(REPORTS_HEADER);
	expect(rows.map((r) => r.figure)).toEqual(['6', '800+', '≈5,000', '', '']);
	expect(rows.at(-1)!.qualifier).toBe('');
});

test('a quote that begins with = comes out neutralised', () => {
	const data = reportsData(loadDataset(SEED_ID, SEED_FILES).dataset);
	const quote = data.quote.findIndex((q) => q !== -1);
	data.strings[data.quote[quote]!] = '=HYPERLINK("http://evil.example")';
	const rows = rowsOf(reportsCsv(data, reportsTable(data), DEFAULT_QUERY));
	expect(rows.map((r) => r.quote)).toContain('\'=HYPERLINK("http://evil.example")');
});
