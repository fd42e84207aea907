import type { Chart } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { drawMarks, labelCenter, marksPlugin, type Mark, type MarksOptions } from './marks-plugin';

const AREA = { left: 50, right: 450, top: 100, bottom: 300 };

interface Call {
	name: string;
	args: unknown[];
	dash: number[];
	stroke: string;
	fill: string;
}

/** A 2D context that records what is drawn, with the state each call was made in. */
function recorder() {
	const calls: Call[] = [];
	let dash: number[] = [];
	const ctx = {
		font: '',
		lineWidth: 1,
		lineCap: 'butt',
		strokeStyle: '',
		fillStyle: '',
		textAlign: '',
		textBaseline: '',
		setLineDash: (d: number[]) => (dash = d),
		measureText: (text: string) => ({ width: text.length * 6 })
	} as Record<string, unknown>;
	const record =
		(name: string) =>
		(...args: unknown[]) =>
			calls.push({
				name,
				args,
				dash,
				stroke: String(ctx['strokeStyle']),
				fill: String(ctx['fillStyle'])
			});
	for (const name of [
		'save',
		'restore',
		'beginPath',
		'moveTo',
		'lineTo',
		'stroke',
		'fill',
		'fillRect',
		'roundRect',
		'rect',
		'clip',
		'fillText'
	])
		ctx[name] = record(name);
	return { ctx, calls };
}

/** A chart with linear scales: x 0–100 over the plot's width, y 0–1000 up its height. */
function chartWith(marks: MarksOptions) {
	const { ctx, calls } = recorder();
	const chart = {
		ctx,
		width: 500,
		chartArea: AREA,
		config: { options: { plugins: { marks } } },
		scales: {
			x: { getPixelForValue: (v: number) => 50 + v * 4 },
			y: { getPixelForValue: (v: number) => 300 - v / 5 }
		}
	} as unknown as Chart;
	return { chart, calls };
}

const label = {
	content: 'Label',
	position: 'end' as const,
	color: '#111',
	backgroundColor: '#fff',
	font: { family: 'sans-serif', size: 10 },
	padding: 3
};

const line = (partial: Partial<Extract<Mark, { type: 'line' }>>): Mark => ({
	type: 'line',
	borderColor: '#c00',
	borderWidth: 2,
	borderDash: [8, 4],
	drawTime: 'beforeDatasetsDraw',
	...partial
});

const named = (calls: Call[], name: string) => calls.filter((c) => c.name === name);

describe('drawMarks', () => {
	test('a horizontal line at its value, across the plot, dashed, in its colour', () => {
		const { chart, calls } = chartWith({ marks: [line({ yMin: 500, yMax: 500 })] });
		drawMarks(chart, 'beforeDatasetsDraw');
		expect(named(calls, 'moveTo')[0]!.args).toEqual([50, 200]);
		expect(named(calls, 'lineTo')[0]!.args).toEqual([450, 200]);
		expect(named(calls, 'stroke')[0]).toMatchObject({ dash: [8, 4], stroke: '#c00' });
	});

	test('a vertical line from the bottom of the plot to its top', () => {
		const { chart, calls } = chartWith({ marks: [line({ xMin: 25, xMax: 25 })] });
		drawMarks(chart, 'beforeDatasetsDraw');
		expect(named(calls, 'moveTo')[0]!.args).toEqual([150, 300]);
		expect(named(calls, 'lineTo')[0]!.args).toEqual([150, 100]);
	});

	test('only the marks of the hook: over the datasets unless told', () => {
		const { chart, calls } = chartWith({
			marks: [line({ yMin: 500, yMax: 500 }), line({ yMin: 100, yMax: 100, drawTime: undefined })]
		});
		drawMarks(chart, 'afterDatasetsDraw');
		expect(named(calls, 'moveTo').map((c) => c.args)).toEqual([[50, 280]]);
		(marksPlugin.afterDatasetsDraw as (c: Chart) => void)(chart);
		expect(named(calls, 'moveTo')).toHaveLength(2);
	});

	test('a line outside the plot is not drawn; clipped to the plot unless clip is false', () => {
		const outside = chartWith({ marks: [line({ xMin: 200, xMax: 200 })] });
		drawMarks(outside.chart, 'beforeDatasetsDraw');
		expect(named(outside.calls, 'moveTo')).toHaveLength(0);
		expect(named(outside.calls, 'rect')[0]!.args).toEqual([50, 100, 400, 200]);
		const free = chartWith({ clip: false, marks: [line({ xMin: 10, xMax: 10 })] });
		drawMarks(free.chart, 'beforeDatasetsDraw');
		expect(named(free.calls, 'clip')).toHaveLength(0);
	});

	test('a box between its values, filled', () => {
		const { chart, calls } = chartWith({
			marks: [
				{
					type: 'box',
					xMin: 10,
					xMax: 20,
					yMin: 0,
					yMax: 500,
					backgroundColor: 'rgba(0, 0, 0, 0.1)'
				}
			]
		});
		drawMarks(chart, 'afterDatasetsDraw');
		expect(named(calls, 'fillRect')[0]).toMatchObject({
			args: [90, 200, 40, 100],
			fill: 'rgba(0, 0, 0, 0.1)'
		});
	});

	test('a label at the end of a horizontal line: a box inside the plot, its words centred', () => {
		const { chart, calls } = chartWith({
			marks: [
				line({ yMin: 500, yMax: 500, label: { ...label, borderWidth: 1, borderColor: '#c00' } })
			]
		});
		drawMarks(chart, 'beforeDatasetsDraw');
		// 'Label' is 30px wide and one 12px line: a box 37 by 19, kept 3px inside the right edge.
		const [x, y, w, h] = named(calls, 'roundRect')[0]!.args as number[];
		expect([x! + w! / 2, y! + h! / 2, w, h]).toEqual([450 - 3 - 18.5, 200, 37, 19]);
		expect(named(calls, 'fill').at(-1)).toMatchObject({ fill: '#fff' });
		expect(named(calls, 'stroke').at(-1)).toMatchObject({ stroke: '#c00', dash: [] });
		expect(named(calls, 'fillText')[0]).toMatchObject({
			args: ['Label', 450 - 3 - 18.5, 200],
			fill: '#111'
		});
	});

	test('a label’s content, display and lift may depend on the chart', () => {
		const { chart, calls } = chartWith({
			clip: false,
			marks: [
				line({
					xMin: 50,
					xMax: 50,
					label: {
						...label,
						content: ({ chart }) => [`w${chart.width}`, 'two'],
						yAdjust: () => -40
					}
				}),
				line({ xMin: 60, xMax: 60, label: { ...label, display: () => false } })
			]
		});
		drawMarks(chart, 'beforeDatasetsDraw');
		// Two lines of 12px: a box 30 + 6 wide, 24 + 6 tall, its top at the plot's top + 3, lifted 40.
		const texts = named(calls, 'fillText').map((c) => c.args);
		expect(texts).toEqual([
			['w500', 250, 100 + 3 + 15 - 40 - 6],
			['two', 250, 100 + 3 + 15 - 40 + 6]
		]);
	});
});

describe('labelCenter', () => {
	const size = { width: 40, height: 20 };
	test('at the start of a short vertical mark near the top, moved down along it to fit', () => {
		const mark = { x: 200, y: 102, x2: 200, y2: 142 };
		const at = labelCenter(mark, size, { position: 'start', padding: 2, yAdjust: -4 }, AREA);
		// Moved at most a quarter of the line (10px), then kept inside the plot (2px padding).
		expect(at).toEqual({ x: 200, y: 112 - 4 });
	});

	test('at the end of a horizontal line, inside the right edge', () => {
		const mark = { x: 50, y: 200, x2: 450, y2: 200 };
		expect(labelCenter(mark, size, { position: 'end', padding: 3, yAdjust: 0 }, AREA)).toEqual({
			x: 450 - 3 - 20,
			y: 200
		});
	});
});
