/**
 * The one Chart.js binding of the site: an attachment for `{@attach chart(load, () => input)}`
 * on a <canvas>. It loads the chart's entry (Chart.js with what that chart type needs
 * registered, and its builder: progress-entry.ts, timeline-entry.ts) with a dynamic import (so
 * the prerendered page reads, and hydrates, before any chart code arrives, and a page loads
 * only the chart types it draws), creates the chart once, updates it in place when the input or
 * the colour scheme changes, and destroys it when the canvas goes. Chart.js never sees a
 * reactive proxy: the builder gets `$state.snapshot` of the input and returns a fresh, plain
 * configuration.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import { drawnDigits, wantsArabicDigits } from './digits-plugin';
import type { Attachment } from 'svelte/attachments';
import type { ChartTheme } from './theme';

/** A pure function from plain data and a theme to a chart configuration (progress.ts, timeline.ts). */
export type ChartBuilder<T> = (input: T, theme: ChartTheme) => ChartConfiguration;

/** Chart.js, registered for the chart's type, and the chart's builder. */
export interface LoadedChart<T> {
	Chart: typeof Chart;
	build: ChartBuilder<T>;
}

/**
 * Loads a chart's entry:
 * `() => import('$lib/charts/progress-entry').then((c) => ({ Chart: c.Chart, build: c.progressChart }))`.
 */
export type BuilderLoader<T> = () => Promise<LoadedChart<T>>;

/**
 * Where the chart instance hangs on its canvas once drawn, with `data-chart="ready"` on the
 * canvas: the end-to-end tests read it to find a point and check its tooltip. A symbol from the
 * global registry, so that it stays out of the way of anything else.
 */
export const CHART_INSTANCE = Symbol.for('handover-monitor.chart');

/**
 * Where the exports (src/lib/export) find what draws the chart, beside the instance: Chart.js and
 * the configuration of the current data in a given theme (the current one by default), so that
 * they can draw a throwaway copy (a PNG at another pixel ratio, an SVG).
 */
export const CHART_SOURCE = Symbol.for('handover-monitor.chart-source');

export interface ChartSource {
	Chart: typeof Chart;
	config: (theme?: ChartTheme) => ChartConfiguration;
}

type ChartCanvas = HTMLCanvasElement & { [CHART_INSTANCE]?: Chart; [CHART_SOURCE]?: ChartSource };

/** Loads the theme reader: nothing of it is in a page's first JS. */
async function loadTheme() {
	const { themeFromProperties } = await import('./theme');
	/** The theme from the custom properties that apply to `element` (app.css, ChartFigure). */
	return (element: Element): ChartTheme => {
		const style = getComputedStyle(element);
		return themeFromProperties((name) => style.getPropertyValue(name));
	};
}

/** `config` with the plugin that draws its numbers in the digits of `theme()`'s locale. */
function withDigits(config: ChartConfiguration, theme: () => ChartTheme): ChartConfiguration {
	const digits = drawnDigits(() => wantsArabicDigits(theme().locale));
	return { ...config, plugins: [...(config.plugins ?? []), digits] } as ChartConfiguration;
}

/**
 * The attachment. `input` is read in an effect, so that a change updates the chart in place
 * (`chart.update('none')`) rather than making a new one; `load` is called once.
 * @example <canvas {@attach chart(loadProgressChart, () => view)}></canvas>
 */
export function chart<T>(load: BuilderLoader<T>, input: () => T): Attachment<HTMLCanvasElement> {
	return (canvas: ChartCanvas) => {
		let data: T | null = null;
		let loaded: LoadedChart<T> | null = null;
		let readTheme: ((element: Element) => ChartTheme) | null = null;
		let theme: ChartTheme | null = null;
		let instance: Chart | null = null;
		let destroyed = false;

		const draw = (rethemed: boolean) => {
			if (destroyed || !loaded || !readTheme || data === null) return;
			const next = readTheme(canvas);
			// A mutation that left the colours as they were redraws nothing.
			if (rethemed && theme && JSON.stringify(next) === JSON.stringify(theme)) return;
			theme = next;
			const config = loaded.build(data, theme);
			if (!instance) {
				// The reader's digits in what the chart draws, read at each draw (digits-plugin.ts).
				instance = new loaded.Chart(
					canvas,
					withDigits(config, () => theme!)
				);
				canvas[CHART_INSTANCE] = instance;
				const { Chart, build } = loaded;
				canvas[CHART_SOURCE] = {
					Chart,
					config: (t) => {
						const used = t ?? theme!;
						return withDigits(build(data!, used), () => used);
					}
				};
				canvas.dataset.chart = 'ready';
				return;
			}
			instance.data = config.data;
			instance.options = config.options ?? {};
			instance.update('none');
		};

		// The scheme changes with the system setting, or with the theme toggle's data-theme.
		const retheme = () => draw(true);
		const observer = new MutationObserver(retheme);
		observer.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme', 'class', 'style']
		});
		const media = matchMedia('(prefers-color-scheme: dark)');
		media.addEventListener('change', retheme);

		$effect(() => {
			data = $state.snapshot(input()) as T;
			draw(false);
		});

		Promise.all([loadTheme(), load()])
			.then(([reader, chart]) => {
				readTheme = reader;
				loaded = chart;
				draw(false);
			})
			.catch((error: unknown) => {
				// The figure's sentence and table still carry the data; say why the picture is missing.
				console.warn('The chart could not be drawn:', error);
			});

		return () => {
			destroyed = true;
			observer.disconnect();
			media.removeEventListener('change', retheme);
			instance?.destroy();
			instance = null;
			delete canvas[CHART_INSTANCE];
			delete canvas[CHART_SOURCE];
			delete canvas.dataset.chart;
		};
	};
}
