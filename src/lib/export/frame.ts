/**
 * The frame around an exported picture, the same in the PNG and the SVG: the chart's title and
 * the dataset with its as-of date above the chart, the source line and the dashboard's credit
 * under it, each wrapped to the picture's width. Pure: the caller measures text.
 */

export interface FrameText {
	title: string;
	/** "Nagorno-Karabakh weapons handover, September 2023, as of 2023-09-22" */
	subtitle: string;
	/** "Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan" */
	source: string;
	/** "Handover monitor: https://…" */
	credit: string;
	/** The chart's key (on the page it is HTML under the chart): one entry per series. */
	key?: readonly KeyItem[];
}

/** One series of the key: its name, and the colour and dash of its line or bar. */
export interface KeyItem {
	label: string;
	color: string;
	dash: readonly number[];
	/** A bar's swatch is a block; a line's, a short stroke in its dash. */
	bar: boolean;
}

/** A key entry placed: its swatch runs from `x` for SWATCH pixels, its text after it. */
export interface PlacedKeyItem extends KeyItem {
	x: number;
	/** The text's alphabetic baseline; the swatch is drawn a little above it. */
	y: number;
	font: string;
}

/** A key swatch's length, and the space between it and its text. */
export const SWATCH = 18;
export const SWATCH_GAP = 6;

/**
 * Where a key entry's swatch starts and its text is anchored, in a picture `width` wide: right
 * to left, mirrored, the swatch on the right of its text (the PNG and the SVG draw the same).
 */
export function keyAnchors(
	item: PlacedKeyItem,
	width: number,
	rtl: boolean
): { swatch: number; text: number } {
	const swatch = rtl ? width - item.x - SWATCH : item.x;
	return { swatch, text: rtl ? swatch - SWATCH_GAP : swatch + SWATCH + SWATCH_GAP };
}
const KEY_SPACING = 16;

export interface FrameLine {
	text: string;
	/** A CSS font shorthand. */
	font: string;
	muted: boolean;
	/** The alphabetic baseline, in CSS pixels from the top of the picture. */
	y: number;
}

export interface FrameLayout {
	width: number;
	height: number;
	/** Padding on every side; the chart's left edge. */
	pad: number;
	/** Where the chart's top edge sits. */
	chartTop: number;
	lines: FrameLine[];
	/** The key, left to right (a right-to-left picture mirrors it). */
	key: PlacedKeyItem[];
}

const PAD = 16;
const GAP = 10;

/** Words into lines no wider than `width` (a word longer than that stands on its own line). */
export function wrap(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** `layoutFrame`'s `measure` on a 2D canvas context (the PNG's own, the SVG's scratch one). */
export function measureOn(
	ctx: Pick<CanvasRenderingContext2D, 'font' | 'measureText'>
): (text: string, font: string) => number {
	return (text, font) => {
		ctx.font = font;
		return ctx.measureText(text).width;
	};
}

/**
 * The frame around a chart of `chartWidth` x `chartHeight` CSS pixels.
 * `measure(text, font)` gives a text's width in the font (a canvas's measureText: measureOn).
 */
export function layoutFrame(
	text: FrameText,
	chartWidth: number,
	chartHeight: number,
	family: string,
	measure: (text: string, font: string) => number
): FrameLayout {
	const lines: FrameLine[] = [];
	let y = PAD;
	const block = (value: string, size: number, weight: string, muted: boolean) => {
		const font = `${weight} ${size}px ${family}`;
		for (const line of wrap(value, chartWidth, (t) => measure(t, font))) {
			y += Math.round(size * 1.3);
			lines.push({ text: line, font, muted, y: y - Math.round(size * 0.3) });
		}
	};
	block(text.title, 18, 'bold', false);
	block(text.subtitle, 13, 'normal', true);
	const chartTop = y + GAP;
	y = chartTop + chartHeight + GAP;
	const key = placeKey(text.key ?? [], chartWidth, y, `normal 12px ${family}`, measure);
	if (key.length > 0) y = key[key.length - 1]!.y + GAP;
	block(text.source, 12, 'normal', false);
	block(text.credit, 12, 'normal', true);
	return { width: chartWidth + 2 * PAD, height: y + PAD, pad: PAD, chartTop, lines, key };
}

/** Key entries side by side from the left, onto a new row when one would pass `width`. */
function placeKey(
	items: readonly KeyItem[],
	width: number,
	top: number,
	font: string,
	measure: (text: string, font: string) => number
): PlacedKeyItem[] {
	const rowHeight = 18;
	const placed: PlacedKeyItem[] = [];
	let x = 0;
	let y = top + rowHeight - 4;
	for (const item of items) {
		const size = SWATCH + SWATCH_GAP + measure(item.label, font);
		if (x > 0 && x + size > width) {
			x = 0;
			y += rowHeight;
		}
		placed.push({ ...item, x: PAD + x, y, font });
		x += size + KEY_SPACING;
	}
	return placed;
}
