/**
 * The second cue of a timeline's source, beside colour: its line's dash and its points' marker,
 * by the source's position in sources.csv. Shared by the chart builder and the HTML key under
 * the chart, so that both draw the same.
 */

/** How many series colours the palette has: `--series-0` to `--series-6` (theme.ts). */
export const PALETTE_SIZE = 7;

/** Canvas and SVG dash patterns, in pixels: solid, dashed, dotted, dash-dot, short, sparse. */
export const DASHES: readonly (readonly number[])[] = [
	[],
	[8, 4],
	[2, 3],
	[12, 4, 2, 4],
	[4, 4],
	[1, 6]
];

/** Chart.js point styles, one per source position. */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

export type Marker = (typeof POINT_STYLES)[number];

/** The dash and marker of source position `style` (cycling). */
export function cueOf(style: number): { dash: readonly number[]; marker: Marker } {
	return {
		dash: DASHES[style % DASHES.length]!,
		marker: POINT_STYLES[style % POINT_STYLES.length]!
	};
}

/**
 * The palette position of a line: its category's when several categories share the chart (the
 * source then shows by dash and marker), its source's when the chart shows one category.
 */
export function colorOf(line: { color: number; style: number }, manyCategories: boolean): number {
	return manyCategories ? line.color : line.style;
}
