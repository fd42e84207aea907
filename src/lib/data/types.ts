/**
 * The typed records and the handover model that every stage after parsing works with.
 *
 * Data flows one way: CSV text -> rows -> validated records (these types, or DataIssues) ->
 * the model (aggregate.ts) -> page view-models and chart configs. Nothing downstream of
 * validation sees a raw CSV string: dates are checked ISO strings, quantities are intervals.
 */
import type { IssueKey, IssueParams } from './issue';

/**
 * Where a problem sits: `file:line:column: message`. Line and column are 1-based; 0 = whole file / whole row.
 * `message` is the English sentence (what the CLI prints); `key` and `params` say the same as
 * data, for a page to render in its reader's language (issue.ts, renderIssue).
 */
export interface DataIssue {
	file: string;
	line: number;
	column: number;
	message: string;
	/** The Paraglide message of the sentence (`issue_not_whole_number`). */
	key: IssueKey;
	/** Its parameters: plain data (see issue.ts for the kinds). */
	params: IssueParams;
	severity: 'error' | 'warning';
}

/** The qualifiers a report may put on a quantity, in the order the methodology page lists them. */
export const QUALIFIERS = [
	'exact',
	'about',
	'more_than',
	'at_least',
	'at_most',
	'fewer_than',
	'between'
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * What a figure counts of the weapons: handed over (the default, and the only measure that makes
 * the headline and the progress), verified (accepted or counted by a monitor), seized (taken, not
 * handed over), destroyed (destroyed or made unusable). Each measure is counted on its own.
 */
export const MEASURES = ['handed_over', 'verified', 'seized', 'destroyed'] as const;
export type Measure = (typeof MEASURES)[number];

/** How a report's figure relates to earlier ones from the same source. */
export const BASES = ['cumulative', 'increment'] as const;
export type Basis = (typeof BASES)[number];

export const SOURCE_KINDS = [
	'government',
	'armed_group',
	'peacekeepers',
	'media',
	'international',
	'ngo'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A calendar day, `YYYY-MM-DD`, checked to exist (no 2023-02-30). Compares correctly as a string. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** A date of known precision: `2023`, `2023-09` or `2023-09-22`. The precision is kept and shown. */
export interface PartialDate {
	year: number;
	month: number | null;
	day: number | null;
	/** The canonical text, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	text: string;
}

/** A URL that is safe to render as a link: only `http:` and `https:` ever get here. */
export type SafeUrl = string & { readonly __brand: 'SafeUrl' };

/**
 * A text cell with its translations from `<column>_<lang>` columns (`label_ar`).
 * `value` is the original column; `translations.ar` the Arabic one, when given.
 */
export interface Localized {
	value: string;
	translations: Readonly<Record<string, string>>;
}

export { QUANTITY_STYLES, QUANTITY_UNITS } from './figures';
export type { Progress, Quantity, QuantityStyle, QuantityUnit } from './figures';
import type { Progress, Quantity, QuantityUnit } from './figures';

/**
 * A figure as the source wrote it: the number, its qualifier, the upper end of a `between`
 * range (null for any other qualifier) and its unit (a count, or the source's own percent).
 */
export interface StatedFigure {
	value: number;
	qualifier: Qualifier;
	/** Absent or null unless the qualifier is `between`. */
	high?: number | null;
	/** Absent means `count`. */
	unit?: QuantityUnit;
}

/**
 * The phrases that name a category or an estimate's target in a report's text, by language
 * (`en` for the `terms` column, `ar` for `terms_ar`, `ru` for `terms_ru`), each cell
 * `|`-separated: `{ en: ['firearms', 'small arms'], ar: ['سلاح ناري'] }`. Read by the extractor.
 */
export type Terms = Readonly<Record<string, readonly string[]>>;

/** Fields every record carries: the line of its file it came from (for issues and links back). */
interface Located {
	line: number;
}

export interface Report extends Located {
	date: IsoDate;
	source: string;
	category: string;
	/** null when the report names the item but gives no number. */
	stated: StatedFigure | null;
	/** The stated figure as an interval; null exactly when `stated` is null. */
	quantity: Quantity | null;
	basis: Basis;
	/** What the figure counts (handed over unless the `measure` cell says otherwise). */
	measure: Measure;
	url: SafeUrl | null;
	quote: string | null;
	note: Localized | null;
}

export interface Estimate extends Located {
	target: string;
	label: Localized;
	stated: StatedFigure;
	quantity: Quantity;
	/** null when the estimate is undated. */
	date: PartialDate | null;
	source: string;
	url: SafeUrl | null;
	quote: string | null;
	note: Localized | null;
	/** The target's words in a text (estimates.csv's `terms` columns); absent or empty when none. */
	terms?: Terms;
}

export interface Category extends Located {
	id: string;
	label: Localized;
	/** The estimate target this category counts toward, or null. */
	target: string | null;
	/** Items of this category per unit of the target (1 armoured vehicle per tank-or-armoured-vehicle). */
	perTarget: number;
	unit: Localized | null;
	/** Optional: what the page must say about `per_target` when it is an assumption. */
	assumption: Localized | null;
	note: Localized | null;
	/** The category's words in a text (the `terms` columns); absent or empty when none. */
	terms?: Terms;
}

export interface Source extends Located {
	id: string;
	name: Localized;
	kind: SourceKind;
	side: Localized | null;
	url: SafeUrl | null;
}

export interface HandoverEvent extends Located {
	date: IsoDate;
	label: Localized;
	source: string | null;
	url: SafeUrl | null;
	note: Localized | null;
}

/** The small metadata file, `dataset.json`. */
export interface DatasetMeta {
	title: Localized;
	description: Localized | null;
	credit: Localized | null;
}

/** One dataset folder, validated. Records appear in file order. */
export interface Dataset {
	id: string;
	meta: DatasetMeta;
	categories: Category[];
	sources: Source[];
	estimates: Estimate[];
	reports: Report[];
	events: HandoverEvent[];
	/**
	 * Where each column of reports.csv sits (1-based, by lower-case header name), so that a
	 * warning found after loading (a correction, two figures on one day) points at the file's own
	 * column even when the columns are in another order than the documented one. Absent for a
	 * dataset built in code; then the documented order is used.
	 */
	reportColumns?: Readonly<Record<string, number>>;
}

/** What loading a dataset gives: the records that are valid, and every problem found. */
export interface LoadResult {
	dataset: Dataset;
	issues: DataIssue[];
}

/** The text of each file in a dataset folder, keyed by file name (`reports.csv`). Missing files are absent. */
export type DatasetFiles = Readonly<Record<string, string>>;

/** The files a dataset folder holds. */
export const DATASET_FILES = {
	meta: 'dataset.json',
	categories: 'categories.csv',
	sources: 'sources.csv',
	estimates: 'estimates.csv',
	reports: 'reports.csv',
	events: 'events.csv'
} as const;

// ---------------------------------------------------------------------------------------------
// The model: what aggregation makes of a dataset (see aggregate.ts and DESIGN.md, "How figures
// are counted").
// ---------------------------------------------------------------------------------------------

/** One source's running total for one category on a given day. */
export interface SourceTotal {
	source: string;
	/** Date of the latest report that went into the total. */
	date: IsoDate;
	total: Quantity;
	/** The reports summed: the latest cumulative one (if any), then the increments after it. */
	reports: Report[];
	/** True when a later cumulative figure is lower than an earlier one from this source. */
	corrected: boolean;
}

/** A report that gives a number. */
export type Figure = Report & { quantity: Quantity };

/** The cumulative figure a source's total rests on for one date (the last of that date in file order). */
export interface Step {
	report: Figure;
	/** Earlier cumulative figures of the same date, in file order; the step replaces them. */
	sameDate: Figure[];
	/** The earlier figure this one is definitely lower than (a correction), or null. */
	lowerThan: Figure | null;
}

/** One source's quantified reports for one category, sorted, with its cumulative steps. */
export interface Timeline {
	figures: Figure[];
	steps: Step[];
}

/** One source's timeline for a category, in the model: the whole file, whatever the day. */
export interface SourceTimeline extends Timeline {
	source: string;
}

/**
 * One measure's figures for one category (handed over, verified, seized or destroyed), counted on
 * its own by the rules of steps.ts per source and per unit: a share (unit percent) is never
 * added to a count, nor compared with one.
 */
export interface MeasureSummary {
	measure: Measure;
	/**
	 * Each source's counts and cumulative steps (unit count), over the whole file whatever the
	 * model's day, sources in the order of sources.csv (then unknown ids): what the timeline draws.
	 */
	timelines: SourceTimeline[];
	/** The same for each source's own shares (unit percent). */
	shareTimelines: SourceTimeline[];
	/**
	 * The most recent source total, a count or a share (`total.unit`); on one day a count
	 * outranks a share. Null when no report gives this measure a number.
	 */
	headline: SourceTotal | null;
	/** Every source's total per unit, most recent first. Never summed across sources. */
	bySource: SourceTotal[];
	/** True when two sources' totals of the same unit differ (a share never differs from a count). */
	sourcesDiffer: boolean;
}

/** Where a category's progress comes from: its count against the estimate, or the source's own share. */
export type ProgressFrom = 'estimate' | 'reported_share';

/** A category in the model: its handed-over figures (the headline) and its other measures. */
export interface CategorySummary extends Omit<MeasureSummary, 'measure'> {
	category: Category;
	/** The other measures that have figures, in the order of MEASURES (verified, seized, destroyed). */
	measures: MeasureSummary[];
	/** Reports that name the category without a number. */
	unquantified: Report[];
	/** All estimates of the category's target, most recent first; empty when it has none. */
	estimates: Estimate[];
	/** The estimate progress is measured against (the most recent), or null. */
	estimate: Estimate | null;
	/**
	 * handed over / (estimate x per_target) when the headline is a count; the share itself when
	 * it is a share; null without a headline (or a count without an estimate).
	 */
	progress: Progress | null;
	/** Null exactly when `progress` is. */
	progressFrom: ProgressFrom | null;
}

export interface HandoverModel {
	dataset: Dataset;
	/** The date of the latest report, or null when there are none. */
	asOf: IsoDate | null;
	categories: CategorySummary[];
	/** Load issues plus what aggregation found suspicious (corrections, duplicates). */
	issues: DataIssue[];
}
