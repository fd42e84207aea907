/**
 * The timeline chart: cumulative handover on a time axis, one stepped line per category and
 * source (sources are never summed), each report date a point. Colour tells the category
 * (Okabe-Ito); dash and marker tell the source, so two sources differ without colour. Estimates
 * are labelled horizontal lines; events are numbered vertical marks whose labels are staggered
 * so that they do not overlap. Pure: the same input and theme give the same configuration.
 *
 * Why one file: the datasets, scales, marks and tooltips are one Chart.js configuration whose
 * parts refer to each other (axis ids, the RTL reversal, the marks plugin's options).
 */
import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import { formatCount } from '$lib/data/format';
import * as m from '$lib/messages';
import type { TimelineChartInput, TimelineLine, TimelinePoint } from '$lib/view/timeline';
import { colorOf, cueOf } from './cues';
import type { Mark, MarkContext } from './marks-plugin';
import { formatTick, seriesColor, textDirection, withAlpha, type ChartTheme } from './theme';

/** Event labels stagger over this many rows above the plot (row 0 nearest it). */
export const EVENT_ROWS = 3;
/** The height of one row of event labels, in pixels (two lines of 11px text and padding). */
const EVENT_ROW_HEIGHT = 34;
/** Below this chart width, events are marked by number only (the list under the chart names them). */
export const NARROW = 640;
const DAY = 86_400_000;
/** Markers are drawn when every line has at most this many points, and all lines together
 * at most MARKERS_IN_ALL; otherwise lines only (the tooltip still finds the points). */
const MARKERS_UP_TO = 60;
const MARKERS_IN_ALL = 400;

/**
 * Words wrapped to lines of at most `width` characters, at most `maxLines` (the last ends in …
 * when cut). A word longer than a line is kept whole.
 * @example wrap('Handover of weapons begins under Russian supervision', 28, 2)
 *   // ['Handover of weapons begins', 'under Russian supervision']
 */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}

/** The legend's and tooltip's name of a line. */
export function lineLabel(line: TimelineLine, manyCategories: boolean): string {
	return manyCategories
		? m.timeline_line_who({ category: line.categoryLabel, source: line.sourceName })
		: line.sourceName;
}

/** A label to place: the pixel of its event, and its width when it shows its words. */
export interface LabelBox {
	x: number;
	width: number;
}

export interface LabelPlace {
	/** 0 is the row nearest the plot. */
	row: number;
	/**
	 * `words`: the event's number and label; `number`: its number only (the list under the chart
	 * names it), or a range of numbers when `until` is another event; `hidden`: an earlier
	 * label's range stands for it.
	 */
	kind: 'words' | 'number' | 'hidden';
	/** The index of the last event this label stands for: its own, unless it is a range. */
	until: number;
}

/** The width of a label that shows a number, and one that shows a range of numbers. */
const NUMBER_WIDTH = 20;
const RANGE_WIDTH = 36;
const LABEL_GAP = 6;

/**
 * Rows for the event labels, so that no two overlap. First every event gets its number, left to
 * right, in the first row with room (an event with no room joins the label before it, which
 * then shows a range, "3–6"); then, left to right, each label that stands for one event shows
 * its words where they fit in some row without touching another label. A label is centred on
 * its event but kept within `bounds`, as the marks plugin draws it. A width of Infinity
 * keeps a label to its number (a narrow chart).
 * @example placeLabels([{ x: 100, width: 150 }, { x: 400, width: 150 }], 3, { left: 0, right: 800 })
 *   // [{ row: 0, kind: 'words', until: 0 }, { row: 0, kind: 'words', until: 1 }]
 */
export function placeLabels(
	boxes: readonly LabelBox[],
	rows: number,
	bounds: { left: number; right: number }
): LabelPlace[] {
	const rowCount = Math.max(1, rows);
	const span = (x: number, width: number) => {
		const half = Math.min(width, bounds.right - bounds.left) / 2;
		const center = Math.min(Math.max(x, bounds.left + half), bounds.right - half);
		return { start: center - half, end: center + half };
	};
	const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x - boxes[b]!.x);
	const places: LabelPlace[] = Array.from({ length: boxes.length });
	const shown: { i: number; row: number; start: number; end: number }[] = [];
	const ends = Array.from({ length: rowCount }, () => -Infinity);
	for (const i of order) {
		const number = span(boxes[i]!.x, NUMBER_WIDTH);
		const row = ends.findIndex((end) => end + LABEL_GAP <= number.start);
		const previous = shown.at(-1);
		if (row < 0 && previous) {
			places[i] = { row: previous.row, kind: 'hidden', until: i };
			places[previous.i]!.until = i;
			previous.end = Math.max(previous.end, previous.start + RANGE_WIDTH);
			ends[previous.row] = Math.max(ends[previous.row]!, previous.end);
			continue;
		}
		const placed = { i, row: Math.max(0, row), ...number };
		shown.push(placed);
		ends[placed.row] = placed.end;
		places[i] = { row: placed.row, kind: 'number', until: i };
	}
	for (const label of shown) {
		// A range stands for several events; an infinite width means "never in words".
		if (places[label.i]!.until !== label.i || !Number.isFinite(boxes[label.i]!.width)) continue;
		const words = span(boxes[label.i]!.x, boxes[label.i]!.width);
		const tryRows = [label.row, ...ends.keys()].filter((r, k, all) => all.indexOf(r) === k);
		const row = tryRows.find(
			(r) =>
				!shown.some(
					(other) =>
						other !== label &&
						other.row === r &&
						other.start < words.end + LABEL_GAP &&
						words.start < other.end + LABEL_GAP
				)
		);
		if (row === undefined) continue;
		Object.assign(label, { row, ...words });
		places[label.i] = { row, kind: 'words', until: label.i };
	}
	return places;
}

/**
 * The placement of the event labels on a drawn chart, from its time scale and the measured
 * label widths; computed once per size and range. Before the chart has a scale, every label
 * shows its number.
 */
function eventLayout(
	input: TimelineChartInput,
	wide: readonly string[][],
	theme: ChartTheme
): (chart: Chart) => LabelPlace[] {
	let key = '';
	let places: LabelPlace[] = [];
	const rows = Math.min(EVENT_ROWS, input.events.length);
	return (chart) => {
		const x = chart.scales['x'];
		const area = chart.chartArea;
		if (!x || !area) return input.events.map((_, i) => ({ row: 0, kind: 'number', until: i }));
		const next = `${chart.width}|${x.min}|${x.max}`;
		if (next === key) return places;
		key = next;
		const bounds = { left: area.left, right: area.right };
		const narrow = chart.width < NARROW;
		const context = chart.ctx;
		context.save();
		context.font = `11px ${theme.font}`;
		const boxes = input.events.map((event, i) => ({
			x: x.getPixelForValue(event.x),
			// On a narrow chart, no room for words: numbers only.
			width: narrow
				? Infinity
				: Math.max(...wide[i]!.map((line) => context.measureText(line).width)) + 2 * LABEL_PADDING
		}));
		context.restore();
		places = placeLabels(boxes, rows, bounds);
		return places;
	};
}

function font(theme: ChartTheme, size: number, weight?: 'bold') {
	return { family: theme.font, size, weight };
}

function xRange(input: TimelineChartInput): { min: number; max: number } | null {
	const xs = [
		...input.lines.flatMap((l) => l.points.map((p) => p.x)),
		...input.events.map((e) => e.x)
	];
	if (xs.length === 0) return null;
	const [min, max] = [Math.min(...xs), Math.max(...xs)];
	// Half a day at least on each side, so that a mark on the first or last day is not on the edge.
	const pad = Math.max(DAY / 2, (max - min) * 0.02);
	return { min: min - pad, max: max + pad };
}

function marksOf(
	input: TimelineChartInput,
	theme: ChartTheme,
	range: { min: number; max: number } | null
): Mark[] {
	const list: Mark[] = [];
	// A bounded interval ("7,000–13,000") is a band in its line's colour, from its date to the
	// line's next point (or the end of the chart), under the line.
	const end = range?.max ?? 0;
	for (const line of input.lines) {
		const color = withAlpha(seriesColor(theme, colorOf(line, input.manyCategories)), 0.18);
		line.points.forEach((point, i) => {
			if (point.high === undefined) return;
			list.push({
				type: 'box',
				xMin: point.x,
				xMax: line.points[i + 1]?.x ?? end,
				yMin: point.y,
				yMax: point.high,
				backgroundColor: color,
				drawTime: 'beforeDatasetsDraw'
			});
		});
	}
	for (const estimate of input.estimates) {
		// In its category's colour beside other categories; alone, neutral beside the sources' colours.
		const color = input.manyCategories ? seriesColor(theme, estimate.color) : theme.muted;
		list.push({
			type: 'line',
			// From the estimate's date until its source revised it (a step); undated: across.
			...(estimate.from === undefined ? {} : { xMin: estimate.from }),
			...(estimate.until === undefined ? {} : { xMax: estimate.until }),
			yMin: estimate.y,
			yMax: estimate.y,
			borderColor: color,
			borderWidth: 2,
			borderDash: [8, 4],
			// Under the lines and points, so that a label never hides a figure.
			drawTime: 'beforeDatasetsDraw',
			label: {
				display: true,
				// On a narrow chart, the figure alone: the table and the page name the source.
				content: (ctx: MarkContext) =>
					ctx.chart.width < NARROW
						? estimate.short
						: input.manyCategories
							? estimate.categoryLabel
							: estimate.label,
				position: 'end',
				color: theme.text,
				backgroundColor: withAlpha(theme.background, 0.85),
				borderColor: color,
				borderWidth: 1,
				font: font(theme, 11),
				padding: 3
			}
		});
	}
	const wide = input.events.map((e) => wrap(`${e.number}. ${e.label}`, 30, 2));
	const layout = eventLayout(input, wide, theme);
	const numbers = (i: number, until: number) =>
		until === i
			? String(input.events[i]!.number)
			: `${input.events[i]!.number}–${input.events[until]!.number}`;
	input.events.forEach((event, i) => {
		const place = (ctx: MarkContext): LabelPlace =>
			layout(ctx.chart)[i] ?? { row: 0, kind: 'number', until: i };
		list.push({
			type: 'line',
			xMin: event.x,
			xMax: event.x,
			borderColor: theme.muted,
			borderWidth: 1,
			borderDash: [3, 3],
			drawTime: 'beforeDatasetsDraw',
			label: {
				display: (ctx: MarkContext) => place(ctx).kind !== 'hidden',
				content: (ctx: MarkContext) => {
					const { kind, until } = place(ctx);
					return kind === 'words' ? wide[i]! : [numbers(i, until)];
				},
				// At the top of the line, then lifted into its row in the room the layout leaves
				// above the plot (see placeLabels), so that labels never overlap.
				position: 'end',
				yAdjust: (ctx: MarkContext) => {
					const { row, kind } = place(ctx);
					return eventLabelShift({
						row,
						height: rowHeight(ctx.chart.width),
						lines: kind === 'words' ? wide[i]!.length : 1
					});
				},
				color: theme.text,
				backgroundColor: withAlpha(theme.background, 0.9),
				font: font(theme, 11),
				padding: LABEL_PADDING
			}
		});
	});
	return list;
}

const LABEL_PADDING = 3;
const LABEL_LINE_HEIGHT = 13.2;

/**
 * How far to move an event's label from the top of the plot (where the marks plugin puts
 * it, just inside) to its row in the room above (row 0 nearest the plot): negative is up.
 * @example eventLabelShift({ row: 0, height: 34, lines: 2 }) // about -34
 */
export function eventLabelShift(options: { row: number; height: number; lines: number }): number {
	const { row, height, lines } = options;
	const half = (lines * LABEL_LINE_HEIGHT) / 2 + LABEL_PADDING;
	// From the label's centre just inside the plot to the centre of its row above it.
	return -(row + 1) * height + height / 2 - LABEL_PADDING - half;
}

function rowHeight(width: number): number {
	return width < NARROW ? 20 : EVENT_ROW_HEIGHT;
}

/** What the tooltip says under a point's figure: the source (and side), and the report's words. */
export function tooltipLines(line: TimelineLine | undefined, point: TimelinePoint): string[] {
	const source = line?.sourceName ?? '';
	const lines = [line?.side ? m.timeline_tooltip_source({ source, side: line.side }) : source];
	if (point.reports > 1)
		lines.push(m.timeline_tooltip_reports({ count: formatCount(point.reports) }));
	if (point.corrected) lines.push(m.timeline_tooltip_corrected());
	if (point.quote) lines.push(...wrap(`“${point.quote}”`, 60));
	return lines;
}

/**
 * A point's date in the tooltip: as the files write it in English ("2023-09-22"), in words in
 * another language ("22 سبتمبر 2023").
 */
export function tooltipDate(date: string | undefined, theme: ChartTheme): string {
	if (!date) return '';
	if (theme.locale === 'en') return date;
	const [year, month, day] = date.split('-').map(Number);
	return new Intl.DateTimeFormat(theme.locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
}

/**
 * The timeline chart of a selection (see selectTimeline).
 * @example timelineChart(selectTimeline(seedView, 'firearms'), LIGHT_THEME).data.datasets[0].data[0]
 *   // { x: 1695340800000, y: 801, figure: '800+', spoken: 'at least 801', … }
 */
export function timelineChart(
	input: TimelineChartInput,
	theme: ChartTheme
): ChartConfiguration<'line', TimelinePoint[]> {
	const { lines, manyCategories } = input;
	const rtl = theme.direction === 'rtl';
	const range = xRange(input);
	const top = Math.max(
		0,
		...input.estimates.map((e) => e.y),
		...lines.flatMap((l) => l.points.map((p) => p.high ?? p.y))
	);
	const eventRows = Math.min(EVENT_ROWS, input.events.length);
	const pointCount = lines.reduce((n, l) => n + l.points.length, 0);
	const markers =
		pointCount <= MARKERS_IN_ALL && lines.every((l) => l.points.length <= MARKERS_UP_TO);

	return {
		type: 'line',
		data: {
			datasets: lines.map((line) => {
				const color = seriesColor(theme, colorOf(line, manyCategories));

				return {
					label: lineLabel(line, manyCategories),
					data: line.points,
					parsing: false,
					normalized: true,
					stepped: 'before',
					spanGaps: true,
					borderColor: color,
					backgroundColor: color,
					borderWidth: 2,
					borderDash: [...cueOf(line.style).dash],
					pointStyle: cueOf(line.style).marker,
					pointRadius: markers ? 5 : 0,
					pointHoverRadius: 7,
					pointHitRadius: 8
				};
			})
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			color: theme.text,
			layout: {
				padding: (ctx) => ({
					top: eventRows * rowHeight(ctx.chart.width) + 4,
					[rtl ? 'left' : 'right']: 8
				})
			},
			interaction: { mode: 'nearest', intersect: false, axis: 'xy' },
			scales: {
				x: {
					type: 'time',
					min: range?.min,
					max: range?.max,
					time: { minUnit: 'day' },
					// Time runs right to left in Arabic; month names in the page's language, short
					// (the adapter's formats) and level, so that they neither rotate nor clip.
					reverse: rtl,
					adapters: { date: { locale: theme.locale } },
					ticks: { color: theme.muted, font: font(theme, 12), maxRotation: 0, autoSkipPadding: 12 },
					grid: { color: withAlpha(theme.grid, 0.5) },
					border: { color: theme.grid }
				},
				y: {
					type: 'linear',
					position: rtl ? 'right' : 'left',
					beginAtZero: true,
					suggestedMax: top * 1.08,
					ticks: {
						color: theme.muted,
						font: font(theme, 12),
						callback: (value) => formatTick(theme, Number(value))
					},
					grid: { color: withAlpha(theme.grid, 0.5) },
					border: { color: theme.grid },
					title: {
						display: true,
						text: m.timeline_axis(),
						color: theme.muted,
						font: font(theme, 12)
					}
				}
			},
			plugins: {
				tooltip: {
					...textDirection(theme),
					titleFont: font(theme, 13, 'bold'),
					bodyFont: font(theme, 12),
					callbacks: {
						title: (items: TooltipItem<'line'>[]) =>
							tooltipDate((items[0]?.raw as TimelinePoint | undefined)?.date, theme),
						label: (item: TooltipItem<'line'>) => {
							const point = item.raw as TimelinePoint;
							const who = lines[item.datasetIndex]?.categoryLabel ?? '';
							return point.open
								? m.timeline_tooltip_open({ who, figure: point.figure, spoken: point.spoken })
								: m.timeline_tooltip_figure({ who, figure: point.figure });
						},
						afterLabel: (item: TooltipItem<'line'>) =>
							tooltipLines(lines[item.datasetIndex], item.raw as TimelinePoint)
					}
				},
				marks: { clip: false, marks: marksOf(input, theme, range) }
			}
		}
	};
}
