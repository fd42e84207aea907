/**
 * The methodology page's qualifier table, generated from QUALIFIER_RULES so that the page and
 * the counting code cannot say different things.
 */
import { formatQuantity } from '$lib/data/format';
import { QUALIFIER_RULES, statedToQuantity } from '$lib/data/quantity';
import { BASES, QUALIFIERS, type Basis, type Qualifier } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale } from './locale';

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
	fewer_than: m.qualifier_fewer_than,
	between: m.qualifier_between
};

/**
 * The figure the table writes each qualifier with: n = 800, and for `between` the range up to
 * 900. The page and its tests use it, so that they show the same examples.
 */
export function exampleFigure(qualifier: Qualifier) {
	return { value: 800, qualifier, high: qualifier === 'between' ? 900 : null };
}

/**
 * An interval of QUALIFIER_RULES in the reader's language: its words translated, its
 * notation kept ("[n + 1, no upper bound]" -> "[n + 1، بلا حد أعلى]").
 */
export function intervalText(interval: string): string {
	return interval
		.replace('no upper bound', m.interval_no_upper_bound())
		.replace('approximate', m.interval_approximate())
		.replaceAll(', ', m.interval_separator());
}

/**
 * One row per qualifier, in the order of QUALIFIERS.
 * @example qualifierRows()[2] // { qualifier: 'more_than', example: '800+', interval: '[n + 1, no upper bound]', … }
 */
export function qualifierRows(): QualifierRow[] {
	return QUALIFIERS.map((qualifier) => {
		const rule = QUALIFIER_RULES[qualifier];
		return {
			qualifier,
			example: formatQuantity(statedToQuantity(exampleFigure(qualifier)), currentLocale()),
			interval: intervalText(rule.interval),
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

/**
 * Every sentence of the methodology page, in the page's language: the page takes them with its
 * data, so that none of them is JavaScript the browser loads.
 */
export function methodologyText() {
	return {
		page_title: m.page_title({ page: m.methodology_title() }),
		bases_heading: m.bases_heading(),
		bases_rule: m.bases_rule(),
		corrections_heading: m.corrections_heading(),
		corrections_rule: m.corrections_rule(),
		dates_heading: m.dates_heading(),
		dates_rule: m.dates_rule(),
		methodology_description: m.methodology_description(),
		methodology_intro: m.methodology_intro(),
		methodology_title: m.methodology_title(),
		per_target_rule: m.per_target_rule(),
		progress_heading: m.progress_heading(),
		progress_rule: m.progress_rule(),
		qualifier_column: m.qualifier_column(),
		qualifier_example_column: m.qualifier_example_column(),
		qualifier_interval_column: m.qualifier_interval_column(),
		qualifier_meaning_column: m.qualifier_meaning_column(),
		qualifiers_heading: m.qualifiers_heading(),
		qualifiers_intro: m.qualifiers_intro(),
		qualifiers_sums: m.qualifiers_sums(),
		qualifiers_table: m.qualifiers_table(),
		rounding_rule: m.rounding_rule(),
		sources_heading: m.sources_heading(),
		sources_rule: m.sources_rule(),
		shares_heading: m.shares_heading(),
		shares_rule: m.shares_rule(),
		measures_heading: m.measures_rule_heading(),
		measures_rule: m.measures_rule(),
		revised_estimates_rule: m.revised_estimates_rule(),
		unquantified_heading: m.unquantified_heading(),
		unquantified_rule: m.unquantified_rule()
	};
}
