import type { ScriptableContext } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { progressChartOf, richModel, seedModel } from '$lib/testing/chart-fixtures';
import type { ProgressRow } from '$lib/view/progress-chart';
import type { LineMark, Mark } from './marks-plugin';
import { percentAxis, progressChart } from './progress';
import { DARK_THEME, LIGHT_THEME } from './theme';

const seed = progressChartOf(seedModel());
const rich = progressChartOf(richModel());

function marksOf(config: ReturnType<typeof progressChart>): Mark[] {
	return config.options!.plugins!.marks!.marks as Mark[];
}

function row(partial: Partial<ProgressRow>): ProgressRow {
	return {
		id: 'x',
		label: 'X',
		low: 10,
		high: 10,
		approximate: false,
		figure: '10',
		reportedBy: 'Source, 2023-09-22',
		share: '10%',
		sentence: 'X: 10 handed over, 10% of an estimated 100',
		estimates: [
			{
				at: 100,
				text: '100',
				label: '100 (S)',
				attribution: 'S',
				approximate: false,
				current: true
			}
		],
		details: [],
		...partial
	};
}

describe('percentAxis: past 100% and past every bound and estimate, on a whole step', () => {
	test.each([
		{ rows: [row({ low: 8.01, high: null })], max: 120, step: 20 },
		{ rows: [row({ low: 6, high: 6 })], max: 120, step: 20 },
		{ rows: [row({ low: 150, high: 150 })], max: 175, step: 25 },
		{
			rows: [row({ estimates: [{ ...row({}).estimates[0]!, at: 171.43, current: false }] })],
			max: 200,
			step: 50
		},
		{ rows: [row({ low: 10, high: 900 })], max: 1000, step: 200 }
	])('max $max, step $step', ({ rows, max, step }) => {
		const axis = percentAxis(rows);
		expect(axis).toEqual({ max, step });
		expect(100 % axis.step === 0 || axis.step % 100 === 0).toBe(true);
	});
});

describe('progressChart on the seed', () => {
	const config = progressChart(seed, LIGHT_THEME);
	const [certain, possible] = config.data.datasets;

	test('a horizontal bar chart in percent, a bar per category with a number and an estimate', () => {
		expect(config.type).toBe('bar');
		expect(config.options!.indexAxis).toBe('y');
		expect(config.options!.scales!['x']).toMatchObject({ min: 0, max: 120 });
		expect(config.data.labels).toEqual([
			['Armoured vehicles', '6 · 6%'],
			['Firearms', '800+ · at least 8%']
		]);
	});

	test('the certain part is solid, from 0 to the low end', () => {
		expect(certain!.data).toEqual([
			[0, 6],
			[0, 8.01]
		]);
		expect(certain!.backgroundColor).toBe(LIGHT_THEME.bar);
	});

	test('an open figure ("800+") runs lighter to the end of the axis, with no end border; an exact one has no such part', () => {
		expect(possible!.data).toEqual([null, [8.01, 120]]);
		const borderWidth = possible!.borderWidth as (ctx: { dataIndex: number }) => unknown;
		expect(borderWidth({ dataIndex: 1 })).toEqual({ top: 1.5, bottom: 1.5, left: 0, right: 0 });
	});

	test('the open part fades out: a gradient from the low end to the end of the plot', () => {
		const stops: [number, string][] = [];
		let from: number[] = [];
		const gradient = { addColorStop: (at: number, color: string) => stops.push([at, color]) };
		const ctx = {
			dataIndex: 1,
			chart: {
				chartArea: { left: 100, right: 700 },
				scales: { x: { getPixelForValue: (v: number) => 100 + v * 5 } },
				ctx: {
					createLinearGradient: (...args: number[]) => ((from = args), gradient)
				}
			}
		} as unknown as ScriptableContext<'bar'>;
		const background = possible!.backgroundColor as (c: ScriptableContext<'bar'>) => unknown;
		expect(background(ctx)).toBe(gradient);
		expect(from).toEqual([140.05, 0, 700, 0]);
		expect(stops).toEqual([
			[0, 'rgba(0, 114, 178, 0.4)'],
			[1, 'rgba(0, 114, 178, 0.03)']
		]);
		// Before the chart is laid out: a flat lighter colour.
		expect(background({ ...ctx, chart: { ...ctx.chart, chartArea: undefined } } as never)).toBe(
			'rgba(0, 114, 178, 0.25)'
		);
	});

	test('an approximate estimate is a dashed mark at 100%, named once, on the top row', () => {
		const marks = marksOf(config);
		expect(marks).toHaveLength(2);
		expect(marks.map((a) => a.type)).toEqual(['line', 'line']);
		expect(marks[0]).toMatchObject({
			xMin: 100,
			xMax: 100,
			yMin: -0.42,
			yMax: 0.42,
			borderDash: [5, 3]
		});
		expect(marks.map((a) => (a.type === 'line' ? a.label?.display : null))).toEqual([true, false]);
		expect(marks[0]!.type === 'line' && marks[0]!.label?.content).toBe('≈ estimate');
	});

	test('the tooltip: the sentence, then the figure and the estimate with their sources', () => {
		const callbacks = config.options!.plugins!.tooltip!.callbacks!;
		const item = { dataIndex: 1, datasetIndex: 0 } as never;
		expect((callbacks.title as (items: unknown[]) => string)([item])).toBe('Firearms');
		expect((callbacks.label as (i: unknown) => string)(item)).toBe(
			'Firearms: at least 801 handed over, at least 8% of an estimated 10,000'
		);
		expect((callbacks.afterLabel as (i: unknown) => string[])(item)).toEqual([
			'Figure: 800+ (Russian Ministry of Defence, 2023-09-22)',
			'Estimate: ≈10,000 (Government of Azerbaijan, 2023-09)'
		]);
		const filter = config.options!.plugins!.tooltip!.filter as (i: {
			datasetIndex: number;
		}) => boolean;
		expect([0, 1].map((datasetIndex) => filter({ datasetIndex }))).toEqual([true, false]);
	});

	test('no estimate, no number: not in the chart (the page lists them)', () => {
		expect(config.data.labels).toHaveLength(2);
		expect(seed.outside.map((o) => o.id)).toEqual(['ammunition', 'anti_tank_missiles', 'manpads']);
	});

	test('the theme’s colours', () => {
		const dark = progressChart(seed, DARK_THEME);
		expect(dark.data.datasets[0]!.backgroundColor).toBe(DARK_THEME.bar);
		expect(marksOf(dark)[0]).toMatchObject({ borderColor: DARK_THEME.mark });
	});

	test('the view is not changed', () => {
		const view = progressChartOf(seedModel());
		const before = structuredClone(view);
		progressChart(view, LIGHT_THEME);
		expect(view).toEqual(before);
	});
});

describe('progressChart with several estimates of one target', () => {
	const config = progressChart(rich, LIGHT_THEME);
	const firearms = rich.rows.findIndex((r) => r.id === 'firearms');
	const marks = marksOf(config).filter(
		(a) => a.yMin === firearms - 0.42 && a.yMax === firearms + 0.42
	);

	test('a band from the lowest to the highest, and a mark for each', () => {
		expect(marks.map((a) => [a.type, a.xMin, a.xMax])).toEqual([
			['box', 100, 171.43],
			['line', 100, 100],
			['line', 171.43, 171.43],
			['line', 142.86, 142.86]
		]);
		const labels = marks.map((a) => (a.type === 'line' ? a.label?.content : null));
		expect(labels).toEqual([null, '≈ estimate', '≤12,000', '≈10,000']);
		// ≤12,000 is not approximate: a solid mark; ≈10,000 is: dashed. The one used is thicker.
		expect((marks.slice(1) as LineMark[]).map((a) => [a.borderDash, a.borderWidth])).toEqual([
			[[5, 3], 3],
			[[], 2],
			[[5, 3], 2]
		]);
	});

	test('an axis long enough for every estimate', () => {
		expect(config.options!.scales!['x']).toMatchObject({ max: 200 });
	});

	test('an exact share draws no lighter part', () => {
		expect(config.data.datasets[1]!.data[firearms]).toBeNull();
	});
});

test('a view with no bars: an empty chart', () => {
	const config = progressChart({ rows: [], outside: [], label: '' }, LIGHT_THEME);
	expect(config.data.datasets).toHaveLength(1);
	expect(config.data.labels).toEqual([]);
});
