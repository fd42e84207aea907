/**
 * The second real dataset, from CSV text to the summary: the frozen copy of data/colombia-2017
 * (tests/fixtures/datasets/colombia-2017), each figure checked by hand against its CSV row.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { loadDataset } from './load';
import { toSummary, type Summary } from './summary';
import type { IsoDate } from './types';

const folder = new URL('../../../tests/fixtures/datasets/colombia-2017/', import.meta.url);

function colombia() {
	const files = Object.fromEntries(
		readdirSync(folder)
			.filter((name) => !name.endsWith('.md'))
			.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')])
	);
	const load = loadDataset('colombia-2017', files, { today: '2017-09-30' as IsoDate });
	return { load, summary: toSummary(buildModel(load)) };
}

const { load, summary } = colombia();

function categoryOf(s: Summary, id: string) {
	const found = s.categories.find((c) => c.id === id);
	if (!found) throw new Error(`no category ${id} in the summary`);
	return found;
}

/** A whole count as the summary gives it today. */
const count = (n: number, text: string, approximate = false) => ({ low: n, high: n, approximate, text });

describe('colombia-2017: the summary as main computes it', () => {
	test('every file loads without an issue of its own', () => {
		expect(load.issues).toEqual([]);
		expect(summary.dataset).toBe('colombia-2017');
		expect(summary.as_of).toBe('2017-09-22');
		expect(summary.categories.map((c) => c.id)).toEqual([
			'weapons',
			'fighters',
			'arms_caches',
			'ammunition',
			'explosives',
			'grenades',
			'mines',
			'mortar_rounds'
		]);
	});

	// reports.csv line 15 (8,994, the UN's final count) against estimates.csv line 9 (8,994);
	// Colombia Reports' 4,406 (line 5) differs. Fighters: Origo's "mintegy 2300" (line 2)
	// against InSight Crime's "close to 6,900" (estimates line 4, the latest): 2,300 / 6,900.
	test.each([
		['weapons', count(8994, '8,994'), 'un-mission', '2017-09-22', true, 'weapons', count(8994, '8,994'), { low: 1, high: 1, approximate: false }],
		['fighters', count(2300, '≈2,300', true), 'origo', '2017-06-07', false, 'fighters', count(6900, '≈6,900', true), { low: 0.3333, high: 0.3333, approximate: true }],
		['arms_caches', count(1027, '1,027'), 'un-mission', '2017-09-22', false, null, null, null],
		['ammunition', count(1765862, '1,765,862'), 'un-mission', '2017-09-22', false, null, null, null],
		['explosives', count(38255, '38,255'), 'un-mission', '2017-09-22', false, null, null, null],
		['grenades', count(11015, '11,015'), 'un-mission', '2017-09-22', false, null, null, null],
		['mines', count(3528, '3,528'), 'un-mission', '2017-09-22', false, null, null, null],
		['mortar_rounds', count(4370, '4,370'), 'un-mission', '2017-09-22', false, null, null, null]
	])('%s: headline %o from %s on %s', (id, handed_over, source, date, sources_differ, target, estimate, progress) => {
		expect(categoryOf(summary, id)).toMatchObject({
			id,
			handed_over,
			source,
			date,
			sources_differ,
			target,
			estimate,
			progress,
			unquantified_reports: 0
		});
	});
});

/** A quantity object of issue 14: a count or a share, with its unit. */
const unitCount = (n: number, text: string, approximate = false) => ({ ...count(n, text, approximate), unit: 'count' });

describe("colombia-2017: issue 14's summary fields (unit, progress.from, measures, estimates)", () => {
	test.each([
		['weapons', unitCount(8994, '8,994'), unitCount(8994, '8,994'), 'estimate'],
		['fighters', unitCount(2300, '≈2,300', true), unitCount(6900, '≈6,900', true), 'estimate'],
		['arms_caches', unitCount(1027, '1,027'), null, null],
		['ammunition', unitCount(1765862, '1,765,862'), null, null],
		['explosives', unitCount(38255, '38,255'), null, null],
		['grenades', unitCount(11015, '11,015'), null, null],
		['mines', unitCount(3528, '3,528'), null, null],
		['mortar_rounds', unitCount(4370, '4,370'), null, null]
	])('%s: unit on every quantity, progress from %s', (id, handed_over, estimate, from) => {
		const c = categoryOf(summary, id) as unknown as Record<string, unknown>;
		expect(c.handed_over).toEqual(handed_over);
		expect(c.estimate).toEqual(estimate);
		if (from === null) expect(c.progress).toBeNull();
		else expect(c.progress).toMatchObject({ from });
	});

	// Arms caches: 77 verified (reports line 10, 26 June), 750 cleared (line 13) and 750
	// neutralised (line 21): destroyed. Ammunition: "almost 1,300,0000 incinerated cartridges"
	// (line 12, 15 August): destroyed. Every other category has handed-over figures only.
	test.each([
		['weapons', {}],
		['fighters', {}],
		[
			'arms_caches',
			{
				verified: { ...unitCount(77, '77'), source: 'un-mission', date: '2017-06-26', sources_differ: false },
				destroyed: { ...unitCount(750, '750'), source: 'un-mission', date: '2017-09-22', sources_differ: false }
			}
		],
		[
			'ammunition',
			{
				destroyed: {
					...unitCount(1300000, '≈1,300,000', true),
					source: 'un-mission',
					date: '2017-08-15',
					sources_differ: false
				}
			}
		],
		['explosives', {}],
		['grenades', {}],
		['mines', {}],
		['mortar_rounds', {}]
	])('%s: measures %o', (id, measures) => {
		expect((categoryOf(summary, id) as unknown as Record<string, unknown>).measures).toEqual(measures);
	});

	// estimates.csv, most recent first; the two UN estimates of 2017-03 in file order (lines 6, 7).
	test.each([
		[
			'weapons',
			[
				{ ...unitCount(8994, '8,994'), source: 'un-mission', date: '2017-09-22' },
				{ ...unitCount(7132, '7,132'), source: 'un-mission', date: '2017-06-26' },
				{ ...unitCount(7000, '≈7,000', true), source: 'un-mission', date: '2017-03' },
				{ ...unitCount(8000, '8,000'), source: 'un-mission', date: '2017-03' },
				{ ...unitCount(14000, '≈14,000', true), source: 'col-military', date: '2016-09' }
			]
		],
		[
			'fighters',
			[
				{ ...unitCount(6900, '≈6,900', true), source: 'insight-crime', date: '2017-02' },
				{ ...unitCount(5765, '5,765'), source: 'farc-ep', date: '2016-09' },
				{ ...unitCount(6300, '≈6,300', true), source: 'col-military', date: '2016-09' }
			]
		],
		['arms_caches', []],
		['ammunition', []],
		['explosives', []],
		['grenades', []],
		['mines', []],
		['mortar_rounds', []]
	])('%s: estimates, most recent first', (id, estimates) => {
		expect((categoryOf(summary, id) as unknown as Record<string, unknown>).estimates).toEqual(estimates);
	});

	test('a share and a count, or two measures, on one day are no warning', () => {
		expect(summary.warnings).toEqual([]);
	});
});
