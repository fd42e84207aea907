/**
 * The progress chart: a horizontal bar per category, in percent of its estimate. The certain
 * share is solid; what may be more is lighter, ending at its upper bound or, with none ("800+"),
 * fading out to the end of the axis; each estimate is a mark (dashed when approximate), several
 * estimates of one target a shaded band between the lowest and the highest. Pure: the same view
 * and theme give the same configuration, in Node as in the browser.
 */
import type { ChartConfiguration, ScriptableContext, TooltipItem } from 'chart.js';
import * as m from '$lib/messages';
import type { ProgressChartView, ProgressRow } from '$lib/view/progress-chart';
import type { Mark } from './marks-plugin';
import { formatTick, textDirection, withAlpha, type ChartTheme } from './theme';

type Bar = [number, number] | null;

/** Tick steps that keep 100% on a tick. */
const STEPS = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
/** Room past the largest value, so the estimate mark and the bars' ends stay clear of the edge. */
const HEADROOM = 1.1;
/** Half the height of a row's marks, in category units (a bar is 0.7 tall). */
const MARK_HALF = 0.42;

/**
 * The end of the percent axis and its tick step: past the estimate (100%), the largest bound and
 * every estimate, on a whole step.
 * @example percentAxis([{ low: 8.01, high: null, estimates: [{ at: 100 }] }]) // { max: 120, step: 20 }
 */
export function percentAxis(rows: readonly Pick<ProgressRow, 'low' | 'high' | 'estimates'>[]): {
	max: number;
	step: number;
} {
	const largest = Math.max(
		100,
		...rows.map((r) => r.high ?? r.low),
		...rows.flatMap((r) => r.estimates.map((e) => e.at))
	);
	const target = largest * HEADROOM;
	const step =
		STEPS.find((s) => target / s <= 7) ?? Math.pow(10, Math.ceil(Math.log10(target / 7)));
	return { max: Math.ceil(target / step) * step, step };
}

function font(theme: ChartTheme, size: number, weight?: 'bold') {
	return { family: theme.font, size, weight };
}

/** The bar of what may be more than certain, or null when the share is exact. */
function possibleBar(row: ProgressRow, axisMax: number): Bar {
	if (row.high === row.low) return null;
	return [row.low, row.high ?? axisMax];
}

function estimateMark(approximate: boolean): string {
	return approximate ? m.progress_mark_approximate() : m.progress_mark();
}

function marksOf(rows: readonly ProgressRow[], theme: ChartTheme): Mark[] {
	const list: Mark[] = [];
	rows.forEach((row, i) => {
		const marks = row.estimates;
		if (marks.length > 1) {
			const at = marks.map((e) => e.at);
			list.push({
				type: 'box',
				drawTime: 'beforeDatasetsDraw',
				xMin: Math.min(...at),
				xMax: Math.max(...at),
				yMin: i - MARK_HALF,
				yMax: i + MARK_HALF,
				backgroundColor: withAlpha(theme.mark, theme.dark ? 0.22 : 0.14)
			});
		}
		for (const mark of marks) {
			list.push({
				type: 'line',
				xMin: mark.at,
				xMax: mark.at,
				yMin: i - MARK_HALF,
				yMax: i + MARK_HALF,
				borderColor: theme.mark,
				borderWidth: mark.current ? 3 : 2,
				borderDash: mark.approximate ? [5, 3] : [],
				label: {
					// The other estimates are named; the current one only on the top row, once.
					display: !mark.current || i === 0,
					content: mark.current ? estimateMark(mark.approximate) : mark.text,
					position: 'start',
					yAdjust: -4,
					font: font(theme, 11),
					color: theme.text,
					backgroundColor: withAlpha(theme.background, 0.85),
					padding: 2
				}
			});
		}
	});
	return list;
}

/**
 * The progress chart of a view (rows in order; the categories it cannot draw are the view's
 * `outside`, which the page lists beside it).
 * @example progressChart(progressChartView(seedModel), LIGHT_THEME).data.datasets[0].data // [[0, 6], [0, 8.01]]
 */
export function progressChart(
	view: ProgressChartView,
	theme: ChartTheme
): ChartConfiguration<'bar', Bar[], string[]> {
	const { rows } = view;
	const axis = percentAxis(rows);
	// Right to left, the bars grow from the right: the value axis runs reversed and the
	// categories' names stand on the right.
	const rtl = theme.direction === 'rtl';
	const possible = rows.map((row) => possibleBar(row, axis.max));
	const datasets: ChartConfiguration<'bar', Bar[], string[]>['data']['datasets'] = [
		{
			label: m.chart_certain(),
			data: rows.map((row) => [0, row.low]),
			backgroundColor: theme.bar,
			borderWidth: 0,
			grouped: false,
			barPercentage: 0.7,
			categoryPercentage: 1
		}
	];
	if (possible.some((bar) => bar !== null)) {
		datasets.push({
			label: rows.some((row) => row.high === null) ? m.chart_possible_open() : m.chart_possible(),
			data: possible,
			// No upper bound: the fill fades out toward the end of the axis, and the bar has no end.
			backgroundColor: (ctx: ScriptableContext<'bar'>) => {
				const row = rows[ctx.dataIndex];
				const faint = withAlpha(theme.bar, theme.dark ? 0.35 : 0.25);
				const area = ctx.chart.chartArea;
				if (!row || row.high !== null || !area) return faint;
				const x = ctx.chart.scales['x'];
				const start = x ? x.getPixelForValue(row.low) : rtl ? area.right : area.left;
				const end = rtl ? area.left : area.right;
				const gradient = ctx.chart.ctx.createLinearGradient(start, 0, end, 0);
				gradient.addColorStop(0, withAlpha(theme.bar, theme.dark ? 0.5 : 0.4));
				gradient.addColorStop(1, withAlpha(theme.bar, 0.03));
				return gradient;
			},
			borderColor: theme.bar,
			borderWidth: (ctx: ScriptableContext<'bar'>) => {
				const open = rows[ctx.dataIndex]?.high === null;
				// The bar's far end has a border only when the figure has an upper bound.
				const far = open ? 0 : 1.5;
				return { top: 1.5, bottom: 1.5, left: rtl ? far : 0, right: rtl ? 0 : far };
			},
			borderSkipped: false,
			grouped: false,
			barPercentage: 0.7,
			categoryPercentage: 1
		});
	}

	return {
		type: 'bar',
		data: {
			// Two lines per category: its name, then its share in words.
			labels: rows.map((row) => [row.label, `${row.figure} · ${row.share}`]),
			datasets
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			color: theme.text,
			interaction: { mode: 'index', axis: 'y', intersect: false },
			scales: {
				x: {
					type: 'linear',
					min: 0,
					max: axis.max,
					reverse: rtl,
					ticks: {
						stepSize: axis.step,
						color: theme.muted,
						font: font(theme, 12),
						callback: (value) => m.chart_percent({ percent: formatTick(theme, Number(value)) })
					},
					grid: { color: withAlpha(theme.grid, 0.6) },
					border: { color: theme.grid },
					title: {
						display: true,
						text: m.progress_axis(),
						color: theme.muted,
						font: font(theme, 12)
					}
				},
				y: {
					type: 'category',
					position: rtl ? 'right' : 'left',
					ticks: { color: theme.text, font: font(theme, 13) },
					grid: { display: false },
					border: { color: theme.grid }
				}
			},
			plugins: {
				tooltip: {
					...textDirection(theme),
					filter: (item: TooltipItem<'bar'>) => item.datasetIndex === 0,
					titleFont: font(theme, 13, 'bold'),
					bodyFont: font(theme, 12),
					callbacks: {
						title: (items) => rows[items[0]?.dataIndex ?? 0]?.label ?? '',
						label: (item) => rows[item.dataIndex]?.sentence ?? '',
						afterLabel: (item) => rows[item.dataIndex]?.details ?? []
					}
				},
				marks: { marks: marksOf(rows, theme) }
			}
		}
	};
}
