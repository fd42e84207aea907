import { describe, expect, test } from 'vitest';
import { progressChartOf, seedModel } from '$lib/testing/chart-fixtures';
import { selectTimeline, timelineSeries, timelineView } from '$lib/view/timeline';
import { withPoints } from '$lib/view/timeline-points';
import { progressChart } from './progress';
import {
	formatTick,
	LIGHT_THEME,
	textDirection,
	themeFromProperties,
	type ChartTheme
} from './theme';
import { timelineChart, tooltipDate } from './timeline';

/** The charts right to left (issue 6): the Arabic pages' theme. */
const ARABIC: ChartTheme = { ...LIGHT_THEME, direction: 'rtl', locale: 'ar-u-nu-latn' };
const ARABIC_INDIC: ChartTheme = { ...ARABIC, locale: 'ar-u-nu-arab' };

function timeline(theme: ChartTheme) {
	const model = seedModel();
	const selection = selectTimeline(timelineView(model), null);
	return timelineChart(withPoints(selection, timelineSeries(model)), theme);
}

describe('the theme of a page', () => {
	test('reads the direction and locale app.css sets', () => {
		const props: Record<string, string> = { '--direction': 'rtl', '--locale': 'ar-u-nu-arab' };
		const theme = themeFromProperties((name) => props[name] ?? '');
		expect(theme.direction).toBe('rtl');
		expect(theme.locale).toBe('ar-u-nu-arab');
		expect(themeFromProperties(() => '')).toMatchObject({ direction: 'ltr', locale: 'en' });
	});

	test.each([
		[LIGHT_THEME, 5000, '5,000'],
		[ARABIC, 5000, '5,000'],
		[ARABIC_INDIC, 5000, '٥٬٠٠٠'],
		[ARABIC_INDIC, 100, '١٠٠']
	] as const)('a tick of %# reads %s', (theme, n, expected) => {
		expect(formatTick(theme, n)).toBe(expected);
	});

	test('the tooltip reads right to left only in RTL', () => {
		expect(textDirection(ARABIC)).toEqual({ rtl: true, textDirection: 'rtl' });
		expect(textDirection(LIGHT_THEME)).toEqual({ rtl: false, textDirection: 'ltr' });
	});
});

describe('the progress chart, right to left', () => {
	const view = progressChartOf(seedModel());
	const ltr = progressChart(view, LIGHT_THEME).options!;
	const rtl = progressChart(view, ARABIC).options!;

	test('reverses the value axis and puts the categories on the right', () => {
		expect(ltr.scales!['x']!.reverse).toBe(false);
		expect(rtl.scales!['x']!.reverse).toBe(true);
		expect(ltr.scales!['y']!.position).toBe('left');
		expect(rtl.scales!['y']!.position).toBe('right');
	});

	test('has a right-to-left tooltip', () => {
		expect(rtl.plugins!.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(ltr.plugins!.tooltip).toMatchObject({ rtl: false, textDirection: 'ltr' });
	});

	test('writes the percent ticks in the chosen digits', () => {
		const ticks = (theme: ChartTheme) => progressChart(view, theme).options!.scales!['x']!.ticks!;
		const call = (theme: ChartTheme, value: number) =>
			(ticks(theme).callback as (v: number) => string)(value);
		expect(call(ARABIC, 100)).toBe('100%');
		expect(call(ARABIC_INDIC, 100)).toBe('١٠٠%');
	});
});

describe('the timeline chart, right to left', () => {
	const ltr = timeline(LIGHT_THEME).options!;
	const rtl = timeline(ARABIC).options!;

	test('still runs in time order, from the right, with the values on the right', () => {
		expect(rtl.scales!['x']).toMatchObject({ type: 'time', reverse: true });
		expect(ltr.scales!['x']).toMatchObject({ type: 'time', reverse: false });
		expect(rtl.scales!['y']!.position).toBe('right');
		expect(ltr.scales!['y']!.position).toBe('left');
	});

	test('names the months in Arabic, short and level', () => {
		const x = rtl.scales!['x'] as {
			adapters: { date: { locale: string } };
			ticks: { maxRotation: number };
		};
		expect(x.adapters.date.locale).toBe('ar-u-nu-latn');
		expect(x.ticks.maxRotation).toBe(0);
		expect(rtl.plugins!.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
	});

	test.each([
		[LIGHT_THEME, '2023-09-22', '2023-09-22'],
		[ARABIC, '2023-09-22', '22 سبتمبر 2023'],
		[ARABIC_INDIC, '2023-09-22', '٢٢ سبتمبر ٢٠٢٣']
	] as const)('the tooltip dates %s as %s', (theme, date, expected) => {
		expect(tooltipDate(date, theme)).toBe(expected);
	});
});
