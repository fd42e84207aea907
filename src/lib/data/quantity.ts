/**
 * Quantities as intervals: how a stated figure ("more than 800") becomes a count with bounds,
 * how counts add up, and how a share of an estimate is computed. The methodology page renders
 * QUALIFIER_RULES, so what it says and what the code does cannot drift apart.
 */
import type { Progress, Qualifier, Quantity, QuantityStyle, StatedFigure } from './types';

export interface QualifierRule {
	/** The interval a stated value n stands for, in words for the methodology page. */
	interval: string;
	approximate: boolean;
	/** The smallest value this qualifier accepts (fewer_than 0 would be an empty interval). */
	minValue: number;
}

/** The counting rule for each qualifier; the single source of truth for code and methodology. */
export const QUALIFIER_RULES: Readonly<Record<Qualifier, QualifierRule>> = {
	exact: { interval: '[n, n]', approximate: false, minValue: 0 },
	about: { interval: '[n, n], approximate', approximate: true, minValue: 0 },
	more_than: { interval: '[n + 1, no upper bound]', approximate: false, minValue: 0 },
	at_least: { interval: '[n, no upper bound]', approximate: false, minValue: 0 },
	at_most: { interval: '[0, n]', approximate: false, minValue: 0 },
	fewer_than: { interval: '[0, n − 1]', approximate: false, minValue: 1 },
	between: { interval: '[n, quantity_high]', approximate: false, minValue: 0 }
};

/** The largest share: a percent figure is 0-100. */
export const MAX_PERCENT = 100;

/**
 * The interval a stated figure stands for, with how the source wrote it (format.ts writes it).
 * A count's bounds are whole ("more than 800" is [801, open]); a percent's are the stated
 * numbers within 0-100 ("more than 60%" is [60, 100], written "60%+"), since a share may have
 * decimals and has a ceiling.
 * @example statedToQuantity({ value: 800, qualifier: 'more_than', high: null, unit: 'count' })
 *   // { low: 801, high: null, approximate: false, style: 'plus' }
 * @example statedToQuantity({ value: 7000, qualifier: 'between', high: 13000, unit: 'count' })
 *   // { low: 7000, high: 13000, approximate: false, style: 'range' }
 */
export function statedToQuantity({ value, qualifier, high, unit }: StatedFigure): Quantity {
	const top = high ?? null;
	const q = unit === 'percent' ? percentQuantity(value, qualifier, top) : countQuantity(value, qualifier, top);
	if (unit === 'percent') q.unit = 'percent';
	return q;
}

function countQuantity(value: number, qualifier: Qualifier, high: number | null): Quantity {
	switch (qualifier) {
		case 'exact':
			return { low: value, high: value, approximate: false, style: 'plain' };
		case 'about':
			return { low: value, high: value, approximate: true, style: 'plain' };
		case 'more_than':
			return { low: value + 1, high: null, approximate: false, style: 'plus' };
		case 'at_least':
			return { low: value, high: null, approximate: false, style: 'ge' };
		case 'at_most':
			return { low: 0, high: value, approximate: false, style: 'le' };
		case 'fewer_than':
			return { low: 0, high: value - 1, approximate: false, style: 'lt' };
		case 'between':
			return { low: value, high: high ?? value, approximate: false, style: 'range' };
	}
}

function percentQuantity(value: number, qualifier: Qualifier, high: number | null): Quantity {
	switch (qualifier) {
		case 'exact':
		case 'about':
			return { low: value, high: value, approximate: qualifier === 'about', style: 'plain' };
		case 'more_than':
			return { low: value, high: MAX_PERCENT, approximate: false, style: 'plus' };
		case 'at_least':
			return { low: value, high: MAX_PERCENT, approximate: false, style: 'ge' };
		case 'at_most':
			return { low: 0, high: value, approximate: false, style: 'le' };
		case 'fewer_than':
			return { low: 0, high: value, approximate: false, style: 'lt' };
		case 'between':
			return { low: value, high: high ?? value, approximate: false, style: 'range' };
	}
}

/**
 * A share as progress: "about 40%" is 0.4, approximate. The source's own share, never a count
 * turned into one (HandoverModel: `progress.from` is `reported_share`).
 */
export function shareProgress(share: Quantity): Progress {
	return {
		low: share.low / 100,
		high: share.high === null ? null : share.high / 100,
		approximate: share.approximate
	};
}

/** How a sum with no upper bound is written: "850+" unless only "≥" was written. */
function openStyle(a: QuantityStyle, b: QuantityStyle): 'plus' | 'ge' {
	return a === 'plus' || b === 'plus' || (a !== 'ge' && b !== 'ge') ? 'plus' : 'ge';
}

/** How a sum from 0 to a bound is written: "<n" when only "<" was written, else "≤n". */
function boundedStyle(a: QuantityStyle, b: QuantityStyle): 'lt' | 'le' {
	return (a === 'lt' || b === 'lt') && a !== 'le' && b !== 'le' ? 'lt' : 'le';
}

/**
 * How a sum of quantities written `a` and `b` is written: one number when its bounds meet, an
 * open or bounded figure in the operands' style ("800+" stays "+"), else a range. A range
 * operand counts as plain. (What was read back from the text, `styleOf`, is now data.)
 */
function sumStyle(low: number, high: number | null, a: QuantityStyle, b: QuantityStyle): QuantityStyle {
	if (high === low) return 'plain';
	if (high === null) return openStyle(a, b);
	if (low === 0) return boundedStyle(a, b);
	return 'range';
}

/**
 * The sum of two counts (one source's cumulative figure and its later increments).
 * Bounds add, an open bound stays open, and approximation is contagious.
 * @example addQuantities(more_than 800, exact 50) // { low: 851, high: null, style: 'plus', … } ("850+")
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
	const low = a.low + b.low;
	const high = a.high === null || b.high === null ? null : a.high + b.high;
	const approximate = a.approximate || b.approximate;
	return { low, high, approximate, style: sumStyle(low, high, a.style, b.style) };
}

/**
 * The sum of the quantities of `items`, in order: exactly what adding them one by one with
 * addQuantities gives (a copy of the first when there is one; null when there is none), but
 * without a copy per step, so a long run of increments stays fast.
 * @example sumQuantities([more_than 800, exact 50], (q) => q) // { low: 851, high: null, style: 'plus', … }
 */
export function sumQuantities<T>(items: readonly T[], quantityOf: (item: T) => Quantity): Quantity | null {
	if (items.length === 0) return null;
	const first = quantityOf(items[0]!);
	if (items.length === 1) return { ...first };
	let { low, high, approximate } = first;
	let { style } = first;
	for (let i = 1; i < items.length; i++) {
		const q = quantityOf(items[i]!);
		low += q.low;
		high = high === null || q.high === null ? null : high + q.high;
		approximate ||= q.approximate;
		style = sumStyle(low, high, style, q.style);
	}
	return { low, high, approximate, style };
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

export { percent } from './figures';
