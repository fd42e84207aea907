/**
 * A text cut at its figures, for a page to show each figure highlighted, as text (never HTML).
 */
import type { ExtractedFigure } from './extract';

/** A run of the text: a figure's words (its index among the figures), or the text between. */
export interface Segment {
	text: string;
	figure: number | null;
}

/**
 * @example segmentsOf('a 6 rifles b', [{ start: 2, end: 10, … }])
 *   // [{ text: 'a ', figure: null }, { text: '6 rifles', figure: 0 }, { text: ' b', figure: null }]
 */
export function segmentsOf(
	text: string,
	figures: readonly Pick<ExtractedFigure, 'start' | 'end'>[]
): Segment[] {
	const order = figures.map((f, i) => ({ ...f, i })).sort((a, b) => a.start - b.start);
	const segments: Segment[] = [];
	let at = 0;
	for (const f of order) {
		// A figure inside the one before (never made so, but a page must not repeat text) is left plain.
		if (f.start < at || f.end > text.length) continue;
		if (f.start > at) segments.push({ text: text.slice(at, f.start), figure: null });
		segments.push({ text: text.slice(f.start, f.end), figure: f.i });
		at = f.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), figure: null });
	return segments;
}
