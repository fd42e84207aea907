import { describe, expect, test } from 'vitest';
import { richModel, seedModel } from '$lib/testing/chart-fixtures';
import { timelineSeries } from '$lib/view/timeline';
import type { Quantity } from '$lib/data/types';
import {
	forCategory,
	progressExport,
	qualifierOf,
	quantityHighOf,
	reportedSources,
	timelineExport,
	TIMELINE_HEADER,
	unitOf
} from './data';

describe('qualifierOf', () => {
	test.each<[Quantity, string]>([
		[{ low: 6, high: 6, approximate: false, style: 'plain' }, 'exact'],
		[{ low: 5000, high: 5000, approximate: true, style: 'plain' }, 'about'],
		[{ low: 801, high: null, approximate: false, style: 'plus' }, 'more_than'],
		[{ low: 800, high: null, approximate: false, style: 'ge' }, 'at_least'],
		[{ low: 0, high: 20, approximate: false, style: 'le' }, 'at_most'],
		[{ low: 0, high: 19, approximate: false, style: 'lt' }, 'fewer_than'],
		[{ low: 10, high: 20, approximate: false, style: 'range' }, 'between']
	])('%j is %s', (quantity, qualifier) => {
		expect(qualifierOf(quantity)).toBe(qualifier);
	});
});

describe('progressExport', () => {
	test('the seed: one row per bar, the figure in the source strength and as an interval', () => {
		const data = progressExport(seedModel());
		expect(data).toMatchObject({
			dataset: 'karabakh-2023',
			asOf: '2023-09-22',
			chart: 'progress',
			category: null,
			estimates: [
				{ category: 'armored_vehicles', source: 'Government of Azerbaijan' },
				{ category: 'firearms', source: 'Government of Azerbaijan' }
			]
		});
		expect(data.rows.map((r) => r.cells)).toEqual([
			[
				'Armoured vehicles',
				'Russian Ministry of Defence',
				'2023-09-22',
				'6',
				6,
				6,
				'exact',
				6,
				6,
				'≈100',
				100,
				100,
				'Government of Azerbaijan',
				null,
				'count',
				null
			],
			[
				'Firearms',
				'Russian Ministry of Defence',
				'2023-09-22',
				'800+',
				801,
				null,
				'more_than',
				8.01,
				null,
				'≈10,000',
				10000,
				10000,
				'Government of Azerbaijan',
				null,
				'count',
				null
			]
		]);
	});

	test('a category with no estimate (ammunition, ≈5,000) is not a bar, so not a row', () => {
		expect(progressExport(seedModel()).rows.map((r) => r.category)).not.toContain('ammunition');
	});
});

describe('timelineExport', () => {
	test('the seed: every point of series.json, with its qualifier and words', () => {
		const model = seedModel();
		const data = timelineExport(model, timelineSeries(model));
		expect(data.header).toEqual(TIMELINE_HEADER);
		expect(data.rows.map((r) => r.cells.slice(0, 8))).toEqual([
			['Armoured vehicles', 'Russian Ministry of Defence', '2023-09-22', '6', 6, 6, 'exact', 1],
			['Firearms', 'Russian Ministry of Defence', '2023-09-22', '800+', 801, null, 'more_than', 1],
			['Ammunition', 'Russian Ministry of Defence', '2023-09-22', '≈5,000', 5000, 5000, 'about', 1]
		]);
		expect(data.rows[1]!.cells[8]).toBe('وأكثر من 800 سلاح ناري');
	});

	test('the rich model: one row per point of each line, sums and corrections as the chart draws them', () => {
		const model = richModel();
		const series = timelineSeries(model, { category: 'firearms' });
		const data = timelineExport(model, series, 'firearms');
		const points = series.lines.flatMap((l) => l.points);
		expect(data.rows.map((r) => [r.date, r.cells[3], r.cells[4]])).toEqual(
			points.map((p) => [p.date, p.figure, p.y])
		);
		expect(new Set(data.rows.map((r) => r.category))).toEqual(new Set(['firearms']));
	});

	test('narrowed to one category, it keeps only that category and its estimates', () => {
		const model = seedModel();
		const data = forCategory(timelineExport(model, timelineSeries(model)), 'firearms');
		expect(data.rows.map((r) => r.cells[3])).toEqual(['800+']);
		expect(data.estimates).toEqual([{ category: 'firearms', source: 'Government of Azerbaijan' }]);
	});

	test('refuses a series that is not the model', () => {
		const model = seedModel();
		expect(() => timelineExport(model, { lines: [{ id: 'tanks/nobody', points: [] }] })).toThrow(
			"series.json has a line 'tanks/nobody'"
		);
	});
});

test('reportedSources: each source once, with its latest date', () => {
	const model = richModel();
	const data = timelineExport(model, timelineSeries(model));
	const sources = reportedSources(data);
	expect(new Set(sources.map((s) => s.source)).size).toBe(sources.length);
	for (const { source, date } of sources) {
		expect(date).toBe(
			data.rows
				.filter((r) => r.source === source)
				.map((r) => r.date)
				.sort()
				.at(-1)
		);
	}
});

describe('unitOf and quantityHighOf: the export columns of issue 14', () => {
	test.each([
		[{ low: 7000, high: 13000, approximate: false, style: 'range' as const }, 'count', 13000],
		[{ low: 801, high: null, approximate: false, style: 'plus' as const }, 'count', null],
		[{ low: 6, high: 6, approximate: false, style: 'plain' as const }, 'count', null],
		[
			{ low: 40, high: 40, approximate: true, style: 'plain' as const, unit: 'percent' as const },
			'percent',
			null
		],
		[
			{ low: 30, high: 40, approximate: false, style: 'range' as const, unit: 'percent' as const },
			'percent',
			40
		]
	])('%j: unit %s, quantity_high %s', (quantity, unit, high) => {
		expect(unitOf(quantity)).toBe(unit);
		expect(quantityHighOf(quantity)).toBe(high);
	});
});
