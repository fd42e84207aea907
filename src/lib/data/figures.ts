/**
 * The figures' own types: a quantity as the source stated it, and a share of an estimate. A
 * module of its own, with no imports, so that format.ts and issue.ts (an issue's figure is a
 * Quantity) can use them without importing types.ts, which imports issue.ts.
 */

/**
 * How a source wrote a figure, kept as data so that text is made in one place (format.ts) and
 * never read back: `plain` one number ("6", "≈5,000"), `plus` "800+" (more than: the number is
 * low - 1 for a count, low for a percent), `ge` "≥800", `le` "≤20", `lt` "<800" (the number is
 * high + 1 for a count, high for a percent), `range` "7,000–13,000" (the `between` qualifier, or
 * what a sum of bounded figures gives).
 */
export const QUANTITY_STYLES = ['plain', 'plus', 'ge', 'le', 'lt', 'range'] as const;
export type QuantityStyle = (typeof QUANTITY_STYLES)[number];

/**
 * What a quantity counts: `count` (pieces, or the category's own unit word: kilograms, people)
 * or `percent`, the source's own share of the category's total handed over (0-100, decimals
 * allowed). A share is never turned into a count, nor a count into a share.
 */
export const QUANTITY_UNITS = ['count', 'percent'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/**
 * A count as an interval with an approximate flag and the source's way of writing it.
 * `exact 6` is [6, 6] plain; `more_than 800` is [801, null] plus; `about 5000` is [5000, 5000]
 * plain, approximate. `high: null` means no upper bound. formatQuantity (format.ts) writes it.
 */
export interface Quantity {
	low: number;
	high: number | null;
	approximate: boolean;
	style: QuantityStyle;
	/** Absent means `count`. A percent's bounds are 0-100 (`more than 60%` is [60, 100], style plus). */
	unit?: QuantityUnit;
}

/** A progress ratio as an interval: 0.0801 = 8.01%. `high: null` means no upper bound. */
export interface Progress {
	low: number;
	high: number | null;
	approximate: boolean;
}

/** Whole percent for display, rounded toward what the bound promises ("at least 8%", not 9%). */
export function percent(ratio: number, direction: 'floor' | 'ceil' | 'round'): number {
	// The epsilon keeps 0.29 * 100 = 28.999999999999996 from flooring to 28.
	const scaled = ratio * 100;
	if (direction === 'floor') return Math.floor(scaled + 1e-9);
	if (direction === 'ceil') return Math.ceil(scaled - 1e-9);
	return Math.round(scaled);
}
