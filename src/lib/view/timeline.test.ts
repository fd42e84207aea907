import { describe, expect, test } from 'vitest';
import { richModel, seedModel } from '$lib/testing/chart-fixtures';
import { timelineExport } from '$lib/export/data';
import { buildModel } from '$lib/data/aggregate';
import { loadDataset } from '$lib/data/load';
import { SEED_ID, csv, seedWith } from '$lib/testing/seed';
import { selectTimeline, timelineSeries, timelineView, type TimelineSeries } from './timeline';
import { withPoints } from './timeline-points';

const SEP_22 = Date.UTC(2023, 8, 22);

describe('timelineView on the seed', () => {
	const view = timelineView(seedModel());

	test('one line per category and source with a number, first and latest point', () => {
		expect(view.lines.map((l) => [l.id, l.dates, l.last.figure, l.last.y])).toEqual([
			['armored_vehicles/ru-mod', 1, '6', 6],
			['firearms/ru-mod', 1, '800+', 801],
			['ammunition/ru-mod', 1, '≈5,000', 5000]
		]);
		expect(view.lines[1]!.last).toMatchObject({
			x: SEP_22,
			date: '2023-09-22',
			open: true,
			spoken: 'at least 801',
			quote: 'وأكثر من 800 سلاح ناري',
			quoteLang: 'ar'
		});
	});

	test('categories with no number have no line, and say so', () => {
		expect(view.categories.map((c) => [c.id, c.lines])).toEqual([
			['armored_vehicles', 1],
			['firearms', 1],
			['ammunition', 1],
			['anti_tank_missiles', 0],
			['manpads', 0]
		]);
	});

	test('the estimates, in items of the category, labelled with their source', () => {
		expect(view.estimates.map((e) => [e.category, e.y, e.label, e.short])).toEqual([
			['armored_vehicles', 100, '≈100 (Government of Azerbaijan)', '≈100'],
			['firearms', 10000, '≈10,000 (Government of Azerbaijan)', '≈10,000']
		]);
	});

	test('the events, numbered in date order', () => {
		expect(view.events.map((e) => [e.number, e.date])).toEqual([
			[1, '2023-09-19'],
			[2, '2023-09-20'],
			[3, '2023-09-21'],
			[4, '2023-09-22'],
			[5, '2023-09-22'],
			[6, '2023-09-23']
		]);
	});

	test('an unknown category is a bug', () => {
		expect(() => timelineView(seedModel(), { category: 'tanks' })).toThrow(/no category 'tanks'/);
	});
});

describe('selectTimeline', () => {
	const view = timelineView(seedModel());

	test('all categories', () => {
		const all = selectTimeline(view, null);
		expect(all.category).toBeNull();
		expect(all.manyCategories).toBe(true);
		expect(all.lines).toHaveLength(3);
		expect(all.withoutNumbers.map((c) => c.id)).toEqual(['anti_tank_missiles', 'manpads']);
		expect(all.label).toBe(
			'Line chart of the cumulative handover over time, All categories: ' +
				'Armoured vehicles, according to Russian Ministry of Defence: 6 on 2023-09-22; ' +
				'Firearms, according to Russian Ministry of Defence: 800+ on 2023-09-22; ' +
				'Ammunition, according to Russian Ministry of Defence: ≈5,000 on 2023-09-22. ' +
				'Estimates marked: 2; events marked: 6.'
		);
	});

	test('one category: its lines and estimates, all the events', () => {
		const firearms = selectTimeline(view, 'firearms');
		expect(firearms.category?.label).toBe('Firearms');
		expect(firearms.manyCategories).toBe(false);
		expect(firearms.lines.map((l) => l.id)).toEqual(['firearms/ru-mod']);
		expect(firearms.estimates.map((e) => e.y)).toEqual([10000]);
		expect(firearms.events).toHaveLength(6);
		expect(firearms.rows).toEqual([
			{
				key: 'firearms/ru-mod',
				category: 'Firearms',
				source: 'Russian Ministry of Defence',
				figures: '800+ on 2023-09-22',
				quote: 'وأكثر من 800 سلاح ناري',
				quoteLang: 'ar',
				corrected: false
			}
		]);
	});

	test('a category with no number: an empty chart that says why', () => {
		const manpads = selectTimeline(view, 'manpads');
		expect(manpads.lines).toEqual([]);
		expect(manpads.label).toBe(
			'Timeline, Man-portable air-defence systems: no report gives a number yet.'
		);
		expect(manpads.withoutNumbers.map((c) => c.id)).toEqual(['manpads']);
	});

	test('an unknown id (a hand-edited address) shows all', () => {
		expect(selectTimeline(view, 'tanks').category).toBeNull();
	});
});

describe('sources are never summed', () => {
	const view = timelineView(richModel(), { category: 'firearms' });

	test('each source its own line, with its own running total', () => {
		expect(view.lines.map((l) => [l.id, l.first.figure, l.last.figure, l.dates])).toEqual([
			['firearms/ru-mod', '800+', '≈1,200', 4],
			['firearms/az-mfa', '900', '2,300', 3]
		]);
		const series = timelineSeries(richModel(), { category: 'firearms' });
		expect(series.lines.map((l) => l.points.map((p) => p.figure))).toEqual([
			['800+', '1,000+', '1,300+', '≈1,200'],
			['900', '2,500', '2,300']
		]);
		expect(series.lines[1]!.points.map((p) => p.corrected)).toEqual([false, false, true]);
	});

	test('three estimates of the same total, all kept', () => {
		expect(view.estimates.map((e) => e.label)).toEqual([
			'≈10,000 (Government of Azerbaijan)',
			'≈7,000 (Azerbaijani Ministry of Foreign Affairs)',
			'≤12,000 (Armenian separatists in Nagorno-Karabakh)'
		]);
	});

	test('a line of several dates, in words', () => {
		const selection = selectTimeline(view, 'firearms');
		expect(selection.rows[1]!.figures).toBe(
			'from 900 on 2023-09-23 to 2,300 on 2023-09-27, 3 report dates'
		);
		expect(selection.rows[1]!.corrected).toBe(true);
	});
});

describe('timelineSeries and withPoints', () => {
	test('a point budget across lines', () => {
		const series = timelineSeries(richModel(), { maxPoints: 12 });
		// 12 points for 6 lines is under the floor of a line's budget: each keeps at most 6.
		for (const line of series.lines) expect(line.points.length).toBeLessThanOrEqual(6);
	});

	test('withPoints joins the lines of a selection to their points; a line without is left out', () => {
		const view = timelineView(seedModel());
		const series: TimelineSeries = {
			lines: [{ id: 'firearms/ru-mod', points: [view.lines[1]!.last] }]
		};
		const input = withPoints(selectTimeline(view, null), series);
		expect(input.lines.map((l) => [l.id, l.points.length])).toEqual([['firearms/ru-mod', 1]]);
		expect(input.events).toHaveLength(6);
		expect(input.manyCategories).toBe(true);
	});
});

describe('revised estimates (issue 14)', () => {
	test('each estimate stands from its date until its source revises it: a step', () => {
		const files = seedWith({
			'estimates.csv': csv(
				'target,label,quantity,qualifier,date,source,url,quote,note,quantity_high',
				'fighters,Fighters,7000,about,2023-09-01,az-gov,,,,',
				'fighters,Fighters,8994,exact,2023-09-20,az-gov,,,,',
				'fighters,Fighters,7000,between,,ru-mod,,,,13000',
				'tanks_and_armored_vehicles,Tanks,100,about,2023,az-gov,,,,'
			)
		});
		const view = timelineView(buildModel(loadDataset(SEED_ID, files)));
		expect(view.estimates.map((e) => [e.category, e.short, e.from, e.until])).toEqual([
			['armored_vehicles', '≈100', Date.UTC(2023, 0, 1), undefined],
			['firearms', '≈7,000', Date.UTC(2023, 8, 1), Date.UTC(2023, 8, 20)],
			['firearms', '8,994', Date.UTC(2023, 8, 20), undefined],
			['firearms', '7,000–13,000', undefined, undefined]
		]);
	});
});

describe('other measures on the timeline (issue 14)', () => {
	const files = seedWith({
		'reports.csv': csv(
			'date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure',
			'2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,,,',
			'2023-09-24,ru-mod,firearms,700,exact,cumulative,,,,,,verified',
			'2023-09-25,ru-mod,firearms,50,exact,increment,,,,,,verified',
			'2023-09-25,az-gov,firearms,40,about,cumulative,,,,,percent,'
		)
	});
	const model = buildModel(loadDataset(SEED_ID, files));

	test('each measure its own line, named; a share has no line on a count’s axis', () => {
		const view = timelineView(model, { category: 'firearms' });
		expect(view.lines.map((l) => [l.id, l.sourceName, l.first.figure, l.last.figure])).toEqual([
			['firearms/ru-mod', 'Russian Ministry of Defence', '800+', '800+'],
			['firearms/ru-mod/verified', 'Russian Ministry of Defence (Verified)', '700', '750']
		]);
		expect(view.lines[0]!.style).not.toBe(view.lines[1]!.style);
		const series = timelineSeries(model, { category: 'firearms' });
		expect(series.lines.map((l) => l.id)).toEqual(['firearms/ru-mod', 'firearms/ru-mod/verified']);
	});

	test('the timeline’s CSV says each point’s measure and unit', () => {
		const exported = timelineExport(
			model,
			timelineSeries(model, { category: 'firearms' }),
			'firearms'
		);
		const unit = exported.header.indexOf('unit');
		const measure = exported.header.indexOf('measure');
		expect(exported.rows.map((r) => [r.date, r.cells[3], r.cells[unit], r.cells[measure]])).toEqual(
			[
				['2023-09-22', '800+', 'count', 'handed_over'],
				['2023-09-24', '700', 'count', 'verified'],
				['2023-09-25', '750', 'count', 'verified']
			]
		);
	});
});

test('a range’s point carries its upper bound, for the band; an open or exact one does not', () => {
	const files = seedWith({
		'reports.csv': csv(
			'date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure',
			'2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,,,',
			'2023-09-24,ru-mod,firearms,900,between,cumulative,,,,1000,,',
			'2023-09-26,ru-mod,firearms,1200,exact,cumulative,,,,,,'
		)
	});
	const series = timelineSeries(buildModel(loadDataset(SEED_ID, files)), { category: 'firearms' });
	expect(series.lines[0]!.points.map((p) => [p.figure, p.y, p.high])).toEqual([
		['800+', 801, undefined],
		['900–1,000', 900, 1000],
		['1,200', 1200, undefined]
	]);
});
