import { describe, expect, test } from 'vitest';
import { PALETTE_SIZE } from './cues';
import {
	DARK_THEME,
	LIGHT_THEME,
	luminance,
	PALETTE_DARK,
	PALETTE_LIGHT,
	seriesColor,
	themeFromProperties,
	withAlpha
} from './theme';

describe('luminance', () => {
	test.each<[string, number | null]>([
		['#ffffff', 1],
		['#000000', 0],
		['rgb(255, 255, 255)', 1],
		['rgba(0, 0, 0, 0.5)', 0],
		['  #121416 ', luminance('#121416')],
		['transparent', null],
		['', null]
	])('%s', (color, expected) => {
		const value = luminance(color);
		if (expected === null) expect(value).toBeNull();
		else expect(value).toBeCloseTo(expected, 5);
	});
});

describe('themeFromProperties', () => {
	const props = (values: Record<string, string>) => (name: string) => values[name] ?? '';

	test('the light scheme of app.css', () => {
		const theme = themeFromProperties(
			props({ '--bg': '#ffffff', '--text': '#1a1a1a', '--bar': '#0072b2', '--mark': '#d55e00' })
		);
		expect(theme.dark).toBe(false);
		expect(theme.palette).toEqual(PALETTE_LIGHT);
		expect(theme.text).toBe('#1a1a1a');
	});

	test('the dark scheme, told by the background; the series colours from --series-N', () => {
		const theme = themeFromProperties(
			props({ '--bg': ' #121416', '--bar': '#56b4e9', '--series-0': '#123456' })
		);
		expect(theme.dark).toBe(true);
		expect(theme.bar).toBe('#56b4e9');
		expect(theme.text).toBe(DARK_THEME.text);
		expect(theme.palette).toEqual(['#123456', ...PALETTE_DARK.slice(1)]);
	});

	test('nothing set: the light defaults', () => {
		expect(themeFromProperties(() => '')).toEqual(LIGHT_THEME);
	});
});

test.each([
	['#0072b2', 0.3, 'rgba(0, 114, 178, 0.3)'],
	['rgb(1, 2, 3)', 0.5, 'rgb(1, 2, 3)']
])('withAlpha(%s, %f)', (color, alpha, expected) => {
	expect(withAlpha(color, alpha)).toBe(expected);
});

test('the palettes have the colours ChartFigure.svelte sets as --series-N', () => {
	expect(PALETTE_LIGHT).toHaveLength(PALETTE_SIZE);
	expect(PALETTE_DARK).toHaveLength(PALETTE_SIZE);
});

test('seriesColor cycles through the palette', () => {
	expect(seriesColor(LIGHT_THEME, 0)).toBe('#0072b2');
	expect(seriesColor(LIGHT_THEME, PALETTE_LIGHT.length)).toBe('#0072b2');
});
