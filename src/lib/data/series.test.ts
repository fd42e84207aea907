import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { sourceTotal } from './steps';
import { loadDataset } from './load';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { categorySeries, dayToTime, downsampleSteps, type SeriesPoint } from './series';
import { category, day, load, report, type Figure } from '$lib/testing/records';
import { QUALIFIERS, type Basis, type Dataset, type Report } from './types';
import { formatQuantity } from './format';

const textOf = (q: Parameters<typeof formatQuantity>[0] | null | undefined) =>
	q ? formatQuantity(q) : null;

const seed = loadDataset(SEED_ID, SEED_FILES).dataset;

/** categorySeries of a dataset's model. */
const seriesOf = (input: Dataset, id: string) =>
	categorySeries(buildModel({ dataset: input, issues: [] }), id);

function dataset(reports: Report[], sources: string[] = []): Dataset {
	const { dataset } = load({ categories: [category(2, 'firearms', null)], reports });
	return {
		...dataset,
		sources: sources.map((id, i) => ({
			line: i + 2,
			id,
			name: { value: id, translations: {} },
			kind: 'government',
			side: null,
			url: null
		}))
	};
}

type Row = readonly [string, string, Figure, Basis];

function rows(list: readonly Row[]): Report[] {
	return list.map(([date, source, figure, basis], i) =>
		report(i + 2, date, source, 'firearms', figure, basis)
	);
}

const texts = (points: SeriesPoint[]) => points.map((p) => `${p.date} ${textOf(p.total)}`);

describe('categorySeries', () => {
	test.each([
		{ id: 'firearms', points: ['2023-09-22 800+'] },
		{ id: 'armored_vehicles', points: ['2023-09-22 6'] },
		{ id: 'ammunition', points: ['2023-09-22 ≈5,000'] }
	])('the seed: $id', ({ id, points }) => {
		const series = seriesOf(seed, id);
		expect(series.map((s) => s.source)).toEqual(['ru-mod']);
		expect(texts(series[0]!.points)).toEqual(points);
		expect(series[0]!.points[0]!.reports[0]!.quote).toMatch(/\p{Script=Arabic}/u);
	});

	test('a category whose reports give no number has no series', () => {
		expect(seriesOf(seed, 'manpads')).toEqual([]);
	});

	test.each<{ name: string; rows: Row[]; expected: Record<string, string[]> }>([
		{
			name: 'sources are never summed: one series per source',
			rows: [
				['2023-09-22', 'ru-mod', [800, 'more_than'], 'cumulative'],
				['2023-09-23', 'az-gov', [1000, 'about'], 'cumulative'],
				['2023-09-24', 'ru-mod', [100, 'exact'], 'increment']
			],
			expected: { 'ru-mod': ['2023-09-22 800+', '2023-09-24 900+'], 'az-gov': ['2023-09-23 ≈1,000'] }
		},
		{
			name: 'one point per date, several reports on it',
			rows: [
				['2023-09-22', 'ru-mod', [10, 'exact'], 'increment'],
				['2023-09-22', 'ru-mod', [5, 'exact'], 'increment'],
				['2023-09-23', 'ru-mod', [20, 'exact'], 'cumulative'],
				['2023-09-23', 'ru-mod', [3, 'exact'], 'increment']
			],
			expected: { 'ru-mod': ['2023-09-22 15', '2023-09-23 20'] }
		},
		{
			name: 'a correction drops the line and is flagged from then on',
			rows: [
				['2023-09-22', 'ru-mod', [800, 'exact'], 'cumulative'],
				['2023-09-23', 'ru-mod', [700, 'exact'], 'cumulative'],
				['2023-09-24', 'ru-mod', [10, 'exact'], 'increment']
			],
			expected: { 'ru-mod': ['2023-09-22 800', '2023-09-23 700', '2023-09-24 710'] }
		},
		{
			name: 'reports without a number take no part',
			rows: [
				['2023-09-22', 'ru-mod', null, 'cumulative'],
				['2023-09-23', 'ru-mod', [6, 'exact'], 'cumulative']
			],
			expected: { 'ru-mod': ['2023-09-23 6'] }
		}
	])('$name', ({ rows: list, expected }) => {
		const series = seriesOf(dataset(rows(list), ['ru-mod', 'az-gov']), 'firearms');
		expect(Object.fromEntries(series.map((s) => [s.source, texts(s.points)]))).toEqual(expected);
	});

	test('corrected follows sourceTotal', () => {
		const reports = rows([
			['2023-09-22', 'ru-mod', [800, 'exact'], 'cumulative'],
			['2023-09-23', 'ru-mod', [700, 'exact'], 'cumulative']
		]);
		const [series] = seriesOf(dataset(reports), 'firearms');
		expect(series!.points.map((p) => p.corrected)).toEqual([false, true]);
	});

	test('the points hold the reports of their date, in file order', () => {
		const reports = rows([
			['2023-09-23', 'ru-mod', [5, 'exact'], 'increment'],
			['2023-09-22', 'ru-mod', [10, 'exact'], 'increment'],
			['2023-09-23', 'ru-mod', [1, 'exact'], 'increment']
		]);
		const [series] = seriesOf(dataset(reports), 'firearms');
		expect(series!.points.map((p) => p.reports.map((r) => r.line))).toEqual([[3], [2, 4]]);
	});

	test('an unknown category is a bug, and the error names the known ones', () => {
		expect(() => seriesOf(seed, 'tanks')).toThrow(/no category 'tanks'.*firearms/);
	});

	test('the inputs are not changed', () => {
		const reports = rows([
			['2023-09-23', 'ru-mod', [5, 'exact'], 'increment'],
			['2023-09-22', 'ru-mod', [800, 'more_than'], 'cumulative']
		]);
		const input = dataset(reports);
		const before = structuredClone(input);
		seriesOf(input, 'firearms');
		expect(input).toEqual(before);
	});

	test('every point equals sourceTotal on its date (property)', () => {
		const figure = fc.option(
			fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(...QUALIFIERS)),
			{ freq: 6 }
		);
		const row = fc.tuple(
			fc.integer({ min: 1, max: 12 }),
			figure,
			fc.constantFrom<Basis>('cumulative', 'increment')
		);
		fc.assert(
			fc.property(fc.array(row, { maxLength: 25 }), (list) => {
				const reports = list.map(([d, fig, basis], i) =>
					report(i + 2, `2023-09-${String(d).padStart(2, '0')}`, 'ru-mod', 'firearms', fig, basis)
				);
				const [series] = seriesOf(dataset(reports), 'firearms');
				const dates = [...new Set(reports.filter((r) => r.quantity).map((r) => r.date))].sort();
				expect(series?.points.map((p) => p.date) ?? []).toEqual(dates);
				for (const point of series?.points ?? []) {
					const total = sourceTotal(reports, point.date)!;
					expect(point.total).toEqual(total.total);
					expect(point.corrected).toBe(total.corrected);
					expect(point.date).toBe(total.date);
				}
			}),
			{ numRuns: 300 }
		);
	});

	test('100,000 reports: one pass, well under a second', () => {
		const reports: Report[] = [];
		for (let i = 0; i < 100_000; i++) {
			const date = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 40) * 86_400_000);
			const text = date.toISOString().slice(0, 10);
			const basis: Basis = i % 50 === 0 ? 'cumulative' : 'increment';
			reports.push(report(i + 2, text, i % 2 ? 'ru-mod' : 'az-gov', 'firearms', [i % 7, 'exact'], basis));
		}
		const model = buildModel({ dataset: dataset(reports, ['ru-mod', 'az-gov']), issues: [] });
		const start = performance.now();
		const series = categorySeries(model, 'firearms');
		expect(performance.now() - start).toBeLessThan(1000);
		expect(series.map((s) => s.points.length)).toEqual([2500, 2500]);
	});
});

describe('dayToTime', () => {
	test.each([
		['1970-01-01', 0],
		['2023-09-22', Date.UTC(2023, 8, 22)]
	])('%s', (date, time) => expect(dayToTime(date)).toBe(time));
});

describe('downsampleSteps', () => {
	const point = (i: number, low: number) => ({
		date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
		total: { low, high: low, approximate: false, style: 'plain' as const }
	});

	test('short lines are kept whole (a copy)', () => {
		const points = [point(0, 1), point(1, 2)];
		const result = downsampleSteps(points, 10);
		expect(result).toEqual(points);
		expect(result).not.toBe(points);
	});

	test.each([100, 500, 2000])('10,000 steps to at most %i, first and last kept', (max) => {
		const points = Array.from({ length: 10_000 }, (_, i) => point(i, i));
		const result = downsampleSteps(points, max);
		expect(result.length).toBeLessThanOrEqual(max);
		expect(result.length).toBeGreaterThan(max / 2);
		expect(result[0]).toBe(points[0]);
		expect(result.at(-1)).toBe(points.at(-1));
		const dates = result.map((p) => p.date);
		expect(dates).toEqual([...dates].sort());
	});

	test('a correction’s drop survives', () => {
		const points = Array.from({ length: 5000 }, (_, i) => point(i, i === 2500 ? 3 : i));
		expect(downsampleSteps(points, 100).some((p) => p.total.low === 3)).toBe(true);
	});

	test('a bad max is a bug', () => {
		expect(() => downsampleSteps([], 2)).toThrow(/6 or more/);
	});
});

test('day() from test-records is an IsoDate', () => expect(day('2023-09-22')).toBe('2023-09-22'));
