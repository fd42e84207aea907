import { expect, test } from 'vitest';
import { layoutFrame, wrap } from './frame';

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
