import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { sourceTotal } from './steps';
import { said } from './issue';
import { SEED_ID, seedWith } from '$lib/testing/seed';
import { loadDataset } from './load';
import { category, day, estimate, load, report, seedLoad, type Figure } from '$lib/testing/records';
import { DATASET_FILES, type Basis } from './types';
import { formatQuantity } from './format';

const textOf = (q: Parameters<typeof formatQuantity>[0] | null | undefined) =>
	q ? formatQuantity(q) : null;

/** An expected total: its interval, and its text as formatQuantity writes it. */
const q = (low: number, high: number | null, approximate: boolean, text: string) => ({
	interval: { low, high, approximate },
	text
});

/** [date, figure, basis] for one source (ru-mod) and one category (firearms), in file order. */
type Row = readonly [string, Figure, Basis];

function rows(list: readonly Row[]) {
	return list.map(([date, figure, basis], i) =>
		report(i + 2, date, 'ru-mod', 'firearms', figure, basis)
	);
}

describe('sourceTotal', () => {
	test.each<{ name: string; rows: Row[]; day: string; total: ReturnType<typeof q> | null; date?: string; lines?: number[]; corrected?: boolean }>([
		{ name: 'exact', rows: [['2023-09-22', [6, 'exact'], 'cumulative']], day: '2023-09-22', total: q(6, 6, false, '6') },
		{ name: 'about', rows: [['2023-09-22', [5000, 'about'], 'cumulative']], day: '2023-09-22', total: q(5000, 5000, true, '≈5,000') },
		{ name: 'more_than', rows: [['2023-09-22', [800, 'more_than'], 'cumulative']], day: '2023-09-22', total: q(801, null, false, '800+') },
		{ name: 'at_least', rows: [['2023-09-22', [800, 'at_least'], 'cumulative']], day: '2023-09-22', total: q(800, null, false, '≥800') },
		{ name: 'at_most', rows: [['2023-09-22', [20, 'at_most'], 'cumulative']], day: '2023-09-22', total: q(0, 20, false, '≤20') },
		{ name: 'fewer_than', rows: [['2023-09-22', [20, 'fewer_than'], 'cumulative']], day: '2023-09-22', total: q(0, 19, false, '<20') },
		{ name: 'a lone increment', rows: [['2023-09-22', [6, 'exact'], 'increment']], day: '2023-09-22', total: q(6, 6, false, '6') },
		{
			name: 'cumulative then increments',
			rows: [
				['2023-09-22', [800, 'more_than'], 'cumulative'],
				['2023-09-23', [50, 'exact'], 'increment'],
				['2023-09-24', [100, 'about'], 'increment']
			],
			day: '2023-09-24',
			total: q(951, null, true, '≈950+'),
			date: '2023-09-24',
			lines: [2, 3, 4]
		},
		{
			name: 'increments with no cumulative figure',
			rows: [
				['2023-09-22', [10, 'exact'], 'increment'],
				['2023-09-23', [5, 'exact'], 'increment'],
				['2023-09-24', [20, 'at_most'], 'increment']
			],
			day: '2023-09-24',
			total: q(15, 35, false, '15–35'),
			lines: [2, 3, 4]
		},
		{
			name: 'a later cumulative figure replaces the earlier one and its increments',
			rows: [
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-23', [50, 'exact'], 'increment'],
				['2023-09-24', [900, 'exact'], 'cumulative'],
				['2023-09-25', [10, 'exact'], 'increment']
			],
			day: '2023-09-25',
			total: q(910, 910, false, '910'),
			lines: [4, 5]
		},
		{
			name: 'the day option: the total as of an earlier day',
			rows: [
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-23', [50, 'exact'], 'increment'],
				['2023-09-24', [900, 'exact'], 'cumulative']
			],
			day: '2023-09-23',
			total: q(850, 850, false, '850'),
			date: '2023-09-23',
			lines: [2, 3]
		},
		{ name: 'nothing on or before the day', rows: [['2023-09-22', [6, 'exact'], 'cumulative']], day: '2023-09-21', total: null },
		{
			name: 'files need not be in date order',
			rows: [
				['2023-09-24', [900, 'exact'], 'cumulative'],
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-25', [5, 'exact'], 'increment']
			],
			day: '2023-09-25',
			total: q(905, 905, false, '905'),
			lines: [2, 4]
		},
		{
			name: 'unquantified reports take no part',
			rows: [
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-23', null, 'cumulative'],
				['2023-09-23', null, 'increment']
			],
			day: '2023-09-23',
			total: q(800, 800, false, '800'),
			date: '2023-09-22',
			lines: [2]
		},
		{ name: 'only unquantified reports', rows: [['2023-09-22', null, 'cumulative']], day: '2023-09-22', total: null },
		{
			name: 'an increment on the date of the cumulative figure is not added',
			rows: [
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-22', [50, 'exact'], 'increment']
			],
			day: '2023-09-22',
			total: q(800, 800, false, '800'),
			lines: [2]
		},
		{
			name: 'two cumulative figures on one date: the last line wins',
			rows: [
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-22', [850, 'exact'], 'cumulative']
			],
			day: '2023-09-22',
			total: q(850, 850, false, '850'),
			lines: [3],
			corrected: false
		},
		{
			name: 'a later lower cumulative figure is the total, flagged as a correction',
			rows: [
				['2023-09-22', [800, 'more_than'], 'cumulative'],
				['2023-09-24', [700, 'exact'], 'cumulative']
			],
			day: '2023-09-24',
			total: q(700, 700, false, '700'),
			corrected: true
		},
		{
			name: 'the correction is not yet made on an earlier day',
			rows: [
				['2023-09-22', [800, 'more_than'], 'cumulative'],
				['2023-09-24', [700, 'exact'], 'cumulative']
			],
			day: '2023-09-23',
			total: q(801, null, false, '800+'),
			corrected: false
		},
		{
			name: 'a figure that may be lower is not a correction',
			rows: [
				['2023-09-22', [800, 'exact'], 'cumulative'],
				['2023-09-24', [900, 'at_most'], 'cumulative']
			],
			day: '2023-09-24',
			total: q(0, 900, false, '≤900'),
			corrected: false
		}
	])('$name', (c) => {
		const reports = rows(c.rows);
		const before = structuredClone(reports);
		const total = sourceTotal(reports, day(c.day));
		expect(reports).toEqual(before);
		if (c.total === null) {
			expect(total).toBeNull();
			return;
		}
		expect(total?.source).toBe('ru-mod');
		const { low, high, approximate } = total!.total;
		expect({ low, high, approximate }).toEqual(c.total.interval);
		expect(formatQuantity(total!.total)).toBe(c.total.text);
		if (c.date) expect(total?.date).toBe(c.date);
		if (c.lines) expect(total?.reports.map((r) => r.line)).toEqual(c.lines);
		expect(total?.corrected).toBe(c.corrected ?? false);
	});

	test('throws when the reports mix sources', () => {
		const reports = [
			report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'exact']),
			report(3, '2023-09-22', 'az-gov', 'firearms', [900, 'exact'])
		];
		expect(() => sourceTotal(reports, day('2023-09-22'))).toThrow(/one source and one category/);
	});

	test('no reports, no total', () => {
		expect(sourceTotal([], day('2023-09-22'))).toBeNull();
	});
});

describe('buildModel', () => {
	test('the seed dataset', () => {
		const input = seedLoad();
		const before = structuredClone(input);
		const model = buildModel(input);
		expect(input).toEqual(before);
		expect(model.asOf).toBe('2023-09-22');
		expect(model.issues).toEqual([]);
		expect(
			model.categories.map((c) => [
				c.category.id,
				textOf(c.headline?.total) ?? null,
				textOf(c.estimate?.quantity) ?? null,
				c.progress,
				c.unquantified.length
			])
		).toEqual([
			['armored_vehicles', '6', '≈100', { low: 0.06, high: 0.06, approximate: true }, 0],
			['firearms', '800+', '≈10,000', { low: 0.0801, high: null, approximate: true }, 0],
			['ammunition', '≈5,000', null, null, 0],
			['anti_tank_missiles', null, null, null, 1],
			['manpads', null, null, null, 1]
		]);
		// It travels from a SvelteKit load to the browser: plain data only.
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});

	const firearms = [category(2, 'firearms', 'fighters')];

	test('two sources disagreeing: never summed, the most recent is the headline', () => {
		const model = buildModel(
			load({
				categories: firearms,
				reports: [
					report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'more_than']),
					report(3, '2023-09-23', 'az-mfa', 'firearms', [1000, 'exact']),
					report(4, '2023-09-21', 'az-gov', 'firearms', [300, 'about'], 'increment')
				]
			})
		);
		const [summary] = model.categories;
		expect(summary?.bySource.map((t) => [t.source, textOf(t.total)])).toEqual([
			['az-mfa', '1,000'],
			['ru-mod', '800+'],
			['az-gov', '≈300']
		]);
		expect(summary?.headline?.source).toBe('az-mfa');
		expect(summary?.sourcesDiffer).toBe(true);
	});

	test('two sources agreeing on the same day: sources do not differ; ties by source id', () => {
		const model = buildModel(
			load({
				categories: firearms,
				reports: [
					report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'more_than']),
					report(3, '2023-09-22', 'az-gov', 'firearms', [800, 'more_than'])
				]
			})
		);
		const [summary] = model.categories;
		expect(summary?.bySource.map((t) => t.source)).toEqual(['az-gov', 'ru-mod']);
		expect(textOf(summary?.headline?.total)).toBe('800+');
		expect(summary?.sourcesDiffer).toBe(false);
	});

	test('several estimates of one target: most recent first, undated last', () => {
		const model = buildModel(
			load({
				categories: firearms,
				reports: [report(2, '2023-09-22', 'ru-mod', 'firearms', [1000, 'exact'])],
				estimates: [
					estimate(2, 'fighters', [12000, 'exact'], null),
					estimate(3, 'fighters', [10000, 'about'], '2023-09'),
					estimate(4, 'fighters', [20000, 'at_most'], '2022'),
					estimate(5, 'fighters', [15000, 'about'], '2023-09-20'),
					estimate(6, 'other', [5, 'exact'], '2024')
				]
			})
		);
		const [summary] = model.categories;
		expect(summary?.estimates.map((e) => e.line)).toEqual([5, 3, 4, 2]);
		expect(textOf(summary?.estimate?.quantity)).toBe('≈15,000');
		expect(summary?.progress).toEqual({ low: 1000 / 15000, high: 1000 / 15000, approximate: true });
	});

	test('per_target scales the estimate', () => {
		const model = buildModel(
			load({
				categories: [category(2, 'rifles', 'fighters', 2)],
				reports: [report(2, '2023-09-22', 'ru-mod', 'rifles', [50, 'exact'])],
				estimates: [estimate(2, 'fighters', [100, 'exact'], '2023')]
			})
		);
		expect(model.categories[0]?.progress).toEqual({ low: 0.25, high: 0.25, approximate: false });
	});

	test('a category with no target, or a target with no estimate, has no progress', () => {
		const model = buildModel(
			load({
				categories: [category(2, 'ammunition', null), category(3, 'firearms', 'fighters')],
				reports: [
					report(2, '2023-09-22', 'ru-mod', 'ammunition', [5000, 'about']),
					report(3, '2023-09-22', 'ru-mod', 'firearms', [800, 'exact'])
				]
			})
		);
		expect(model.categories.map((c) => [c.estimates, c.estimate, c.progress])).toEqual([
			[[], null, null],
			[[], null, null]
		]);
		expect(model.categories.map((c) => textOf(c.headline?.total))).toEqual(['≈5,000', '800']);
	});

	test('the day option: totals, unquantified reports and asOf as of an earlier day', () => {
		const input = load({
			categories: firearms,
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'exact']),
				report(3, '2023-09-23', 'ru-mod', 'firearms', [50, 'exact'], 'increment'),
				report(4, '2023-09-24', 'az-gov', 'firearms', [2000, 'exact']),
				report(5, '2023-09-25', 'ru-mod', 'firearms', null)
			]
		});
		const earlier = buildModel(input, { day: day('2023-09-23') });
		expect(earlier.asOf).toBe('2023-09-23');
		expect(textOf(earlier.categories[0]?.headline?.total)).toBe('850');
		expect(earlier.categories[0]?.bySource).toHaveLength(1);
		expect(earlier.categories[0]?.unquantified).toEqual([]);

		const latest = buildModel(input);
		expect(latest.asOf).toBe('2023-09-25');
		expect(latest.categories[0]?.headline?.source).toBe('az-gov');
		expect(latest.categories[0]?.unquantified.map((r) => r.line)).toEqual([5]);
	});

	test('no reports at all', () => {
		const model = buildModel(load({ categories: firearms }));
		expect(model.asOf).toBeNull();
		expect(model.categories[0]).toMatchObject({ headline: null, bySource: [], sourcesDiffer: false, progress: null });
	});

	test('warnings: a correction, an increment on a cumulative date, two different same-day figures', () => {
		const input = load({
			categories: firearms,
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'firearms', [800, 'more_than']),
				report(3, '2023-09-24', 'ru-mod', 'firearms', [700, 'exact']),
				report(4, '2023-09-24', 'ru-mod', 'firearms', [30, 'exact'], 'increment'),
				report(5, '2023-09-25', 'az-gov', 'firearms', [900, 'exact']),
				report(6, '2023-09-25', 'az-gov', 'firearms', [950, 'exact']),
				report(7, '2023-09-25', 'az-gov', 'firearms', [950, 'exact'])
			]
		});
		input.issues.push({
			file: 'sources.csv',
			line: 9,
			column: 1,
			...said('issue_text', { text: 'a load issue' }),
			severity: 'error'
		});
		const before = structuredClone(input);
		const model = buildModel(input);
		expect(input).toEqual(before);
		expect(model.issues).toMatchObject([
			{ file: 'sources.csv', line: 9, column: 1, message: 'a load issue', severity: 'error' },
			{
				file: 'reports.csv',
				line: 3,
				column: 4,
				message:
					"firearms: ru-mod's cumulative figure 700 on 2023-09-24 is lower than its earlier 800+ on 2023-09-22; shown as a correction",
				severity: 'warning'
			},
			{
				file: 'reports.csv',
				line: 4,
				column: 6,
				message:
					"firearms: ru-mod's increment 30 on 2023-09-24 has the same date as its cumulative figure 700 (line 3); assumed to be included in the cumulative figure",
				severity: 'warning'
			},
			{
				file: 'reports.csv',
				line: 6,
				column: 4,
				message:
					'firearms: az-gov gives two different cumulative figures for 2023-09-25, 900 (line 5) and 950; the later line is used',
				severity: 'warning'
			}
		]);
		const ruMod = model.categories[0]?.bySource.find((t) => t.source === 'ru-mod');
		expect(textOf(ruMod?.total)).toBe('700');
		expect(ruMod?.corrected).toBe(true);
	});

	test.each<{ name: string; figures: [number, number, number]; flagged: number[] }>([
		{ name: '800, 700, 750 flags only the drop', figures: [800, 700, 750], flagged: [3] },
		{ name: '800, 600, 700 flags only the drop', figures: [800, 600, 700], flagged: [3] },
		{ name: '800, 900, 850 flags the drop from the highest', figures: [800, 900, 850], flagged: [4] },
		{ name: 'rising figures flag nothing', figures: [800, 800, 900], flagged: [] }
	])('corrections: $name', ({ figures, flagged }) => {
		const reports = figures.map((n, i) => report(i + 2, `2023-09-2${i}`, 'ru-mod', 'firearms', [n, 'exact']));
		const model = buildModel(load({ categories: firearms, reports }));
		expect(model.issues.map((issue) => issue.line)).toEqual(flagged);
	});

	test('a correction below an open-ended figure, past a figure that may be lower', () => {
		const reports = [
			report(2, '2023-09-20', 'ru-mod', 'firearms', [800, 'more_than']),
			report(3, '2023-09-21', 'ru-mod', 'firearms', [900, 'at_most']),
			report(4, '2023-09-22', 'ru-mod', 'firearms', [700, 'exact'])
		];
		const model = buildModel(load({ categories: firearms, reports }));
		expect(model.issues.map((issue) => [issue.line, issue.message])).toEqual([
			[4, "firearms: ru-mod's cumulative figure 700 on 2023-09-22 is lower than its earlier 800+ on 2023-09-20; shown as a correction"]
		]);
	});
});

describe('warnings point at the file’s own columns', () => {
	// The seed's firearms (800+ on 2023-09-22), then a lower figure: a correction, warned about
	// at the quantity column. The documented order has quantity 4th and basis 6th.
	const rows = [
		'2023-09-22,ru-mod,firearms,800,more_than,cumulative',
		'2023-09-24,ru-mod,firearms,700,exact,cumulative',
		'2023-09-24,ru-mod,firearms,50,exact,increment'
	].map((row) => row.split(','));
	const documented = ['date', 'source', 'category', 'quantity', 'qualifier', 'basis'];

	test.each([
		{ name: 'the documented order', order: [0, 1, 2, 3, 4, 5], quantity: 4, basis: 6 },
		{ name: 'quantity and basis first', order: [3, 5, 0, 1, 2, 4], quantity: 1, basis: 2 },
		{ name: 'quantity and basis swapped', order: [0, 1, 2, 5, 4, 3], quantity: 6, basis: 4 }
	])('$name', ({ order, quantity, basis }) => {
		const csvText = [documented, ...rows].map((cells) => order.map((i) => cells[i]).join(',')).join('\n');
		const model = buildModel(loadDataset(SEED_ID, seedWith({ [DATASET_FILES.reports]: csvText + '\n' })));
		const warnings = model.issues.filter((issue) => issue.file === 'reports.csv' && issue.severity === 'warning');
		expect(warnings.map(({ line, column, message }) => [line, column, message.slice(0, 40)])).toEqual([
			[3, quantity, "firearms: ru-mod's cumulative figure 700"],
			[4, basis, "firearms: ru-mod's increment 50 on 2023-"]
		]);
	});
});
