/**
 * Every user-visible string of the site, in English. Shaped like Paraglide JS's compiled output
 * (one named export per message, imported as `import * as m from '$lib/messages'` and called
 * `m.key(params)`, so the bundler keeps only the messages a page uses) so that the Arabic translation can
 * replace this module with generated code without touching a component. Components never build
 * sentences from pieces: a sentence with a number in it is one message with a parameter.
 *
 * Numbers arrive formatted (`formatCount`), except `count`, which picks a plural form.
 */

type Params<K extends string> = Readonly<Record<K, string>>;

// Site and layout
export const site_name = () => 'Handover monitor';
export const site_tagline = () =>
	'Follows a weapons handover from the figures the parties publish, against the estimated totals.';
export const skip_to_content = () => 'Skip to content';
export const nav_label = () => 'Main';
export const nav_overview = () => 'Overview';
export const nav_methodology = () => 'How figures are counted';
export const footer_as_of = ({ date }: Params<'date'>) => `Figures as of ${date}.`;
export const page_title = ({ page }: Params<'page'>) => `${page} · Handover monitor`;

// The list of datasets
export const datasets_title = () => 'Weapons handovers';
export const datasets_description = () => 'The weapons handovers that Handover monitor follows.';
export const datasets_empty = () =>
	'There is no dataset yet: add a folder with a reports.csv under data/ and build again.';
export const not_found = () => 'There is no such page.';
export const error_title = ({ status }: Params<'status'>) => `Error ${status}`;

// The overview
export const as_of = ({ date }: Params<'date'>) => `as of ${date}`;
export const no_reports_yet = () => 'No report yet.';
export const categories_heading = () => 'What has been handed over';
export const handed_over_label = () => 'Handed over';
export const handed_over_unit = ({ unit }: Params<'unit'>) => `${unit} handed over`;
export const handed_over = () => 'handed over';
export const unquantified = () => 'handed over, no number given';
export const also_unquantified = ({ source, date }: Params<'source' | 'date'>) =>
	`${source} also reported a handover on ${date} without giving a number.`;
export const reported_by = ({ source, date }: Params<'source' | 'date'>) => `${source}, ${date}`;
export const source_label = () => 'Source';
export const side = ({ side }: Params<'side'>) => `Side: ${side}`;
export const estimate_label = () => 'Estimate';
export const estimate_by = ({ source, date }: Params<'source' | 'date'>) => `${source}, ${date}`;
export const estimate_undated = ({ source }: Params<'source'>) => `${source}, undated`;
export const other_estimates = () => 'Other estimates of the same total';
export const progress_label = () => 'Share of the estimate';
export const no_estimate = () => 'no estimate';
export const progress_unknown = () => 'unknown: no number given';
export const progress_exact = ({ percent }: Params<'percent'>) => `${percent}%`;
export const progress_at_least = ({ percent }: Params<'percent'>) => `at least ${percent}%`;
export const progress_at_most = ({ percent }: Params<'percent'>) => `at most ${percent}%`;
export const progress_range = ({ low, high }: Params<'low' | 'high'>) => `${low}–${high}%`;
export const progress_under_one = () => 'less than 1%';
export const progress_bar = ({
	label,
	handed,
	progress,
	estimate
}: Params<'label' | 'handed' | 'progress' | 'estimate'>) =>
	`${label}: ${handed} handed over, ${progress} of an estimated ${estimate}`;
export const progress_mark = () => 'estimate';
export const progress_mark_approximate = () => '≈ estimate';
export const per_target = ({ count, unit }: Params<'count' | 'unit'>) =>
	`Counted as ${count} ${unit} for each unit of the estimate.`;
export const assumption_label = () => 'Assumption';
export const spoken_exact = ({ n }: Params<'n'>) => n;
export const spoken_about = ({ n }: Params<'n'>) => `about ${n}`;
export const spoken_at_least = ({ n }: Params<'n'>) => `at least ${n}`;
export const spoken_at_most = ({ n }: Params<'n'>) => `at most ${n}`;
export const spoken_range = ({ low, high }: Params<'low' | 'high'>) => `between ${low} and ${high}`;
export const sources_differ = () => 'Sources differ';
export const sources_differ_note = () =>
	'The sources give different figures. They are never added together, because they may count the same weapons.';
export const source_figure = ({ source, figure, date }: Params<'source' | 'figure' | 'date'>) =>
	`${source}: ${figure} (${date})`;
export const corrected = () => 'Corrected';
export const corrected_note = () =>
	'A later report from this source gives a lower total than an earlier one; the later figure is shown.';
export const quote_summary = () => "The report's words";
export const estimate_quote_summary = () => "The estimate's words";
export const read_source = () => 'Read the report';
export const note_label = () => 'Note';

// The data-issues panel
export const issues_heading = () => 'Problems in the data files';
export const issues_intro = ({ count }: { readonly count: number }) =>
	count === 1
		? '1 problem was found. Rows with errors are left out; the rest of the data is shown.'
		: `${count} problems were found. Rows with errors are left out; the rest of the data is shown.`;
export const severity_error = () => 'error';
export const severity_warning = () => 'warning';
export const issue_line = ({
	file,
	line,
	column,
	message
}: Params<'file' | 'line' | 'column' | 'message'>) => `${file}:${line}:${column}: ${message}`;

// The methodology page
export const methodology_title = () => 'How figures are counted';
export const methodology_description = () =>
	'The rules Handover monitor follows to turn reported figures into totals and shares of an estimate.';
export const methodology_intro = () =>
	'Every figure on this site is a figure that a source published, counted by the rules below. The rules on this page are generated from the same constants the code uses.';
export const qualifiers_heading = () => 'How strong a figure is';
export const qualifiers_intro = () =>
	'A report gives a number n with a qualifier. The dashboard keeps each figure as an interval of possible counts, and writes it in the strength the source used.';
export const qualifiers_table = () => 'Table of qualifiers';
export const qualifier_column = () => 'Qualifier';
export const qualifier_example_column = () => 'Written as (n = 800)';
export const qualifier_interval_column = () => 'Counts as';
export const qualifier_meaning_column = () => 'Meaning';
export const qualifier_exact = () => 'exactly n';
export const qualifier_about = () => 'about n; the figure is approximate';
export const qualifier_more_than = () => 'more than n';
export const qualifier_at_least = () => 'n or more';
export const qualifier_at_most = () => 'n or fewer';
export const qualifier_fewer_than = () => 'fewer than n';
export const qualifiers_sums = () =>
	'When figures are added, their intervals add: an open upper bound stays open, and a sum with an approximate figure in it is approximate.';
export const bases_heading = () => 'Totals and increments';
export const basis_cumulative = () =>
	'cumulative: the total a source says has been handed over so far.';
export const basis_increment = () =>
	"increment: what a source says has been handed over since that source's previous report.";
export const bases_rule = () =>
	"A source's total on a day is its latest cumulative figure on or before that day, plus its increments after it, up to that day.";
export const corrections_heading = () => 'Corrections';
export const corrections_rule = () =>
	'When a later cumulative figure from a source is lower than an earlier one, it is a correction: the page shows it and flags it, and never lets it quietly cancel out the earlier figure.';
export const sources_heading = () => 'Sources are never added together';
export const sources_rule = () =>
	'Figures from different sources are never added together: they may describe the same weapons. The headline of a category is the most recent figure. Where sources disagree, the page shows each figure and says that they differ.';
export const unquantified_heading = () => 'Items with no number';
export const unquantified_rule = () =>
	'When a report names an item without a number ("anti-armour missiles were handed over"), the page shows it as reported, with no number, and it takes no part in any sum.';
export const progress_heading = () => 'Share of an estimate';
export const progress_rule = () =>
	'The share is what has been handed over divided by the estimate times the items per unit of the estimate, as an interval: "at least 8% of an estimated ≈10,000". A category with no estimate shows its count and "no estimate".';
export const per_target_rule = () =>
	'Items per unit of the estimate is 1 when the category is the thing estimated (armoured vehicles against tanks and armoured vehicles). When a category is measured against something else, such as firearms against fighters at one firearm per fighter, that is an assumption of this dashboard, and the page says so beside the figure.';
export const rounding_rule = () =>
	'Shares are written in whole percent, rounded toward what the figure promises: a share of at least 8.01% is written "at least 8%", never 9%.';
export const dates_heading = () => 'Dates';
export const dates_rule = () =>
	'A figure stands as of the day its report gives. An estimate may give only a year or a month; the page shows the precision the source gave.';

// Charts and timeline
export const chart_show_table = () => 'Show the data as a table';
export const chart_table_label = ({ chart }: Params<'chart'>) => `${chart}: the data as a table`;
export const chart_table_details = () => 'What the chart shows';
export const chart_percent = ({ percent }: Params<'percent'>) => `${percent}%`;
export const chart_certain = () => 'Handed over (certain)';
export const chart_possible = () => 'Possibly more (up to the upper bound)';
export const chart_possible_open = () => 'Possibly more (no upper bound given)';
export const chart_estimate_label = ({ figure, source }: Params<'figure' | 'source'>) =>
	`${figure} (${source})`;
export const chart_estimate_scaled = ({
	figure,
	source,
	count
}: Params<'figure' | 'source' | 'count'>) => `${figure} × ${count} (${source})`;
export const chart_times = ({ figure, count }: Params<'figure' | 'count'>) =>
	`${figure} × ${count}`;
export const chart_category_estimate = ({ category, estimate }: Params<'category' | 'estimate'>) =>
	`${category}: ${estimate}`;
export const chart_tooltip_figure = ({ figure, by }: Params<'figure' | 'by'>) =>
	`Figure: ${figure} (${by})`;
export const chart_tooltip_estimate = ({
	estimate,
	attribution
}: Params<'estimate' | 'attribution'>) => `Estimate: ${estimate} (${attribution})`;
export const chart_outside_heading = () => 'Not in the chart';
export const chart_outside_no_number = () => 'handed over, no number given';
export const chart_outside_no_estimate = ({ figure }: Params<'figure'>) =>
	`${figure} handed over; no estimate`;
export const chart_outside_unknown = ({ figure }: Params<'figure'>) =>
	`${figure} handed over; the share of the estimate cannot be computed`;
export const progress_chart_title = () => 'Share of each estimate handed over';
export const progress_chart_caption = () =>
	'Each bar is in percent of its estimate. Solid: what has certainly been handed over. Lighter: what may be more; it fades out where a figure gives no upper bound ("800+"). The line at 100% is the estimate, dashed when the estimate is approximate; other estimates of the same total are thinner lines, with a shaded band between the lowest and the highest.';
export const progress_chart_label = ({ count, rows }: Params<'count' | 'rows'>) =>
	`Bar chart of the share of each estimate handed over, ${count} categories. ${rows}.`;
export const progress_chart_empty = () => 'No category has both a number and an estimate.';
export const progress_axis = () => 'Share of the estimate handed over';
export const timeline_title = () => 'Timeline';
export const timeline_page_title = ({ scope }: Params<'scope'>) => `Timeline: ${scope}`;
export const timeline_description = ({ dataset }: Params<'dataset'>) =>
	`${dataset}: the cumulative handover over time, by category and source, against the estimates, with the events.`;
export const timeline_intro = () =>
	'The total handed over according to each source, over time: one line per category and source, each report a point. Figures from different sources are never added together. Dashed levels are the estimates; dotted marks are the events.';
export const timeline_select_label = () => 'Category';
export const timeline_noscript = () =>
	'Choosing a category here needs JavaScript. Each category’s timeline is also on its own page:';
export const timeline_all_categories = () => 'All categories';
export const timeline_chart_title = ({ scope }: Params<'scope'>) =>
	`${scope}: handed over, cumulative`;
export const timeline_caption = () =>
	'One stepped line per category and source: colour tells the category, dash and marker tell the source. A figure with no upper bound ("800+") is drawn at its lowest value.';
export const timeline_chart_label = ({
	scope,
	lines,
	estimates,
	events
}: Params<'scope' | 'lines' | 'estimates' | 'events'>) =>
	`Line chart of the cumulative handover over time, ${scope}: ${lines}. Estimates marked: ${estimates}; events marked: ${events}.`;
export const timeline_chart_empty = ({ scope }: Params<'scope'>) =>
	`Timeline, ${scope}: no report gives a number yet.`;
export const timeline_line_who = ({ category, source }: Params<'category' | 'source'>) =>
	`${category}, according to ${source}`;
export const timeline_line = ({ who, figures }: Params<'who' | 'figures'>) => `${who}: ${figures}`;
export const timeline_figures_one = ({ figure, date }: Params<'figure' | 'date'>) =>
	`${figure} on ${date}`;
export const timeline_figures_many = ({
	first,
	from,
	last,
	to,
	count
}: Params<'first' | 'from' | 'last' | 'to' | 'count'>) =>
	`from ${first} on ${from} to ${last} on ${to}, ${count} report dates`;
export const timeline_more_lines = ({ count }: Params<'count'>) =>
	`and ${count} more lines, in the table`;
export const timeline_axis = () => 'Handed over, cumulative';
export const timeline_tooltip_figure = ({ who, figure }: Params<'who' | 'figure'>) =>
	`${who}: ${figure}`;
export const timeline_tooltip_open = ({
	who,
	figure,
	spoken
}: Params<'who' | 'figure' | 'spoken'>) => `${who}: ${figure} (${spoken})`;
export const timeline_tooltip_source = ({ source, side }: Params<'source' | 'side'>) =>
	`${source} (${side})`;
export const timeline_tooltip_reports = ({ count }: Params<'count'>) =>
	`${count} reports on this date`;
export const timeline_tooltip_corrected = () => 'Corrected: lower than an earlier total';
export const timeline_events_heading = () => 'Events marked on the chart';
export const timeline_key = () => 'Lines: colour for the category, dash and marker for the source';
export const timeline_key_sources = () =>
	'Lines: one per source, each with its colour, dash and marker';
export const timeline_caption_one = () =>
	'One stepped line per source: each has its own colour, dash and marker. A figure with no upper bound ("800+") is drawn at its lowest value.';
export const progress_key_certain = () => 'Handed over, certain';
export const progress_key_possible = () =>
	'May be more: up to the upper bound, or fading out where none is given';
export const progress_key_estimate = () => 'The estimate (100%); dashed when approximate';
export const timeline_figures_column = () => 'Figures';
export const timeline_latest_quote_column = () => "The latest report's words";
export const timeline_table_note = () =>
	'One row per line of the chart. Every report, with its words, is on the reports page.';
export const timeline_without_numbers = () => 'Not drawn, because no report gives them a number:';
export const category_description = ({ category, dataset }: Params<'category' | 'dataset'>) =>
	`${category} in ${dataset}: every figure from every source, the estimates and the timeline.`;
export const category_on_timeline = () => 'See it beside the other categories on the timeline';
export const history_heading = () => 'Every report';
export const history_table = () => 'Every report, as a table';
export const history_truncated = ({ shown, total }: Params<'shown' | 'total'>) =>
	`The latest ${shown} of ${total} reports; the reports page lists them all.`;
export const category_estimates_heading = () => 'Estimates';
export const category_no_estimate = () => 'There is no estimate of a total for this category.';
export const category_estimate_used = () =>
	'The share is measured against this estimate, the most recent.';
export const category_notes_heading = () => 'Notes';

// Reports, sources, navigation
export const nav_timeline = () => 'Timeline';
export const nav_reports = () => 'Reports';
export const nav_sources = () => 'Sources';
export const theme_button = ({ theme }: Params<'theme'>) => `Theme: ${theme}`;
export const theme_auto = () => 'auto';
export const theme_light = () => 'light';
export const theme_dark = () => 'dark';
export const theme_hint = () => 'Switch between the system’s colours, light and dark';
export const external_site = () => '(another site)';
export const no_number = () => 'no number given';
export const basis_cumulative_short = () => 'cumulative';
export const basis_increment_short = () => 'increment';
export const reports_title = () => 'Reports';
export const reports_description = ({ dataset }: Params<'dataset'>) =>
	`${dataset}: every figure that a report gave, with its source, date and the report’s words.`;
export const reports_intro = () =>
	'Every figure that a report gave, one row each, in the strength the source used. Figures from different sources are never added together.';
export const reports_noscript = ({ count }: Params<'count'>) =>
	`Without JavaScript, this page lists the ${count} most recent figures; sorting, filtering and further pages need JavaScript.`;
export const reports_table = () => 'Reported figures';
export const reports_filters = () => 'Filter the figures';
export const filter_category = () => 'Category';
export const filter_source = () => 'Source';
export const filter_side = () => 'Side';
export const filter_from = () => 'From';
export const filter_to = () => 'To';
export const filter_all = () => 'All';
export const filter_apply = () => 'Apply';
export const filter_clear = () => 'Clear filters';
export const column_date = () => 'Date';
export const column_source = () => 'Source and side';
export const column_category = () => 'Category';
export const column_figure = () => 'Figure';
export const column_basis = () => 'Basis';
export const column_quote = () => 'Quote';
export const column_link = () => 'Link';
export const read_report = () => 'Read';
export const reports_showing = ({
	from,
	to,
	total,
	count
}: Params<'from' | 'to' | 'total'> & { readonly count: number }) =>
	count === 1 ? 'Showing the only figure' : `Showing ${from}–${to} of ${total} figures`;
export const reports_showing_filtered = ({
	from,
	to,
	matched,
	total,
	count
}: Params<'from' | 'to' | 'matched' | 'total'> & { readonly count: number }) =>
	count === 1
		? `Showing the 1 figure that matches the filters (${total} in all)`
		: `Showing ${from}–${to} of ${matched} figures that match the filters (${total} in all)`;
export const reports_none = () => 'No figure matches these filters.';
export const reports_empty = () => 'No report yet.';
export const reports_loading = () => 'Loading all the figures…';
export const reports_load_failed = () =>
	'The full list of figures could not be loaded, so only the most recent figures are shown. Reload the page to try again.';
export const pages_label = () => 'Pages';
export const page_previous = () => 'Previous';
export const page_next = () => 'Next';
export const page_link = ({ page }: Params<'page'>) => `Page ${page}`;
export const sources_page_title = () => 'Sources';
export const sources_page_description = ({ dataset }: Params<'dataset'>) =>
	`${dataset}: each source of figures, its side, how many figures it gave and its latest figure for each category.`;
export const sources_page_intro = () =>
	'Who said what: each source, whose account it is, how many figures it gave and its latest figure for each category. A source’s figures are never added to another’s.';
export const sources_page_empty = () => 'No source yet.';
export const source_kind_label = () => 'Kind';
export const source_side_label = () => 'Side';
export const source_figures_label = () => 'Figures given';
export const source_events_label = () => 'Events on the timeline';
export const source_estimates_label = () => 'Estimates given';
export const source_website = () => 'Website';
export const source_no_side = () => 'not stated';
export const source_latest_heading = () => 'Latest figure for each category';
export const source_latest_table = ({ source }: Params<'source'>) =>
	`Latest figures from ${source}`;
export const source_no_figures = () => 'It gave no figure.';
export const column_as_of = () => 'As of';
export const kind_government = () => 'Government';
export const kind_armed_group = () => 'Armed group';
export const kind_peacekeepers = () => 'Peacekeepers';
export const kind_media = () => 'Media';
export const kind_international = () => 'International organisation';
export const kind_ngo = () => 'Non-governmental organisation';
