/**
 * Draws a throwaway copy of a chart for export (loaded on click, with Chart.js already on the
 * page): the same configuration, in a theme, with no animation, no events and no resizing, on
 * Chart.js's BasicPlatform, so that it draws at once, synchronously, and never blank.
 */
import { BasicPlatform, type Chart, type ChartConfiguration } from 'chart.js';
import { CHART_INSTANCE, CHART_SOURCE, type ChartSource } from '$lib/charts/chart.svelte';
import { themeFromProperties, withAlpha, type ChartTheme } from '$lib/charts/theme';
import type { KeyItem } from './frame';

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

/** The configuration of a copy at `ratio` device pixels per CSS pixel. */
export function copyConfig(
	canvas: ChartCanvas,
	theme: ChartTheme,
	ratio: number
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
			...config.options,
			animation: false,
			responsive: false,
			maintainAspectRatio: false,
			devicePixelRatio: ratio,
			events: [],
			plugins: { ...config.options?.plugins, tooltip: { enabled: false } }
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

/** The chart's size on the page, in CSS pixels. */
export function cssSize(canvas: HTMLCanvasElement): { width: number; height: number } {
	const box = canvas.getBoundingClientRect();
	return { width: Math.round(box.width) || 640, height: Math.round(box.height) || 360 };
}

/**
 * A copy drawn on `target` (a canvas, or svgcanvas's context standing in for one). Take what it
 * drew before destroying it: destroying clears the target.
 */
export function drawCopy(canvas: ChartCanvas, target: unknown, config: ChartConfiguration): Chart {
	const { Chart } = sourceOf(canvas);
	return new Chart(target as HTMLCanvasElement, config);
}
