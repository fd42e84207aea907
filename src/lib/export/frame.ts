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
	/**
	 * Under the source line: what the shares are measured against, the assumptions, the dataset's
	 * credit (frameNotes), each its own paragraph.
	 */
	notes?: readonly string[];
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

/** The sizes a picture is made at, by where it goes: its width in CSS pixels, and its chart's height. */
export const EXPORT_SIZES = {
	/** An article's column. */
	article: { width: 640, chartHeight: 360 },
	/** A wide page or a slide. */
	wide: { width: 1200, chartHeight: 560 },
	/** Social media: the whole picture is square. */
	square: { width: 1080, chartHeight: null }
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/** The smallest type in a picture at 1x: its labels stay readable at the size it is placed at. */
export const MIN_FONT_PX = 12;

/**
 * How much larger than on the page a picture `width` wide draws its type: 1 at article width,
 * more for a wide or square picture (which is shown scaled down), at most 1.6.
 * @example typeScale(640) // 1
 * @example typeScale(1200) // 1.6
 */
export function typeScale(width: number): number {
	return Math.min(1.6, Math.max(1, width / EXPORT_SIZES.article.width));
}

/**
 * The chart's width and height inside a picture of `size`: the square's chart takes what the
 * frame (measured as `frameHeight`, the frame's height around an empty chart) leaves.
 */
export function chartBox(size: ExportSize, frameHeight: number): { width: number; height: number } {
	const { width, chartHeight } = EXPORT_SIZES[size];
	return {
		width: width - 2 * PAD,
		height: chartHeight ?? Math.max(200, width - frameHeight)
	};
}

/**
 * The frame around a chart of `chartWidth` x `chartHeight` CSS pixels, its type `scale` times
 * the page's (typeScale) and never under MIN_FONT_PX.
 * `measure(text, font)` gives a text's width in the font (a canvas's measureText: measureOn).
 */
export function layoutFrame(
	text: FrameText,
	chartWidth: number,
	chartHeight: number,
	family: string,
	measure: (text: string, font: string) => number,
	scale = 1
): FrameLayout {
	const lines: FrameLine[] = [];
	let y = PAD;
	const block = (value: string, base: number, weight: string, muted: boolean) => {
		const size = Math.max(MIN_FONT_PX, Math.round(base * scale));
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
	const keySize = Math.max(MIN_FONT_PX, Math.round(12 * scale));
	const key = placeKey(
		text.key ?? [],
		chartWidth,
		y,
		`normal ${keySize}px ${family}`,
		measure,
		Math.max(18, Math.round(keySize * 1.5))
	);
	if (key.length > 0) y = key[key.length - 1]!.y + GAP;
	block(text.source, 12, 'normal', false);
	for (const note of text.notes ?? []) block(note, 12, 'normal', false);
	block(text.credit, 12, 'normal', true);
	return { width: chartWidth + 2 * PAD, height: y + PAD, pad: PAD, chartTop, lines, key };
}

/** Key entries side by side from the left, onto a new row when one would pass `width`. */
function placeKey(
	items: readonly KeyItem[],
	width: number,
	top: number,
	font: string,
	measure: (text: string, font: string) => number,
	rowHeight: number
): PlacedKeyItem[] {
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

/**
 * A picture of `size`: the chart's box and the frame around it, its type scaled for the width
 * (typeScale). The same for the PNG and the SVG, whatever the window's width.
 */
export function pictureLayout(
	text: FrameText,
	size: ExportSize,
	family: string,
	measure: (text: string, font: string) => number
): { chart: { width: number; height: number }; layout: FrameLayout } {
	const { width } = EXPORT_SIZES[size];
	const scale = typeScale(width);
	const empty = layoutFrame(text, width - 2 * PAD, 0, family, measure, scale);
	const chart = chartBox(size, empty.height);
	return { chart, layout: layoutFrame(text, chart.width, chart.height, family, measure, scale) };
}
