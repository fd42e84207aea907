/**
 * The overview page's view model: everything the page shows, as display-ready strings and
 * numbers, built from the handover model. Components lay it out and compute nothing.
 *
 * Why one file: the cards, the figures' words and the footer are one view model, each built from
 * the same category summary.
 */
import { formatQuantity } from '$lib/data/format';
import { formatProgress } from '$lib/data/format-progress';
import type {
	CategorySummary,
	DataIssue,
	Dataset,
	Estimate,
	HandoverModel,
	Localized,
	Measure,
	MeasureSummary,
	Quantity,
	Report,
	SafeUrl,
	SourceTotal
} from '$lib/data/types';
import * as m from '$lib/messages';
import { MEASURE_LABELS } from './measures';
import { progressBar, shareBar, type ProgressBarView } from './progress';
import { currentLocale, formatDate, formatNumber, localized, localizedOrNull } from './locale';
import { progressChartView, type ProgressChartView } from './progress-chart';
import { textLanguage, type TextLanguage } from './text';

export interface SourceView {
	name: string;
	side: string | null;
	url: SafeUrl | null;
}

/** A source's own words, with where and when they were said. */
export interface QuoteView extends TextLanguage {
	text: string;
	note: string | null;
	url: SafeUrl | null;
}

/** One source's figure for a category (listed when sources differ). */
export interface SourceFigureView {
	source: SourceView;
	date: string;
	text: string;
	corrected: boolean;
	/** "Russian Ministry of Defence: 800+ (2023-09-22)". */
	sentence: string;
}

export interface EstimateView {
	/** "≈10,000" */
	text: string;
	/** What is estimated: "Armenian fighters in Karabakh". */
	label: string;
	/** "Government of Azerbaijan, 2023-09" */
	attribution: string;
	source: SourceView;
	note: string | null;
	quote: QuoteView | null;
}

/** A figure of another measure than handed over (verified, seized, destroyed), with its own source. */
export interface MeasureView {
	measure: Exclude<Measure, 'handed_over'>;
	/** "Verified" */
	name: string;
	/** "840" in the source's strength */
	figure: string;
	/** "UN Mission in Colombia, 2017-06-20" */
	attribution: string;
	/** "Verified: 840 (UN Mission in Colombia, 2017-06-20)" */
	sentence: string;
	sourcesDiffer: boolean;
	/** Every source's figure of this measure, most recent first (shown when they differ). */
	bySource: SourceFigureView[];
}

export interface CategoryCardView {
	id: string;
	label: string;
	/** The category's page, for `resolve`: `/karabakh-2023/category/firearms/`. */
	path: `/${string}/`;
	/** The headline figure in the source's strength ("800+"), or null when no number is given. */
	figure: string | null;
	/** Beside the figure ("firearms handed over"), or alone ("handed over, no number given"). */
	caption: string;
	/** Who gave the headline (or the unquantified report), and when; null with no report at all. */
	reportedBy: { source: SourceView; date: string; attribution: string } | null;
	corrected: boolean;
	sourcesDiffer: boolean;
	/** Every source's figure, most recent first; shown when they differ. */
	bySource: SourceFigureView[];
	/** Later reports that name the item without a number, beside a headline that has one. */
	alsoUnquantified: string[];
	/** The other measures' figures, beside the headline and never against it. */
	measures: MeasureView[];
	/** True when the headline is the source's own share (percent) rather than a count. */
	share: boolean;
	estimate: EstimateView | null;
	otherEstimates: EstimateView[];
	/** "6%", "at least 8%", "no estimate". */
	progressText: string;
	bar: ProgressBarView | null;
	assumption: string | null;
	/** Said when one unit of the estimate stands for several items. */
	perTarget: string | null;
	/** The words of the reports behind the figure: the latest QUOTES_ON_CARD of them. */
	quotes: QuoteView[];
	/** Notes of those reports that give no quote (a quote shows its note beside it), as many. */
	notes: string[];
	/** "The words of 11 more reports are on the category page.", or null when all are here. */
	moreQuotes: string | null;
}

/**
 * A figure can rest on many reports (a cumulative figure and every increment since): the card
 * shows the words of the latest few, and the category page all of them, so that the overview's
 * HTML stays small however many reports there are.
 */
export const QUOTES_ON_CARD = 3;

export interface IssueView {
	severity: DataIssue['severity'];
	severityLabel: string;
	/** `reports.csv:7:4: quantity 'eight hundred' is not a whole number` */
	text: string;
}

/** What the layout's footer says about the dataset on the page. */
export interface FooterView {
	credit: string | null;
	/** "Figures as of 2023-09-22." */
	asOf: string | null;
}

export interface OverviewView {
	id: string;
	title: string;
	description: string | null;
	credit: string | null;
	/** "as of 2023-09-22", or null when there are no reports. */
	asOf: string | null;
	asOfDate: string | null;
	categories: CategoryCardView[];
	/** The progress chart under the cards. */
	progressChart: ProgressChartView;
	issues: IssueView[];
	issuesIntro: string;
}

const text = (value: Localized | null): string | null => localizedOrNull(value);

function sourceOf(dataset: Dataset, id: string): SourceView {
	const source = dataset.sources.find((s) => s.id === id);
	if (!source) return { name: id, side: null, url: null };
	return { name: localized(source.name), side: text(source.side), url: source.url };
}

function quoteOf(item: {
	quote: string | null;
	note: Localized | null;
	url: SafeUrl | null;
}): QuoteView | null {
	if (!item.quote) return null;
	return { text: item.quote, ...textLanguage(item.quote), note: text(item.note), url: item.url };
}

function estimateView(dataset: Dataset, estimate: Estimate): EstimateView {
	const source = sourceOf(dataset, estimate.source);
	return {
		text: formatQuantity(estimate.quantity, currentLocale()),
		label: localized(estimate.label),
		attribution: estimate.date
			? m.estimate_by({ source: source.name, date: formatDate(estimate.date.text) })
			: m.estimate_undated({ source: source.name }),
		source,
		note: text(estimate.note),
		// The note is shown beside the estimate, so the quote does not repeat it.
		quote: quoteOf({ ...estimate, note: null })
	};
}

function figureView(dataset: Dataset, total: SourceTotal): SourceFigureView {
	const source = sourceOf(dataset, total.source);
	return {
		source,
		date: formatDate(total.date),
		text: formatQuantity(total.total, currentLocale()),
		corrected: total.corrected,
		sentence: m.source_figure({
			source: source.name,
			figure: formatQuantity(total.total, currentLocale()),
			date: formatDate(total.date)
		})
	};
}

/** The estimate counted in items of the category: ≈10,000 fighters x 1 firearm each. */
function scaled(quantity: Quantity, factor: number): Quantity {
	if (factor === 1) return quantity;
	return {
		low: quantity.low * factor,
		high: quantity.high === null ? null : quantity.high * factor,
		approximate: quantity.approximate,
		style: quantity.style
	};
}

function reportedBy(dataset: Dataset, report: { source: string; date: string }) {
	const source = sourceOf(dataset, report.source);
	return {
		source,
		date: formatDate(report.date),
		attribution: m.reported_by({ source: source.name, date: formatDate(report.date) })
	};
}

function latest(reports: readonly Report[]): Report | null {
	return reports.reduce<Report | null>(
		(last, r) => (last === null || r.date >= last.date ? r : last),
		null
	);
}

/** "the UN Mission's own share": who gave a share headline. */
function shareNote(dataset: Dataset, total: SourceTotal): string {
	return m.progress_share_note({ source: sourceOf(dataset, total.source).name });
}

function progressTextOf(dataset: Dataset, summary: CategorySummary): string {
	const { progress, progressFrom, headline } = summary;
	if (progress && progressFrom === 'reported_share' && headline) {
		return m.progress_from_share({
			progress: formatProgress(progress, currentLocale()),
			note: shareNote(dataset, headline)
		});
	}
	if (!summary.estimate) return m.no_estimate();
	if (!progress) return m.progress_unknown();
	return formatProgress(progress, currentLocale());
}

function measureView(dataset: Dataset, lane: MeasureSummary): MeasureView | null {
	const { measure, headline } = lane;
	if (measure === 'handed_over' || headline === null) return null;
	const figure = formatQuantity(headline.total, currentLocale());
	const { attribution } = reportedBy(dataset, headline);
	const name = MEASURE_LABELS[measure]();
	return {
		measure,
		name,
		figure,
		attribution,
		sentence: m.measure_line({ measure: name, figure, attribution }),
		sourcesDiffer: lane.sourcesDiffer,
		bySource: lane.bySource.map((t) => figureView(dataset, t))
	};
}

/** The bar of a card: a count against the estimate, or the source's own share. */
function barOf(dataset: Dataset, summary: CategorySummary, label: string): ProgressBarView | null {
	const { headline, estimate, progress, progressFrom, category } = summary;
	if (!headline || !progress) return null;
	if (progressFrom === 'reported_share') {
		return shareBar(label, progress, shareNote(dataset, headline));
	}
	if (!estimate) return null;
	return progressBar({
		label,
		handed: headline.total,
		denominator: scaled(estimate.quantity, category.perTarget),
		progress
	});
}

/** One category's card. */
export function categoryCard(dataset: Dataset, summary: CategorySummary): CategoryCardView {
	const { category, headline, estimate } = summary;
	const label = localized(category.label);
	const unit = text(category.unit);
	const lastUnquantified = latest(summary.unquantified);
	const shown = headline ?? lastUnquantified;
	const behind = headline ? headline.reports : summary.unquantified;
	const allQuotes = behind.map(quoteOf).filter((q): q is QuoteView => q !== null);
	const allNotes = behind
		.filter((r) => !r.quote)
		.map((r) => text(r.note))
		.filter((n): n is string => n !== null);
	const quotes = allQuotes.slice(-QUOTES_ON_CARD);
	const notes = allNotes.slice(-QUOTES_ON_CARD);
	const left = allQuotes.length - quotes.length + (allNotes.length - notes.length);
	const bar = barOf(dataset, summary, label);
	const share = headline?.total.unit === 'percent';
	return {
		id: category.id,
		label,
		path: `/${dataset.id}/category/${category.id}/`,
		figure: headline ? formatQuantity(headline.total, currentLocale()) : null,
		caption: headline
			? share
				? unit
					? m.handed_over_share({ unit })
					: m.handed_over_share_total()
				: unit
					? m.handed_over_unit({ unit })
					: m.handed_over()
			: lastUnquantified
				? m.unquantified()
				: m.no_reports_yet(),
		reportedBy: shown ? reportedBy(dataset, shown) : null,
		corrected: summary.bySource.some((t) => t.corrected),
		sourcesDiffer: summary.sourcesDiffer,
		bySource: summary.bySource.map((t) => figureView(dataset, t)),
		alsoUnquantified: headline
			? summary.unquantified
					.filter((r) => r.date > headline.date)
					.map((r) =>
						m.also_unquantified({
							source: sourceOf(dataset, r.source).name,
							date: formatDate(r.date)
						})
					)
			: [],
		measures: summary.measures
			.map((lane) => measureView(dataset, lane))
			.filter((v): v is MeasureView => v !== null),
		share,
		estimate: estimate ? estimateView(dataset, estimate) : null,
		otherEstimates: summary.estimates
			.filter((e) => e !== estimate)
			.map((e) => estimateView(dataset, e)),
		progressText: progressTextOf(dataset, summary),
		bar,
		assumption: text(category.assumption),
		perTarget:
			estimate && category.perTarget !== 1
				? m.per_target({ count: formatNumber(category.perTarget), unit: unit ?? label })
				: null,
		quotes,
		moreQuotes: left > 0 ? m.card_more_quotes({ count: left, shown: formatNumber(left) }) : null,
		notes
	};
}

/**
 * The whole overview. `issueView` lists an issue (view/issues.ts's, in the reader's language):
 * it is passed in, because pages import this module for its cards, and must not ship every
 * issue message with it.
 * @example overviewView(buildModel(loadDatasetFromDisk('karabakh-2023')), issueView).categories[1].figure // '800+'
 */
export function overviewView(
	model: HandoverModel,
	issueView: (issue: DataIssue) => IssueView
): OverviewView {
	const { dataset } = model;
	const categories = model.categories.map((summary) => categoryCard(dataset, summary));
	return {
		id: dataset.id,
		title: localized(dataset.meta.title),
		description: text(dataset.meta.description),
		credit: text(dataset.meta.credit),
		asOf: model.asOf ? m.as_of({ date: formatDate(model.asOf) }) : null,
		asOfDate: model.asOf,
		categories,
		progressChart: progressChartView(model, categories),
		issues: model.issues.map(issueView),
		issuesIntro: m.issues_intro({ count: model.issues.length })
	};
}

/** The footer line for a page of this dataset (only its credit and date are read). */
export function footerView(overview: Pick<OverviewView, 'credit' | 'asOfDate'>): FooterView {
	return {
		credit: overview.credit,
		asOf: overview.asOfDate ? m.footer_as_of({ date: formatDate(overview.asOfDate) }) : null
	};
}
