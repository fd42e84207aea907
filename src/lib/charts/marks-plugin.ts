/**
 * The marks on the charts, drawn by a small Chart.js plugin of our own (in place of
 * chartjs-plugin-annotation, 12 KB gzip of which the charts used two shapes): straight lines
 * between values of the `x` and `y` scales (a value left out is the edge of the plot, so a line
 * with only `yMin`/`yMax` crosses the plot) with an optional label box, and shaded boxes. The
 * builders put them, as plain data, in `options.plugins.marks`; label content, display and lift
 * may be functions of the chart, for what depends on its size.
 *
 * The geometry is the annotation plugin's, so the charts look as they did: a label sits on its
 * line at the `start` or `end` (a line with `yMin` runs from `yMin` to `yMax`; with none, from
 * the bottom of the plot to its top; with no `xMin`, from the left to the right), moved along
 * the line and kept inside the plot just enough to fit, then lifted by `yAdjust`. Labels are
 * bold unless a weight is given, in boxes with rounded corners.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';

/** What a scriptable option gets: the chart being drawn. */
export interface MarkContext {
	chart: Chart;
}

type Scriptable<T> = T | ((context: MarkContext) => T);

/** When a mark is drawn: under the datasets, or over them (under the tooltip either way). */
export type MarkDrawTime = 'beforeDatasetsDraw' | 'afterDatasetsDraw';

export interface MarkFont {
	family: string;
	size: number;
	/** Bold when left out. */
	weight?: 'bold' | 'normal';
}

export interface MarkLabel {
	display?: Scriptable<boolean>;
	/** One line, or several. */
	content: Scriptable<string | string[]>;
	position: 'start' | 'end';
	/** Pixels to move the label down (negative: up), after it has been placed. */
	yAdjust?: Scriptable<number>;
	color: string;
	backgroundColor: string;
	borderColor?: string;
	borderWidth?: number;
	font: MarkFont;
	padding: number;
}

export interface LineMark {
	type: 'line';
	xMin?: number;
	xMax?: number;
	yMin?: number;
	yMax?: number;
	borderColor: string;
	borderWidth: number;
	borderDash: number[];
	/** Over the datasets when left out. */
	drawTime?: MarkDrawTime;
	label?: MarkLabel;
}

export interface BoxMark {
	type: 'box';
	xMin: number;
	xMax: number;
	yMin: number;
	yMax: number;
	backgroundColor: string;
	/** Over the datasets when left out. */
	drawTime?: MarkDrawTime;
}

export type Mark = LineMark | BoxMark;

export interface MarksOptions {
	/** Whether marks and labels are cut at the edge of the plot (default true). */
	clip?: boolean;
	marks: Mark[];
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the augmented interface's own parameter
	interface PluginOptionsByType<TType extends ChartType> {
		marks?: MarksOptions;
	}
}

interface Area {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

interface Segment {
	x: number;
	y: number;
	x2: number;
	y2: number;
}

/** The annotation plugin's label defaults that the charts kept. */
const LABEL_RADIUS = 6;
const LINE_HEIGHT = 1.2;
/** A label is moved at most this far along its line to fit in the plot. */
const MAX_SHIFT = 0.25;

const resolve = <T>(value: Scriptable<T>, context: MarkContext): T =>
	typeof value === 'function' ? (value as (c: MarkContext) => T)(context) : value;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** The pixel of `value` on the chart's `axis` scale, or `fallback` with no value (or scale). */
function pixel(chart: Chart, axis: 'x' | 'y', value: number | undefined, fallback: number) {
	const scale = chart.scales[axis];
	return value === undefined || !scale ? fallback : scale.getPixelForValue(value);
}

/** A line's ends in pixels; null when it misses the plot. */
function segmentOf(chart: Chart, mark: LineMark, area: Area): Segment | null {
	const x = pixel(chart, 'x', mark.xMin, area.left);
	const x2 = pixel(chart, 'x', mark.xMax, area.right);
	const y = pixel(chart, 'y', mark.yMin, area.bottom);
	const y2 = pixel(chart, 'y', mark.yMax, area.top);
	const outside =
		Math.max(x, x2) < area.left ||
		Math.min(x, x2) > area.right ||
		Math.max(y, y2) < area.top ||
		Math.min(y, y2) > area.bottom;
	if (outside || [x, x2, y, y2].some((v) => !Number.isFinite(v))) return null;
	return {
		x: clamp(x, area.left, area.right),
		x2: clamp(x2, area.left, area.right),
		y: clamp(y, area.top, area.bottom),
		y2: clamp(y2, area.top, area.bottom)
	};
}

const fontString = (font: MarkFont) => `${font.weight ?? 'bold'} ${font.size}px ${font.family}`;

/**
 * Where a label's box goes: its centre, from the line, the box's size and the plot (the
 * annotation plugin's placement, for labels that are not rotated).
 */
export function labelCenter(
	line: Segment,
	size: { width: number; height: number },
	label: { position: 'start' | 'end'; padding: number; yAdjust: number },
	area: Area
): { x: number; y: number } {
	const { x, y, x2, y2 } = line;
	const top = Math.min(y, y2) - area.top;
	const left = Math.min(x, x2) - area.left;
	const bottom = area.bottom - Math.max(y, y2);
	const right = area.right - Math.max(x, x2);
	const space = {
		x: Math.min(left, right),
		y: Math.min(top, bottom),
		dx: left <= right ? 1 : -1,
		dy: top <= bottom ? 1 : -1
	};
	// How far along the line (0 to MAX_SHIFT) the label must move from its end to fit in the plot.
	const shift = (w: number, h: number) => {
		const lineW = w * space.dx;
		const lineH = h * space.dy;
		const alongX = lineW > 0 ? (size.width / 2 + label.padding - space.x) / lineW : 0;
		const alongY = lineH > 0 ? (size.height / 2 + label.padding - space.y) / lineH : 0;
		return clamp(Math.max(alongX, alongY), 0, MAX_SHIFT);
	};
	const t = label.position === 'start' ? shift(x2 - x, y2 - y) : 1 - shift(x - x2, y - y2);
	const inside = (value: number, extent: number, min: number, max: number) => {
		if (extent > max - min) return (min + max) / 2;
		return clamp(value, min + label.padding + extent / 2, max - label.padding - extent / 2);
	};
	return {
		x: inside(x + t * (x2 - x), size.width, area.left, area.right),
		y: inside(y + t * (y2 - y), size.height, area.top, area.bottom) + label.yAdjust
	};
}

function drawLabel(
	ctx: CanvasRenderingContext2D,
	line: Segment,
	label: MarkLabel,
	context: MarkContext,
	area: Area
) {
	if (resolve(label.display ?? true, context) === false) return;
	const content = resolve(label.content, context);
	const lines = Array.isArray(content) ? content : [content];
	const lineHeight = label.font.size * LINE_HEIGHT;
	const border = label.borderWidth ?? 0;
	ctx.save();
	ctx.font = fontString(label.font);
	const textWidth = Math.max(0, ...lines.map((text) => ctx.measureText(text).width));
	const width = textWidth + 2 * label.padding + border;
	const height = lines.length * lineHeight + 2 * label.padding + border;
	const center = labelCenter(
		line,
		{ width, height },
		{
			position: label.position,
			padding: label.padding,
			yAdjust: resolve(label.yAdjust ?? 0, context)
		},
		area
	);
	const left = center.x - width / 2;
	const top = center.y - height / 2;
	ctx.beginPath();
	ctx.roundRect(left, top, width, height, Math.min(LABEL_RADIUS, width / 2, height / 2));
	ctx.fillStyle = label.backgroundColor;
	ctx.fill();
	if (border > 0) {
		ctx.setLineDash([]);
		ctx.lineWidth = border;
		ctx.strokeStyle = label.borderColor ?? label.color;
		ctx.stroke();
	}
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillStyle = label.color;
	const textTop = top + label.padding + border / 2;
	lines.forEach((text, i) =>
		ctx.fillText(text, center.x, textTop + lineHeight / 2 + i * lineHeight)
	);
	ctx.restore();
}

function drawLine(ctx: CanvasRenderingContext2D, mark: LineMark, line: Segment) {
	if (mark.borderWidth <= 0) return;
	ctx.save();
	ctx.lineCap = 'butt';
	ctx.setLineDash(mark.borderDash);
	ctx.lineWidth = mark.borderWidth;
	ctx.strokeStyle = mark.borderColor;
	ctx.beginPath();
	ctx.moveTo(line.x, line.y);
	ctx.lineTo(line.x2, line.y2);
	ctx.stroke();
	ctx.restore();
}

function drawBox(ctx: CanvasRenderingContext2D, chart: Chart, mark: BoxMark) {
	const x = pixel(chart, 'x', mark.xMin, NaN);
	const x2 = pixel(chart, 'x', mark.xMax, NaN);
	const y = pixel(chart, 'y', mark.yMin, NaN);
	const y2 = pixel(chart, 'y', mark.yMax, NaN);
	if (![x, x2, y, y2].every(Number.isFinite)) return;
	ctx.save();
	ctx.fillStyle = mark.backgroundColor;
	ctx.fillRect(Math.min(x, x2), Math.min(y, y2), Math.abs(x2 - x), Math.abs(y2 - y));
	ctx.restore();
}

/** Draws the marks of `options.plugins.marks` that belong to `drawTime`. */
export function drawMarks(chart: Chart, drawTime: MarkDrawTime): void {
	// The configuration as the builder gave it, not Chart.js's resolved copy: Chart.js would call
	// the marks' functions with its own context.
	const options = chart.config.options?.plugins?.marks as MarksOptions | undefined;
	const area = chart.chartArea;
	if (!options || !area) return;
	const marks = options.marks.filter((m) => (m.drawTime ?? 'afterDatasetsDraw') === drawTime);
	if (marks.length === 0) return;
	const ctx = chart.ctx;
	const context: MarkContext = { chart };
	ctx.save();
	if (options.clip !== false) {
		ctx.beginPath();
		ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
		ctx.clip();
	}
	for (const mark of marks) {
		if (mark.type === 'box') {
			drawBox(ctx, chart, mark);
			continue;
		}
		const line = segmentOf(chart, mark, area);
		if (!line) continue;
		drawLine(ctx, mark, line);
		if (mark.label) drawLabel(ctx, line, mark.label, context, area);
	}
	ctx.restore();
}

/** The plugin, registered with the chart types (progress-entry.ts, timeline-entry.ts). */
export const marksPlugin: Plugin = {
	id: 'marks',
	beforeDatasetsDraw: (chart) => drawMarks(chart, 'beforeDatasetsDraw'),
	afterDatasetsDraw: (chart) => drawMarks(chart, 'afterDatasetsDraw')
};
