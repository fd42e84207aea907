/**
 * Every user-visible string of the site, in English. Shaped like Paraglide JS's compiled output
 * (`m.key(params)`, one named-parameter object per message) so that the Arabic translation can
 * replace this module with generated code without touching a component. Components never build
 * sentences from pieces: a sentence with a number in it is one message with a parameter.
 *
 * Numbers arrive formatted (`formatCount`), except `count`, which picks a plural form.
 */

type Params<K extends string> = Readonly<Record<K, string>>;

export const m = {
	// Site and layout
	site_name: () => 'Handover monitor',
	site_tagline: () =>
		'Follows a weapons handover from the figures the parties publish, against the estimated totals.',
	skip_to_content: () => 'Skip to content',
	nav_label: () => 'Main',
	nav_overview: () => 'Overview',
	nav_methodology: () => 'How figures are counted',
	footer_as_of: ({ date }: Params<'date'>) => `Figures as of ${date}.`,
	page_title: ({ page }: Params<'page'>) => `${page} · Handover monitor`,

	// The list of datasets
	datasets_title: () => 'Weapons handovers',
	datasets_description: () => 'The weapons handovers that Handover monitor follows.',
	datasets_empty: () =>
		'There is no dataset yet: add a folder with a reports.csv under data/ and build again.',
	not_found: () => 'There is no such page.',
	error_title: ({ status }: Params<'status'>) => `Error ${status}`,

	// The overview
	as_of: ({ date }: Params<'date'>) => `as of ${date}`,
	no_reports_yet: () => 'No report yet.',
	categories_heading: () => 'What has been handed over',
	handed_over_label: () => 'Handed over',
	handed_over_unit: ({ unit }: Params<'unit'>) => `${unit} handed over`,
	handed_over: () => 'handed over',
	unquantified: () => 'handed over, no number given',
	also_unquantified: ({ source, date }: Params<'source' | 'date'>) =>
		`${source} also reported a handover on ${date} without giving a number.`,
	reported_by: ({ source, date }: Params<'source' | 'date'>) => `${source}, ${date}`,
	source_label: () => 'Source',
	side: ({ side }: Params<'side'>) => `Side: ${side}`,
	estimate_label: () => 'Estimate',
	estimate_by: ({ source, date }: Params<'source' | 'date'>) => `${source}, ${date}`,
	estimate_undated: ({ source }: Params<'source'>) => `${source}, undated`,
	other_estimates: () => 'Other estimates of the same total',
	progress_label: () => 'Share of the estimate',
	no_estimate: () => 'no estimate',
	progress_unknown: () => 'unknown: no number given',
	progress_exact: ({ percent }: Params<'percent'>) => `${percent}%`,
	progress_at_least: ({ percent }: Params<'percent'>) => `at least ${percent}%`,
	progress_at_most: ({ percent }: Params<'percent'>) => `at most ${percent}%`,
	progress_range: ({ low, high }: Params<'low' | 'high'>) => `${low}–${high}%`,
	progress_under_one: () => 'less than 1%',
	progress_bar: ({
		label,
		handed,
		progress,
		estimate
	}: Params<'label' | 'handed' | 'progress' | 'estimate'>) =>
		`${label}: ${handed} handed over, ${progress} of an estimated ${estimate}`,
	progress_mark: () => 'estimate',
	progress_mark_approximate: () => '≈ estimate',
	per_target: ({ count, unit }: Params<'count' | 'unit'>) =>
		`Counted as ${count} ${unit} for each unit of the estimate.`,
	assumption_label: () => 'Assumption',
	spoken_exact: ({ n }: Params<'n'>) => n,
	spoken_about: ({ n }: Params<'n'>) => `about ${n}`,
	spoken_at_least: ({ n }: Params<'n'>) => `at least ${n}`,
	spoken_at_most: ({ n }: Params<'n'>) => `at most ${n}`,
	spoken_range: ({ low, high }: Params<'low' | 'high'>) => `between ${low} and ${high}`,
	sources_differ: () => 'Sources differ',
	sources_differ_note: () =>
		'The sources give different figures. They are never added together, because they may count the same weapons.',
	source_figure: ({ source, figure, date }: Params<'source' | 'figure' | 'date'>) =>
		`${source}: ${figure} (${date})`,
	corrected: () => 'Corrected',
	corrected_note: () =>
		'A later report from this source gives a lower total than an earlier one; the later figure is shown.',
	quote_summary: () => "The report's words",
	estimate_quote_summary: () => "The estimate's words",
	read_source: () => 'Read the report',
	note_label: () => 'Note',

	// The data-issues panel
	issues_heading: () => 'Problems in the data files',
	issues_intro: ({ count }: { readonly count: number }) =>
		count === 1
			? '1 problem was found. Rows with errors are left out; the rest of the data is shown.'
			: `${count} problems were found. Rows with errors are left out; the rest of the data is shown.`,
	severity_error: () => 'error',
	severity_warning: () => 'warning',
	issue_line: ({ file, line, column, message }: Params<'file' | 'line' | 'column' | 'message'>) =>
		`${file}:${line}:${column}: ${message}`,

	// The methodology page
	methodology_title: () => 'How figures are counted',
	methodology_description: () =>
		'The rules Handover monitor follows to turn reported figures into totals and shares of an estimate.',
	methodology_intro: () =>
		'Every figure on this site is a figure that a source published, counted by the rules below. The rules on this page are generated from the same constants the code uses.',
	qualifiers_heading: () => 'How strong a figure is',
	qualifiers_intro: () =>
		'A report gives a number n with a qualifier. The dashboard keeps each figure as an interval of possible counts, and writes it in the strength the source used.',
	qualifiers_table: () => 'Table of qualifiers',
	qualifier_column: () => 'Qualifier',
	qualifier_example_column: () => 'Written as (n = 800)',
	qualifier_interval_column: () => 'Counts as',
	qualifier_meaning_column: () => 'Meaning',
	qualifier_exact: () => 'exactly n',
	qualifier_about: () => 'about n; the figure is approximate',
	qualifier_more_than: () => 'more than n',
	qualifier_at_least: () => 'n or more',
	qualifier_at_most: () => 'n or fewer',
	qualifier_fewer_than: () => 'fewer than n',
	qualifiers_sums: () =>
		'When figures are added, their intervals add: an open upper bound stays open, and a sum with an approximate figure in it is approximate.',
	bases_heading: () => 'Totals and increments',
	basis_cumulative: () => 'cumulative: the total a source says has been handed over so far.',
	basis_increment: () =>
		"increment: what a source says has been handed over since that source's previous report.",
	bases_rule: () =>
		"A source's total on a day is its latest cumulative figure on or before that day, plus its increments after it, up to that day.",
	corrections_heading: () => 'Corrections',
	corrections_rule: () =>
		'When a later cumulative figure from a source is lower than an earlier one, it is a correction: the page shows it and flags it, and never lets it quietly cancel out the earlier figure.',
	sources_heading: () => 'Sources are never added together',
	sources_rule: () =>
		'Figures from different sources are never added together: they may describe the same weapons. The headline of a category is the most recent figure. Where sources disagree, the page shows each figure and says that they differ.',
	unquantified_heading: () => 'Items with no number',
	unquantified_rule: () =>
		'When a report names an item without a number ("anti-armour missiles were handed over"), the page shows it as reported, with no number, and it takes no part in any sum.',
	progress_heading: () => 'Share of an estimate',
	progress_rule: () =>
		'The share is what has been handed over divided by the estimate times the items per unit of the estimate, as an interval: "at least 8% of an estimated ≈10,000". A category with no estimate shows its count and "no estimate".',
	per_target_rule: () =>
		'Items per unit of the estimate is 1 when the category is the thing estimated (armoured vehicles against tanks and armoured vehicles). When a category is measured against something else, such as firearms against fighters at one firearm per fighter, that is an assumption of this dashboard, and the page says so beside the figure.',
	rounding_rule: () =>
		'Shares are written in whole percent, rounded toward what the figure promises: a share of at least 8.01% is written "at least 8%", never 9%.',
	dates_heading: () => 'Dates',
	dates_rule: () =>
		'A figure stands as of the day its report gives. An estimate may give only a year or a month; the page shows the precision the source gave.'
};

export type MessageKey = keyof typeof m;
