import { describe, expect, test } from 'vitest';
import {
	EXPORT_SIZES,
	keyAnchors,
	layoutFrame,
	measureOn,
	MIN_FONT_PX,
	pictureLayout,
	wrap
} from './frame';
import { withFontsScaled } from './render';

// Every character 7 pixels wide, whatever the font.
const measure = (text: string) => text.length * 7;

test.each([
	['fits', 'Source: a, b', 100, ['Source: a, b']],
	['wraps at spaces', 'one two three four', 70, ['one two', 'three four']],
	['keeps a long word whole', 'supercalifragilistic x', 50, ['supercalifragilistic', 'x']],
	['empty', '', 50, []]
])('wrap: %s', (_name, text, width, lines) => {
	expect(wrap(text, width, measure)).toEqual(lines);
});

test('the frame: title and subtitle above the chart, source and credit below, all inside', () => {
	const layout = layoutFrame(
		{
			title: 'Share of the estimate',
			subtitle: 'Karabakh, as of 2023-09-22',
			source: 'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan',
			credit: 'Handover monitor: http://localhost/karabakh-2023/'
		},
		400,
		300,
		'sans-serif',
		measure
	);
	expect(layout.width).toBe(432);
	const [title, subtitle, ...below] = layout.lines;
	expect(title!.font).toBe('bold 18px sans-serif');
	expect(subtitle!.y).toBeLessThan(layout.chartTop);
	// 57 characters fit in 400 pixels: the 82-character source line takes two.
	expect(below.map((l) => l.text)).toEqual([
		'Source: Russian Ministry of Defence, 2023-09-22;',
		'estimate: Government of Azerbaijan',
		'Handover monitor: http://localhost/karabakh-2023/'
	]);
	for (const line of below) expect(line.y).toBeGreaterThan(layout.chartTop + 300);
	expect(layout.height).toBeGreaterThan(below.at(-1)!.y);
});

test('the key: under the chart, entries side by side, onto a new row when the width is used up', () => {
	const entry = (label: string) => ({ label, color: '#0072b2', dash: [], bar: false });
	const layout = layoutFrame(
		{
			title: 'All categories',
			subtitle: 'as of 2023-09-22',
			source: 'Source: Russian Ministry of Defence',
			credit: 'Handover monitor',
			key: [entry('Armoured vehicles'), entry('Firearms'), entry('Ammunition')]
		},
		300,
		200,
		'sans-serif',
		measure
	);
	// 18 + 6 + 17 × 7 = 143, then 16 apart: Firearms (18 + 6 + 56 = 80) fits beside it at 159
	// (ends at 239 of 300); Ammunition (94) does not (from 255), so it opens a second row.
	expect(layout.key.map(({ label, x, y }) => [label, x, y])).toEqual([
		['Armoured vehicles', 16, layout.chartTop + 200 + 10 + 14],
		['Firearms', 16 + 159, layout.chartTop + 200 + 10 + 14],
		['Ammunition', 16, layout.chartTop + 200 + 10 + 14 + 18]
	]);
	const [source] = layout.lines.filter((l) => l.text.startsWith('Source'));
	expect(source!.y).toBeGreaterThan(layout.key.at(-1)!.y);
});

test.each([
	[false, { swatch: 40, text: 64 }],
	[true, { swatch: 342, text: 336 }]
])('keyAnchors, right to left %s: the swatch and the text mirror', (rtl, expected) => {
	const item = {
		label: 'Firearms',
		color: '#000',
		dash: [],
		bar: false,
		x: 40,
		y: 10,
		font: '12px x'
	};
	expect(keyAnchors(item, 400, rtl)).toEqual(expected);
});

describe('measureOn', () => {
	test('sets the font on the context before each measure', () => {
		const fonts: string[] = [];
		const ctx = {
			font: '',
			measureText(text: string) {
				fonts.push(this.font);
				return { width: text.length * (this.font.startsWith('bold') ? 8 : 6) } as TextMetrics;
			}
		};
		const measure = measureOn(ctx);
		expect(measure('800+', 'bold 16px sans-serif')).toBe(32);
		expect(measure('≈5,000', '12px sans-serif')).toBe(36);
		expect(fonts).toEqual(['bold 16px sans-serif', '12px sans-serif']);
	});
});

describe('a picture at a fixed size', () => {
	const text = {
		title: 'Share of each estimate handed over',
		subtitle: 'Karabakh, as of 2023-09-22',
		source: 'Source: Russian Ministry of Defence, 2023-09-22',
		notes: ['Measured against: Armenian fighters in Karabakh ≈10,000 (Government of Azerbaijan)'],
		credit: 'Handover monitor: http://localhost/karabakh-2023/'
	};
	const px = (font: string) => Number(/(\d+)px/.exec(font)![1]);
	test.each([
		['article', 640],
		['wide', 1200],
		['square', 1080]
	] as const)('%s: %i wide, its type at least 12 px', (size, width) => {
		const { chart, layout } = pictureLayout(text, size, 'sans-serif', measure);
		expect(layout.width).toBe(width);
		expect(chart.width).toBe(width - 2 * layout.pad);
		if (size === 'square') expect(layout.height).toBe(1080);
		else expect(chart.height).toBe(EXPORT_SIZES[size].chartHeight);
		for (const line of layout.lines) expect(px(line.font)).toBeGreaterThanOrEqual(MIN_FONT_PX);
		expect(layout.lines.map((l) => l.text).join(' ')).toContain('≈10,000');
	});

	test("the chart copy's fonts: scaled, at least 12 px, the page's config untouched", () => {
		const options = {
			scales: { x: { ticks: { font: { size: 11, family: 'a' } } } },
			n: [{ font: { size: 13 } }]
		};
		expect(withFontsScaled(options, 1)).toEqual({
			scales: { x: { ticks: { font: { size: 12, family: 'a' } } } },
			n: [{ font: { size: 13 } }]
		});
		expect(withFontsScaled(options, 1.6).n[0]!.font.size).toBe(21);
		expect(options.scales.x.ticks.font.size).toBe(11);
	});
});
