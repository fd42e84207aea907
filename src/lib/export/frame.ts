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
}

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

/**
 * The frame around a chart of `chartWidth` x `chartHeight` CSS pixels.
 * `measure(text, font)` gives a text's width in the font (a canvas's measureText).
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
	block(text.source, 12, 'normal', false);
	block(text.credit, 12, 'normal', true);
	return { width: chartWidth + 2 * PAD, height: y + PAD, pad: PAD, chartTop, lines };
}
