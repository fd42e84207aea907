import type { Chart, TooltipItem } from 'chart.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { richModel, seedModel } from '$lib/testing/chart-fixtures';
import {
	selectTimeline,
	timelineSeries,
	timelineView,
	type TimelineChartInput
} from '$lib/view/timeline';
import { withPoints } from '$lib/view/timeline-points';
import { colorOf, cueOf, DASHES, POINT_STYLES } from './cues';
import type { LineMark, MarkContext } from './marks-plugin';
import { LIGHT_THEME, seriesColor } from './theme';
import {
	EVENT_ROWS,
	eventLabelShift,
	placeLabels,
	timelineChart,
	tooltipLines,
	wrap,
	type LabelPlace
} from './timeline';

function input(model = seedModel(), category: string | null = null): TimelineChartInput {
	const view = timelineView(model);
	return withPoints(selectTimeline(view, category), timelineSeries(model));
}

function marksOf(config: ReturnType<typeof timelineChart>): LineMark[] {
	return config.options!.plugins!.marks!.marks as LineMark[];
}

const SEP = (day: number) => Date.UTC(2023, 8, day);

describe('timelineChart: lines', () => {
	test('the seed: one stepped line per category and source, a point per report date', () => {
		const config = timelineChart(input(), LIGHT_THEME);
		expect(config.type).toBe('line');
		expect(config.data.datasets.map((d) => [d.label, d.data.map((p) => [p.x, p.y])])).toEqual([
			['Armoured vehicles, according to Russian Ministry of Defence', [[SEP(22), 6]]],
			['Firearms, according to Russian Ministry of Defence', [[SEP(22), 801]]],
			['Ammunition, according to Russian Ministry of Defence', [[SEP(22), 5000]]]
		]);
		for (const dataset of config.data.datasets) {
			expect(dataset).toMatchObject({ stepped: 'before', parsing: false, normalized: true });
		}
	});

	test('sources are never summed: each its own line and its own totals', () => {
		const config = timelineChart(input(richModel(), 'firearms'), LIGHT_THEME);
		expect(config.data.datasets.map((d) => [d.label, d.data.map((p) => p.y)])).toEqual([
			['Russian Ministry of Defence', [801, 1001, 1301, 1200]],
			['Azerbaijani Ministry of Foreign Affairs', [900, 2500, 2300]]
		]);
	});

	test('colour for the category when several share the chart; dash and marker for the source', () => {
		const config = timelineChart(input(richModel()), LIGHT_THEME);
		const firearms = config.data.datasets.filter((d) => d.label?.startsWith('Firearms'));
		expect(firearms.map((d) => d.borderColor)).toEqual([
			seriesColor(LIGHT_THEME, 1),
			seriesColor(LIGHT_THEME, 1)
		]);
		expect(firearms.map((d) => [d.borderDash, d.pointStyle])).toEqual([
			[DASHES[0], POINT_STYLES[0]],
			[DASHES[2], POINT_STYLES[2]]
		]);
	});

	test('alone, one category: a colour per source too', () => {
		const config = timelineChart(input(richModel(), 'firearms'), LIGHT_THEME);
		expect(config.data.datasets.map((d) => d.borderColor)).toEqual([
			seriesColor(LIGHT_THEME, 0),
			seriesColor(LIGHT_THEME, 2)
		]);
	});

	test('a real time axis over the points and the events, half a day past each end', () => {
		const x = timelineChart(input(), LIGHT_THEME).options!.scales!['x']!;
		expect(x).toMatchObject({ type: 'time', min: SEP(19) - 43_200_000, max: SEP(23) + 43_200_000 });
	});

	test('many points: lines without markers', () => {
		const base = input(richModel(), 'firearms');
		const line = base.lines[0]!;
		const points = Array.from({ length: 500 }, (_, i) => ({
			...line.points[0]!,
			x: SEP(1) + i * 864e5
		}));
		const config = timelineChart({ ...base, lines: [{ ...line, points }] }, LIGHT_THEME);
		expect(config.data.datasets[0]!.pointRadius).toBe(0);
		expect(timelineChart(base, LIGHT_THEME).data.datasets[0]!.pointRadius).toBe(5);
	});

	test('no line: an empty chart', () => {
		const config = timelineChart(input(seedModel(), 'manpads'), LIGHT_THEME);
		expect(config.data.datasets).toEqual([]);
	});

	test('the input is not changed', () => {
		const data = input(richModel());
		const before = structuredClone(data);
		timelineChart(data, LIGHT_THEME);
		expect(data).toEqual(before);
	});
});

describe('timelineChart: tooltip', () => {
	const config = timelineChart(input(), LIGHT_THEME);
	const callbacks = config.options!.plugins!.tooltip!.callbacks!;
	const item = (datasetIndex: number) =>
		({ datasetIndex, raw: config.data.datasets[datasetIndex]!.data[0] }) as TooltipItem<'line'>;
	const call = (name: 'label' | 'afterLabel', i: number) =>
		(callbacks[name] as (item: TooltipItem<'line'>) => string | string[])(item(i));

	test('the date, the figure in the source’s strength, "at least" when open', () => {
		expect((callbacks.title as (items: TooltipItem<'line'>[]) => string)([item(1)])).toBe(
			'2023-09-22'
		);
		expect(call('label', 1)).toBe('Firearms: 800+ (at least 801)');
		expect(call('label', 2)).toBe('Ammunition: ≈5,000');
	});

	test('then the source, its side, and the report’s words', () => {
		expect(call('afterLabel', 1)).toEqual([
			'Russian Ministry of Defence (Russia (peacekeeping force))',
			'“وأكثر من 800 سلاح ناري”'
		]);
	});

	test('a correction says so', () => {
		const rich = input(richModel(), 'firearms');
		const line = rich.lines[1]!;
		expect(tooltipLines(line, line.points.at(-1)!)).toEqual([
			'Azerbaijani Ministry of Foreign Affairs (Azerbaijan)',
			'Corrected: lower than an earlier total'
		]);
	});
});

describe('timelineChart: estimates and events', () => {
	const chartOf = (width: number, min = SEP(18), max = SEP(24)) =>
		({
			width,
			chartArea: { left: 60, right: width - 10, top: 110, bottom: 400 },
			scales: {
				x: {
					min,
					max,
					getPixelForValue: (v: number) => 60 + ((v - min) / (max - min)) * (width - 70)
				}
			},
			ctx: {
				save() {},
				restore() {},
				font: '',
				measureText: (t: string) => ({ width: t.length * 6 })
			}
		}) as unknown as Chart;
	const ctx = (width: number) => ({ chart: chartOf(width) }) as MarkContext;
	/** An option's value for a chart: itself, or what its function returns. */
	const resolve = (value: unknown, c: MarkContext): unknown =>
		typeof value === 'function' ? (value as (c: MarkContext) => unknown)(c) : value;

	test('an estimate: a dashed level labelled "≈10,000 (Government of Azerbaijan)", under the data', () => {
		const [estimate] = marksOf(timelineChart(input(seedModel(), 'firearms'), LIGHT_THEME));
		expect(estimate).toMatchObject({
			yMin: 10000,
			yMax: 10000,
			borderDash: [8, 4],
			drawTime: 'beforeDatasetsDraw'
		});
		expect(resolve(estimate!.label!.content, ctx(1000))).toBe('≈10,000 (Government of Azerbaijan)');
		expect(resolve(estimate!.label!.content, ctx(400))).toBe('≈10,000');
	});

	test('with several categories, the estimate names its category, in its colour', () => {
		const [armoured, firearms] = marksOf(timelineChart(input(), LIGHT_THEME));
		expect(resolve(firearms!.label!.content, ctx(1000))).toBe(
			'Firearms: ≈10,000 (Government of Azerbaijan)'
		);
		expect(armoured!.borderColor).toBe(seriesColor(LIGHT_THEME, 0));
	});

	test('the y axis reaches the highest estimate', () => {
		const y = timelineChart(input(), LIGHT_THEME).options!.scales!['y']!;
		expect(y).toMatchObject({ beginAtZero: true, suggestedMax: 10800 });
	});

	test('events: vertical marks, labels in rows above the plot that never overlap', () => {
		const events = marksOf(timelineChart(input(), LIGHT_THEME)).filter(
			(a) => a.type === 'line' && a.yMin === undefined
		);
		expect(events.map((e) => e.xMin)).toEqual([
			SEP(19),
			SEP(20),
			SEP(21),
			SEP(22),
			SEP(22),
			SEP(23)
		]);
		const c = ctx(1000);
		const shifts = events.map((e) => resolve(e.label!.yAdjust!, c));
		// Events 4 and 5 share a date: one label is lifted above the other.
		expect(shifts[3]).not.toBe(shifts[4]);
		const contents = events.map((e) => resolve(e.label!.content, c));
		expect(contents[0]).toEqual(['1. Azerbaijani military', 'operation begins (evening)']);
	});

	test('on a narrow chart, events show their numbers', () => {
		const events = marksOf(timelineChart(input(), LIGHT_THEME)).filter(
			(a) => a.type === 'line' && a.yMin === undefined
		);
		const c = ctx(400);
		const contents = events.map((e) => resolve(e.label!.content, c));
		expect((contents as string[][]).flat().every((t) => /^\d+(–\d+)?$/.test(t))).toBe(true);
	});

	test('room above the plot for the rows of labels', () => {
		const padding = config().options!.layout!.padding as (c: { chart: Chart }) => { top: number };
		expect(padding({ chart: chartOf(1000) }).top).toBe(EVENT_ROWS * 34 + 4);
		function config() {
			return timelineChart(input(), LIGHT_THEME);
		}
	});
});

describe('placeLabels', () => {
	const bounds = { left: 0, right: 1000 };
	const spanOf = (box: { x: number; width: number }, place: LabelPlace) => {
		const width = place.kind === 'words' ? box.width : 20;
		const half = Math.min(width, 1000) / 2;
		const center = Math.min(Math.max(box.x, half), 1000 - half);
		return [center - half, center + half] as const;
	};

	test.each<{ name: string; boxes: { x: number; width: number }[]; expected: LabelPlace[] }>([
		{
			name: 'far apart: words, all in the row nearest the plot',
			boxes: [
				{ x: 100, width: 150 },
				{ x: 400, width: 150 }
			],
			expected: [
				{ row: 0, kind: 'words', until: 0 },
				{ row: 0, kind: 'words', until: 1 }
			]
		},
		{
			name: 'close: another row',
			boxes: [
				{ x: 100, width: 150 },
				{ x: 150, width: 150 }
			],
			expected: [
				{ row: 1, kind: 'words', until: 0 },
				{ row: 0, kind: 'words', until: 1 }
			]
		},
		{
			name: 'too many on one spot: a range of numbers',
			boxes: [100, 101, 102, 103, 104].map((x) => ({ x, width: 150 })),
			expected: [
				{ row: 0, kind: 'words', until: 0 },
				{ row: 1, kind: 'words', until: 1 },
				{ row: 2, kind: 'number', until: 4 },
				{ row: 2, kind: 'hidden', until: 3 },
				{ row: 2, kind: 'hidden', until: 4 }
			]
		},
		{
			name: 'an infinite width: numbers only',
			boxes: [{ x: 100, width: Infinity }],
			expected: [{ row: 0, kind: 'number', until: 0 }]
		},
		{
			name: 'in any order',
			boxes: [
				{ x: 400, width: 150 },
				{ x: 100, width: 150 }
			],
			expected: [
				{ row: 0, kind: 'words', until: 0 },
				{ row: 0, kind: 'words', until: 1 }
			]
		}
	])('$name', ({ boxes, expected }) => {
		expect(placeLabels(boxes, 3, bounds)).toEqual(expected);
	});

	test('labels shown in words never overlap (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.integer({ min: 0, max: 1000 }),
						width: fc.integer({ min: 20, max: 300 })
					}),
					{
						maxLength: 15
					}
				),
				(boxes) => {
					const places = placeLabels(boxes, 3, bounds);
					const words = boxes
						.map((box, i) => ({ span: spanOf(box, places[i]!), place: places[i]! }))
						.filter(({ place }) => place.kind === 'words');
					for (const a of words) {
						for (const b of words) {
							if (a === b || a.place.row !== b.place.row) continue;
							expect(a.span[1] <= b.span[0] || b.span[1] <= a.span[0]).toBe(true);
						}
					}
					expect(places.every((p) => p.row >= 0 && p.row < 3)).toBe(true);
				}
			)
		);
	});
});

describe('small helpers', () => {
	test.each([
		[
			'Handover of weapons begins under Russian supervision',
			30,
			2,
			['Handover of weapons begins', 'under Russian supervision']
		],
		[
			'Separatists say they are negotiating the withdrawal of their forces',
			30,
			2,
			['Separatists say they are', 'negotiating the withdrawal of…']
		],
		['Short', 30, 2, ['Short']],
		['', 30, 2, []]
	])('wrap(%s)', (text, width, lines, expected) => {
		expect(wrap(text, width, lines)).toEqual(expected);
	});

	test('each row of labels is one row height higher', () => {
		const shift = (row: number) => eventLabelShift({ row, height: 34, lines: 2 });
		expect(shift(0) - shift(1)).toBe(34);
		expect(shift(1) - shift(2)).toBe(34);
		expect(shift(0)).toBeLessThan(0);
	});

	test('cues cycle; the colour follows the category or, alone, the source', () => {
		expect(cueOf(0)).toEqual({ dash: [], marker: 'circle' });
		expect(cueOf(DASHES.length)).toEqual(cueOf(0));
		expect(colorOf({ color: 1, style: 4 }, true)).toBe(1);
		expect(colorOf({ color: 1, style: 4 }, false)).toBe(4);
	});
});

test('a revised estimate is a step: each level drawn from its date until the revision', () => {
	const base = input();
	const estimate = base.estimates.find((e) => e.category === 'firearms')!;
	const revised = {
		...base,
		estimates: [
			{ ...estimate, y: 7000, from: SEP(1), until: SEP(20) },
			{ ...estimate, y: 8994, from: SEP(20) }
		]
	};
	const levels = marksOf(timelineChart(revised, LIGHT_THEME)).filter((a) => a.yMin !== undefined);
	expect(levels.map((a) => [a.yMin, a.xMin, a.xMax])).toEqual([
		[7000, SEP(1), SEP(20)],
		[8994, SEP(20), undefined]
	]);
});

test('a range is a band in its line’s colour, from its date to the line’s next point', () => {
	const base = input();
	const [line] = base.lines;
	const points = [
		{ ...line!.points[0]!, x: SEP(22), y: 500, high: 600 },
		{ ...line!.points[0]!, x: SEP(24), y: 650 }
	];
	const ranged = { ...base, lines: [{ ...line!, points }] };
	const config = timelineChart(ranged, LIGHT_THEME);
	const bands = (config.options!.plugins!.marks!.marks as { type: string }[]).filter(
		(m) => m.type === 'box'
	);
	expect(bands).toMatchObject([
		{ xMin: SEP(22), xMax: SEP(24), yMin: 500, yMax: 600, drawTime: 'beforeDatasetsDraw' }
	]);
});
