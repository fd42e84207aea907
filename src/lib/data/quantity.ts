/**
 * Quantities as intervals: how a stated figure ("more than 800") becomes a count with bounds,
 * how counts add up, and how a share of an estimate is computed. The methodology page renders
 * QUALIFIER_RULES, so what it says and what the code does cannot drift apart.
 */
import type { Progress, Qualifier, Quantity, StatedFigure } from './types';

export interface QualifierRule {
	/** The interval a stated value n stands for, in words for the methodology page. */
	interval: string;
	/** How the figure is written, for n = 800. */
	example: string;
	approximate: boolean;
	/** The smallest value this qualifier accepts (fewer_than 0 would be an empty interval). */
	minValue: number;
}

/** The counting rule for each qualifier; the single source of truth for code and methodology. */
export const QUALIFIER_RULES: Readonly<Record<Qualifier, QualifierRule>> = {
	exact: { interval: '[n, n]', example: '800', approximate: false, minValue: 0 },
	about: { interval: '[n, n], approximate', example: '≈800', approximate: true, minValue: 0 },
	more_than: { interval: '[n + 1, no upper bound]', example: '800+', approximate: false, minValue: 0 },
	at_least: { interval: '[n, no upper bound]', example: '≥800', approximate: false, minValue: 0 },
	at_most: { interval: '[0, n]', example: '≤800', approximate: false, minValue: 0 },
	fewer_than: { interval: '[0, n − 1]', example: '<800', approximate: false, minValue: 1 }
};

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * `5000` -> `"5,000"`. Neutral (English) grouping: the JSON summary and CSV exports use it.
 * A whole number 0 or more (every count) is grouped here, as Intl groups it, without the
 * formatter's cost; anything else goes to Intl.
 */
export function formatCount(n: number): string {
	if (!(n > 0 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n)) {
		return n === 0 && 1 / n > 0 ? '0' : countFormat.format(n);
	}
	const digits = String(n);
	if (digits.length <= 3) return digits;
	const head = digits.length % 3 || 3;
	let out = digits.slice(0, head);
	for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
	return out;
}

/**
 * The interval a stated figure stands for, with the source's strength as text.
 * @example statedToQuantity({ value: 800, qualifier: 'more_than' })
 *   // { low: 801, high: null, approximate: false, text: '800+' }
 */
export function statedToQuantity({ value, qualifier }: StatedFigure): Quantity {
	const n = formatCount(value);
	switch (qualifier) {
		case 'exact':
			return { low: value, high: value, approximate: false, text: n };
		case 'about':
			return { low: value, high: value, approximate: true, text: `≈${n}` };
		case 'more_than':
			return { low: value + 1, high: null, approximate: false, text: `${n}+` };
		case 'at_least':
			return { low: value, high: null, approximate: false, text: `≥${n}` };
		case 'at_most':
			return { low: 0, high: value, approximate: false, text: `≤${n}` };
		case 'fewer_than':
			return { low: 0, high: value - 1, approximate: false, text: `<${n}` };
	}
}

type Style = 'plus' | 'ge' | 'le' | 'lt' | 'plain';

/** How an open or bounded text was written, so that a sum keeps the operands' style ("800+" stays "+"). */
function styleOf(text: string): Style {
	// After an optional leading "≈".
	const start = text.charCodeAt(0) === 0x2248 ? 1 : 0;
	if (text.length > start && text.charCodeAt(text.length - 1) === 43 /* + */) return 'plus';
	const first = text.charCodeAt(start);
	if (first === 0x2265 /* ≥ */) return 'ge';
	if (first === 0x2264 /* ≤ */) return 'le';
	if (first === 60 /* < */) return 'lt';
	return 'plain';
}

/**
 * Writes an interval the way a source would: "6", "≈5,000", "850+", "≥800", "≤20", "10–20".
 * `a` and `b` are the styles of the two quantities it was summed from (see addQuantities).
 */
function intervalText(
	low: number,
	high: number | null,
	approximate: boolean,
	a: Style,
	b: Style
): string {
	const prefix = approximate ? '≈' : '';
	if (high === low) return prefix + formatCount(low);
	if (high === null) {
		return openStyle(a, b) === 'plus'
			? `${prefix}${formatCount(low - 1)}+`
			: `${prefix}≥${formatCount(low)}`;
	}
	if (low === 0) {
		return boundedStyle(a, b) === 'lt'
			? `${prefix}<${formatCount(high + 1)}`
			: `${prefix}≤${formatCount(high)}`;
	}
	return `${prefix}${formatCount(low)}–${formatCount(high)}`;
}

/** How a sum with no upper bound is written: "850+" unless only "≥" was written. */
function openStyle(a: Style, b: Style): 'plus' | 'ge' {
	return a === 'plus' || b === 'plus' || (a !== 'ge' && b !== 'ge') ? 'plus' : 'ge';
}

/** How a sum from 0 to a bound is written: "<n" when only "<" was written, else "≤n". */
function boundedStyle(a: Style, b: Style): 'lt' | 'le' {
	return (a === 'lt' || b === 'lt') && a !== 'le' && b !== 'le' ? 'lt' : 'le';
}

/** The style of intervalText's output, without writing it. */
function sumStyle(low: number, high: number | null, a: Style, b: Style): Style {
	if (high === low) return 'plain';
	if (high === null) return openStyle(a, b);
	if (low === 0) return boundedStyle(a, b);
	return 'plain';
}

/**
 * The sum of two counts (one source's cumulative figure and its later increments).
 * Bounds add, an open bound stays open, and approximation is contagious.
 * @example addQuantities(more_than 800, exact 50) // { low: 851, high: null, text: '850+' }
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
	const low = a.low + b.low;
	const high = a.high === null || b.high === null ? null : a.high + b.high;
	const approximate = a.approximate || b.approximate;
	return {
		low,
		high,
		approximate,
		text: intervalText(low, high, approximate, styleOf(a.text), styleOf(b.text))
	};
}

/**
 * The sum of the quantities of `items`, in order: exactly what adding them one by one with
 * addQuantities gives (a copy of the first when there is one; null when there is none), but
 * the text is written once, at the end, so a long run of increments stays fast.
 * @example sumQuantities([more_than 800, exact 50], (q) => q) // { low: 851, high: null, text: '850+' }
 */
export function sumQuantities<T>(items: readonly T[], quantityOf: (item: T) => Quantity): Quantity | null {
	if (items.length === 0) return null;
	const first = quantityOf(items[0]!);
	if (items.length === 1) return { ...first };
	let { low, high, approximate } = first;
	let style = styleOf(first.text);
	let [a, b] = [style, style];
	for (let i = 1; i < items.length; i++) {
		const q = quantityOf(items[i]!);
		low += q.low;
		high = high === null || q.high === null ? null : high + q.high;
		approximate ||= q.approximate;
		a = style;
		b = styleOf(q.text);
		style = sumStyle(low, high, a, b);
	}
	return { low, high, approximate, text: intervalText(low, high, approximate, a, b) };
}

/** True when two quantities describe the same interval with the same approximation. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
	return a.low === b.low && a.high === b.high && a.approximate === b.approximate;
}

/**
 * The share of a target handed over: handed / (estimate x perTarget), as an interval.
 * The low end divides the fewest handed over by the largest possible total, the high end
 * the most by the smallest; an open-ended count gives an open-ended share.
 * @example progressOf(more_than 800, about 10000, 1) // { low: 0.0801, high: null, approximate: true }
 */
export function progressOf(handed: Quantity, estimate: Quantity, perTarget: number): Progress {
	const approximate = handed.approximate || estimate.approximate;
	// An estimate of zero (or a zero share per target) gives no ratio: the bounds stay "at least
	// 0%" and "unknown" rather than Infinity or NaN reaching a page.
	const most = estimate.high === null ? 0 : estimate.high * perTarget;
	const least = estimate.low * perTarget;
	const low = most > 0 ? handed.low / most : 0;
	const high = handed.high === null || least <= 0 ? null : handed.high / least;
	return { low, high, approximate };
}

/** Whole percent for display, rounded toward what the bound promises ("at least 8%", not 9%). */
export function percent(ratio: number, direction: 'floor' | 'ceil' | 'round'): number {
	// The epsilon keeps 0.29 * 100 = 28.999999999999996 from flooring to 28.
	const scaled = ratio * 100;
	if (direction === 'floor') return Math.floor(scaled + 1e-9);
	if (direction === 'ceil') return Math.ceil(scaled - 1e-9);
	return Math.round(scaled);
}

/** How a figure's text reads in a language: the words for each strength, around the number. */
export interface StrengthWords {
	/** `n` is the number, already formatted. */
	about: (n: string) => string;
	moreThan: (n: string) => string;
	atLeast: (n: string) => string;
	atMost: (n: string) => string;
	fewerThan: (n: string) => string;
}

/** English keeps the symbols the sources' figures are written with ("800+", "≈5,000"). */
const SYMBOLS: StrengthWords = {
	about: (n) => `≈${n}`,
	moreThan: (n) => `${n}+`,
	atLeast: (n) => `≥${n}`,
	atMost: (n) => `≤${n}`,
	fewerThan: (n) => `<${n}`
};

// What intervalText and statedToQuantity write: an optional "≈", an optional "≥", "≤" or "<",
// a grouped number, then "+" or "–" and a second number.
const FIGURE_TEXT = /^(≈)?([≥≤<])?([\d,]+)(?:(\+)|–([\d,]+))?$/;

/**
 * A quantity's text (as statedToQuantity and the sums write it) in a reader's language: numbers
 * through `format` (Intl in the reader's locale), the strength in `words`. Text in another shape
 * comes back unchanged.
 * @example localizeFigureText('800+', { format, words: arabic }) // 'أكثر من 800'
 * @example localizeFigureText('≈5,000', { format, words: arabic }) // 'نحو 5,000'
 */
export function localizeFigureText(
	text: string,
	{ format, words = SYMBOLS }: { format: (n: number) => string; words?: StrengthWords }
): string {
	const match = FIGURE_TEXT.exec(text);
	if (!match) return text;
	const [, approx, bound, first, plus, second] = match;
	const n = (digits: string) => format(Number(digits.replaceAll(',', '')));
	let out: string;
	if (second !== undefined) out = `${n(first!)}–${n(second)}`;
	else if (plus) out = words.moreThan(n(first!));
	else if (bound === '≥') out = words.atLeast(n(first!));
	else if (bound === '≤') out = words.atMost(n(first!));
	else if (bound === '<') out = words.fewerThan(n(first!));
	else out = n(first!);
	return approx ? words.about(out) : out;
}
