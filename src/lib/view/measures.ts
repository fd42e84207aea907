/**
 * What each measure of reports.csv is called on the page (issue 14): one table for the cards,
 * the category page, the timeline, the reports table and its filter. What each counts is said
 * once, on the methodology page (a link from the category page), not in every page's code.
 */
import type { Measure } from '$lib/data/types';
import * as m from '$lib/messages';

/** A message of no inputs, in the page's language or another (the Data page's lists). */
type Words = (inputs?: Record<string, never>, options?: { locale?: 'en' | 'ar' }) => string;

/** "Verified" */
export const MEASURE_LABELS: Readonly<Record<Measure, Words>> = {
	handed_over: m.measure_handed_over,
	verified: m.measure_verified,
	seized: m.measure_seized,
	destroyed: m.measure_destroyed
};

/** The label said beside a figure: null for handed over, which every figure is unless it says. */
export function measureLabel(measure: Measure): string | null {
	return measure === 'handed_over' ? null : MEASURE_LABELS[measure]();
}
