/**
 * Draws a throwaway copy of a chart for export (loaded on click, with Chart.js already on the
 * page): the same configuration, in a theme, with no animation, no events and no resizing, on
 * Chart.js's BasicPlatform, so that it draws at once, synchronously, and never blank.
 */
import { BasicPlatform, Legend, type Chart, type ChartConfiguration } from 'chart.js';
import { CHART_INSTANCE, CHART_SOURCE, type ChartSource } from '$lib/charts/chart.svelte';
import { textDirection, themeFromProperties, type ChartTheme } from '$lib/charts/theme';

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
		// On the page the key is HTML under the chart (SeriesKey); a picture taken out of the page
		// needs its own, drawn by Chart.js's legend for this copy only (an inline plugin: the live
		// charts stay without one).
		plugins: [...(config.plugins ?? []), Legend],
		options: {
			...config.options,
			animation: false,
			responsive: false,
			maintainAspectRatio: false,
			devicePixelRatio: ratio,
			events: [],
			plugins: {
				...config.options?.plugins,
				tooltip: { enabled: false },
				legend: {
					display: true,
					position: 'bottom',
					...textDirection(theme),
					labels: {
						color: theme.text,
						font: { family: theme.font, size: 12 },
						usePointStyle: true,
						boxHeight: 8,
						padding: 12
					}
				}
			}
		}
	} as ChartConfiguration;
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
