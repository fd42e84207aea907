/**
 * Draws a throwaway copy of a chart for export (loaded on click, with Chart.js already on the
 * page): the same configuration, in a theme, with no animation, no events and no resizing, on
 * Chart.js's BasicPlatform, so that it draws at once, synchronously, and never blank.
 */
import { BasicPlatform, type Chart, type ChartConfiguration } from 'chart.js';
import { CHART_INSTANCE, CHART_SOURCE, type ChartSource } from '$lib/charts/chart.svelte';
import { themeFromProperties, withAlpha, type ChartTheme } from '$lib/charts/theme';
import {
	EXPORT_SIZES,
	measureOn,
	MIN_FONT_PX,
	pictureLayout,
	typeScale,
	type ExportSize,
	type FrameLayout,
	type FrameText,
	type KeyItem
} from './frame';

export type ChartCanvas = HTMLCanvasElement & {
	[CHART_INSTANCE]?: Chart;
	[CHART_SOURCE]?: ChartSource;
};

/** The chart's theme as the page shows it (the custom properties that apply to the canvas). */
export function themeOf(canvas: Element): ChartTheme {
	const style = getComputedStyle(canvas);
	return themeFromProperties((name) => style.getPropertyValue(name));
}

/** What draws the chart on `canvas`; throws while the chart has not been drawn yet. */
export function sourceOf(canvas: ChartCanvas): ChartSource {
	const source = canvas[CHART_SOURCE];
	if (!source) throw new Error('The chart is not drawn yet: try again once it shows.');
	return source;
}

/**
 * `value` copied with every `font: { size }` in it `scale` times larger and at least
 * MIN_FONT_PX (the chart's ticks, labels and marks, sized for the picture rather than the
 * page). Plain objects and arrays are copied; anything else (a function, a Date) is kept.
 * @example withFontsScaled({ ticks: { font: { size: 11 } } }, 1) // { ticks: { font: { size: 12 } } }
 */
export function withFontsScaled<T>(value: T, scale: number): T {
	const copy = (item: unknown, key: string): unknown => {
		if (Array.isArray(item)) return item.map((x) => copy(x, key));
		if (
			item === null ||
			typeof item !== 'object' ||
			Object.getPrototypeOf(item) !== Object.prototype
		)
			return item;
		const out: Record<string, unknown> = {};
		for (const [name, inner] of Object.entries(item)) out[name] = copy(inner, name);
		if (key === 'font' && typeof out.size === 'number') {
			out.size = Math.max(MIN_FONT_PX, Math.round(out.size * scale));
		}
		return out;
	};
	return copy(value, '') as T;
}

/**
 * The configuration of a copy at `ratio` device pixels per CSS pixel, its type `scale` times
 * the page's and never under MIN_FONT_PX.
 */
export function copyConfig(
	canvas: ChartCanvas,
	theme: ChartTheme,
	ratio: number,
	scale = 1
): ChartConfiguration {
	const config = sourceOf(canvas).config(theme);
	const live = canvas[CHART_INSTANCE];
	return {
		...config,
		// A series hidden on the page is hidden in the copy.
		data: {
			...config.data,
			datasets: config.data.datasets.map((d, i) => ({
				...d,
				hidden: live ? !live.isDatasetVisible(i) : d.hidden
			}))
		},
		platform: BasicPlatform,
		options: {
			...withFontsScaled(config.options, scale),
			animation: false,
			responsive: false,
			maintainAspectRatio: false,
			devicePixelRatio: ratio,
			events: [],
			plugins: { ...withFontsScaled(config.options?.plugins, scale), tooltip: { enabled: false } }
		}
	} as ChartConfiguration;
}

/**
 * The chart's key for a picture (on the page it is HTML under the chart, SeriesKey): each
 * shown series with its name, its line's colour (or its bar's) and its dash. Drawn by the
 * frame rather than by Chart.js's legend, which would add its code to every chart page's
 * Chart.js chunk (one ES module: any part imported anywhere lands in that chunk).
 */
export function keyOf(config: ChartConfiguration, theme: ChartTheme): KeyItem[] {
	const color = (value: unknown) => (typeof value === 'string' ? value : null);
	return config.data.datasets
		.filter((d) => !d.hidden && typeof d.label === 'string' && d.label !== '')
		.map((d) => {
			const line = d as { borderColor?: unknown; borderWidth?: unknown; borderDash?: unknown };
			const stroked = typeof line.borderWidth !== 'number' || line.borderWidth > 0;
			const stroke = stroked ? color(line.borderColor) : null;
			return {
				label: d.label!,
				// A scriptable fill (the fading "possible" bar) shows as the faint colour it starts at.
				color:
					typeof d.backgroundColor === 'function'
						? withAlpha(stroke ?? theme.bar, 0.35)
						: ((config.type === 'bar' ? color(d.backgroundColor) : stroke) ??
							color(d.backgroundColor) ??
							theme.text),
				dash: Array.isArray(line.borderDash) ? (line.borderDash as number[]) : [],
				bar: config.type === 'bar'
			};
		});
}

/**
 * A copy drawn on `target` (a canvas, or svgcanvas's context standing in for one). Take what it
 * drew before destroying it: destroying clears the target.
 */
export function drawCopy(canvas: ChartCanvas, target: unknown, config: ChartConfiguration): Chart {
	const { Chart } = sourceOf(canvas);
	return new Chart(target as HTMLCanvasElement, config);
}

/**
 * A picture of `size` (the PNG's and the SVG's): the copy's configuration at `ratio`, its type
 * scaled for the width, and the chart's box with the frame around it, text measured on `ctx`.
 */
export function sizedPicture(
	canvas: ChartCanvas,
	theme: ChartTheme,
	text: FrameText,
	size: ExportSize,
	ratio: number,
	ctx: Pick<CanvasRenderingContext2D, 'font' | 'measureText'>
): { config: ChartConfiguration; chart: { width: number; height: number }; layout: FrameLayout } {
	const config = copyConfig(canvas, theme, ratio, typeScale(EXPORT_SIZES[size].width));
	const framed = { ...text, key: keyOf(config, theme) };
	return { config, ...pictureLayout(framed, size, theme.font, measureOn(ctx)) };
}
