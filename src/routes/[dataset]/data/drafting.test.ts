import { expect, test } from 'vitest';
import { draftContext } from '$lib/data/draft';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { DATASET_FILES, type IsoDate } from '$lib/data/types';
import { addTo, checkIn, fileOf, type ReportsCopy } from './drafting';

const TODAY = '2023-10-01' as IsoDate;
const DRAFT = {
	date: '2023-09-24',
	source: 'ru-mod',
	category: 'firearms',
	quantity: '1000',
	qualifier: 'more_than',
	basis: 'cumulative'
};

/** A copy of the seed's reports.csv in a given text (as if published so). */
function copyOf(reports: string): ReportsCopy {
	const files = { ...SEED_FILES, [DATASET_FILES.reports]: reports };
	return {
		context: draftContext(SEED_ID, files, TODAY),
		parts: [new TextEncoder().encode(reports)],
		added: 0,
		encoding: 'utf-8',
		unsaved: []
	};
}

const seedReports = SEED_FILES[DATASET_FILES.reports]!;

test.each([
	{ style: 'the seed (LF)', text: seedReports, row: '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n' },
	{
		style: 'BOM, CRLF and ;',
		text: '\uFEFF' + seedReports.replaceAll('\n', '\r\n').replaceAll(',', ';'),
		row: '2023-09-24;ru-mod;firearms;1000;more_than;cumulative;;;;\r\n'
	},
	{
		style: 'no line end at the end',
		text: seedReports.slice(0, -1),
		row: '\n2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n'
	}
])('Add keeps $style byte for byte and appends one row', async ({ text, row }) => {
	const copy = copyOf(text);
	const check = checkIn(copy, DRAFT);
	expect(check.issues).toEqual([]);
	const added = addTo(copy, check, DRAFT);
	expect(added.added).toBe(1);
	expect(added.unsaved).toEqual([DRAFT]);
	const bytes = new Uint8Array(await fileOf(added).arrayBuffer());
	expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text + row);
	// The next report goes on the next line, and a repeat of the one added is a warning.
	const again = checkIn(added, DRAFT);
	expect(again.line).toBe(check.line + 1);
	expect(again.issues.map((i) => i.severity)).toEqual(['warning']);
});

test('a row with an error is never added', () => {
	const copy = copyOf(seedReports);
	const check = checkIn(copy, { ...DRAFT, quantity: 'eight hundred' });
	expect(check.report).toBeNull();
	expect(check.issues[0]).toMatchObject({ file: 'reports.csv', line: 7, column: 4 });
	expect(() => addTo(copy, check, DRAFT)).toThrow('the row has errors');
});
