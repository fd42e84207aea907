import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { said } from './issue';
import { summaryTable, toSummary } from './summary';
import { SEED_SUMMARY, category, estimate, load, report, seedLoad } from '$lib/testing/records';

describe('toSummary', () => {
	test('the seed figures, records to summary', () => {
		const input = seedLoad();
		const model = buildModel(input);
		const before = structuredClone(model);
		const summary = toSummary(model);
		expect(model).toEqual(before);
		expect(summary).toEqual(SEED_SUMMARY);
		// Field order as DESIGN.md prints it, so the JSON reads the same.
		expect(Object.keys(summary)).toEqual(['dataset', 'as_of', 'categories', 'warnings']);
		expect(Object.keys(summary.categories[0]!)).toEqual([
			'id',
			'handed_over',
			'source',
			'date',
			'sources_differ',
			'target',
			'estimate',
			'progress',
			'unquantified_reports',
			'measures',
			'estimates'
		]);
	});

	test('progress is rounded to 4 decimal places', () => {
		const model = buildModel(
			load({
				categories: [category(2, 'firearms', 'fighters')],
				reports: [report(2, '2023-09-22', 'ru-mod', 'firearms', [1000, 'exact'])],
				estimates: [estimate(2, 'fighters', [3000, 'exact'], '2023')]
			})
		);
		expect(toSummary(model).categories[0]?.progress).toEqual({
			low: 0.3333,
			high: 0.3333,
			approximate: false,
			from: 'estimate'
		});
	});

	test('sources that differ, and warnings without errors', () => {
		const input = load({
			categories: [category(2, 'firearms', 'fighters')],
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'more_than']),
				report(3, '2023-09-24', 'ru-mod', 'firearms', [700, 'exact']),
				report(4, '2023-09-23', 'az-gov', 'firearms', [900, 'about'])
			]
		});
		input.issues.push({
			file: 'events.csv',
			line: 3,
			column: 1,
			...said('issue_text', { text: 'bad date' }),
			severity: 'error'
		});
		const summary = toSummary(buildModel(input));
		expect(summary.categories[0]).toMatchObject({
			handed_over: { text: '700' },
			source: 'ru-mod',
			date: '2023-09-24',
			sources_differ: true
		});
		expect(summary.warnings).toEqual([
			{
				file: 'reports.csv',
				line: 3,
				column: 4,
				message:
					"firearms: ru-mod's cumulative figure 700 on 2023-09-24 is lower than its earlier 800+ on 2023-09-22; shown as a correction"
			}
		]);
	});

	test('no reports: as_of is null, every category still appears', () => {
		const summary = toSummary(buildModel(load({ categories: [category(2, 'a', null), category(3, 'b', 't')] })));
		expect(summary.as_of).toBeNull();
		expect(summary.categories.map((c) => [c.id, c.handed_over, c.source, c.date])).toEqual([
			['a', null, null, null],
			['b', null, null, null]
		]);
	});
});

test('summaryTable renders the seed for a terminal', () => {
	const model = buildModel(seedLoad());
	expect(summaryTable(model)).toBe(
		[
			'karabakh-2023, as of 2023-09-22',
			'',
			'Category            Handed over                   Source  Date        Estimate  Progress',
			'armored_vehicles    6                             ru-mod  2023-09-22  ≈100      6%',
			'firearms            800+                          ru-mod  2023-09-22  ≈10,000   at least 8%',
			'ammunition          ≈5,000                        ru-mod  2023-09-22  —         no estimate',
			'anti_tank_missiles  handed over, no number given  ru-mod  2023-09-22  —         no estimate',
			'manpads             handed over, no number given  ru-mod  2023-09-22  —         no estimate',
			''
		].join('\n')
	);
});

test('summaryTable marks sources that differ and categories with no reports', () => {
	const model = buildModel(
		load({
			categories: [category(2, 'firearms', 'fighters'), category(3, 'tanks', null)],
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'more_than']),
				report(3, '2023-09-23', 'az-gov', 'firearms', [900, 'exact'])
			],
			estimates: [estimate(2, 'fighters', [10000, 'about'], '2023-09')]
		})
	);
	const lines = summaryTable(model).split('\n');
	expect(lines[3]).toMatch(/^firearms +900 +az-gov \(sources differ\) +2023-09-23 +≈10,000 +9%$/);
	expect(lines[4]).toMatch(/^tanks +no reports +— +— +— +no estimate$/);
});
