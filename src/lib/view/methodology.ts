/**
 * The methodology page's qualifier table, generated from QUALIFIER_RULES so that the page and
 * the counting code cannot say different things.
 */
import { QUALIFIER_RULES } from '$lib/data/quantity';
import { BASES, QUALIFIERS, type Basis, type Qualifier } from '$lib/data/types';
import * as m from '$lib/messages';

export interface QualifierRow {
	qualifier: Qualifier;
	/** How a figure with this qualifier is written, for n = 800: "800+". */
	example: string;
	/** The interval it counts as: "[n + 1, no upper bound]". */
	interval: string;
	meaning: string;
}

const MEANINGS: Readonly<Record<Qualifier, () => string>> = {
	exact: m.qualifier_exact,
	about: m.qualifier_about,
	more_than: m.qualifier_more_than,
	at_least: m.qualifier_at_least,
	at_most: m.qualifier_at_most,
	fewer_than: m.qualifier_fewer_than
};

/**
 * One row per qualifier, in the order of QUALIFIERS.
 * @example qualifierRows()[2] // { qualifier: 'more_than', example: '800+', interval: '[n + 1, no upper bound]', … }
 */
export function qualifierRows(): QualifierRow[] {
	return QUALIFIERS.map((qualifier) => {
		const rule = QUALIFIER_RULES[qualifier];
		return {
			qualifier,
			example: rule.example,
			interval: rule.interval,
			meaning: MEANINGS[qualifier]()
		};
	});
}

const BASIS_MEANINGS: Readonly<Record<Basis, () => string>> = {
	cumulative: m.basis_cumulative,
	increment: m.basis_increment
};

/** One entry per basis of reports.csv, in the order of BASES. */
export function basisRows(): { basis: Basis; meaning: string }[] {
	return BASES.map((basis) => ({ basis, meaning: BASIS_MEANINGS[basis]() }));
}
