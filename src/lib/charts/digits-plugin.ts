/**
 * The reader's digits in every number a chart draws: its ticks, bar and estimate labels, event
 * numbers and tooltips, on screen and in the PNG and SVG copies. Applied at the drawing edge:
 * the chart's 2D context writes each text through arabicIndic when the chart's locale asks for
 * Arabic-Indic digits (`--locale: ar-u-nu-arab`, set by the `digits-arab` class: src/lib/digits.ts),
 * so the text builders (one figure format for the page, the CSV and the chart) stay as they are.
 */
import type { Plugin } from 'chart.js';
import { arabicIndic } from '$lib/digits';

/** Whether a chart locale asks for Arabic-Indic digits. */
export const wantsArabicDigits = (locale: string): boolean => /-u-(?:.*-)?nu-arab\b/.test(locale);

const PATCHED = Symbol('handover-monitor.digits');

type Context = CanvasRenderingContext2D & { [PATCHED]?: true };

/**
 * The plugin: once per context, wraps its fillText (and strokeText) so that each text is
 * reshaped while `arabic()` is true (read at every draw: the reader may switch).
 * @example new Chart(canvas, { ...config, plugins: [...(config.plugins ?? []), drawnDigits(() => true)] })
 */
export function drawnDigits(arabic: () => boolean): Plugin {
	return {
		id: 'handoverDigits',
		beforeDraw(chart) {
			const ctx = chart.ctx as Context | null;
			if (!ctx || ctx[PATCHED]) return;
			ctx[PATCHED] = true;
			for (const name of ['fillText', 'strokeText'] as const) {
				const original = ctx[name];
				if (typeof original !== 'function') continue;
				ctx[name] = function (this: Context, text: string, ...rest: [number, number, number?]) {
					const shaped = arabic() ? arabicIndic(String(text)) : text;
					return original.call(this, shaped, ...(rest as [number, number]));
				} as Context[typeof name];
			}
		}
	};
}
