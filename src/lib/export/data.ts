/**
 * What a chart's exports hold, built at build time from the handover model (the embed routes'
 * `export.json`): one row per point that the chart draws, with what the chart's view model
 * leaves out (the interval's upper bound, the qualifier, the report's link and words), and what
 * the picture's source line names. Pure: no DOM, no disk.
 *
 * The timeline's rows are the points of `series.json` itself (downsampled the same way), each
 * completed from the full series, so that the CSV holds exactly the points the chart draws.
 */
import { categorySeries, lineId, type SeriesPoint, type SourceSeries } from '$lib/data/series';
import type { HandoverModel, Quantity, QuantityUnit, Report } from '$lib/data/types';
import { formatQuantity } from '$lib/data/format';
import { currentLocale, localized, type Locale } from '$lib/view/locale';
import { categoryCard } from '$lib/view/overview';
import { progressChartView } from '$lib/view/progress-chart';
import type { TimelineSeries } from '$lib/view/timeline';
import type { Cell } from './csv';

export type ChartKind = 'progress' | 'timeline';

/** One point of the chart: who and when (for the source line and the category filter), and its CSV cells. */
export interface ExportRow {
	category: string;
	source: string;
	date: string;
	cells: Cell[];
}

export interface ExportData {
	dataset: string;
	/**
	 * The language of the labels (the page's: `/ar/…/export.json` is Arabic). The CSV's header,
	 * ids, dates, figures and qualifiers are the same in every language (a machine reads them);
	 * the labels (category, source and estimate names) and the picture's words are the reader's.
	 */
	locale: Locale;
	/** The dataset's title. */
	title: string;
	/** The dataset's credit line, or null. */
	credit: string | null;
	/** The date of the latest report (`YYYY-MM-DD`), or null with none. */
	asOf: string | null;
	chart: ChartKind;
	/** The one category the chart shows, or null for all. */
	category: string | null;
	/** The sources of the estimates each category is drawn against, in the order the page lists them. */
	estimates: { category: string; source: string }[];
	/**
	 * What each category's share is measured against (its estimate, the most recent one): the
	 * estimate's name and figure as the source put it, and its source. Optional: an export.json
	 * made before this field has none.
	 */
	against?: { category: string; label: string; figure: string; source: string }[];
	/**
	 * The assumptions the shares rest on (categories.csv `assumption`, "one firearm per fighter"),
	 * each category's once: the progress chart's (the timeline draws counts, not shares).
	 */
	assumptions?: { category: string; text: string }[];
	header: string[];
	rows: ExportRow[];
}

/** The columns of every point: who gave which figure when, in its strength and as an interval. */
const POINT_HEADER = ['category', 'source', 'date', 'figure', 'low', 'high', 'qualifier'];

export const PROGRESS_HEADER = [
	...POINT_HEADER,
	'share_low_percent',
	'share_high_percent',
	'estimate',
	// The estimate as numbers beside its text (≈10,000), as the figure has low and high.
	'estimate_low',
	'estimate_high',
	'estimate_source',
	'link',
	'unit',
	'quantity_high'
];

// Issue 14's columns last, so that a reader of the older exports finds every column where it was.
export const TIMELINE_HEADER = [
	...POINT_HEADER,
	'reports',
	'quote',
	'link',
	'unit',
	'measure',
	'quantity_high'
];

/**
 * The qualifier a total stands for: a report's own, or the one its interval reads as when
 * figures were added up. A bounded interval that is none of these (10–20) is `between`, as
 * reports.csv writes a range.
 * @example qualifierOf({ low: 801, high: null, approximate: false, style: 'plus' }) // 'more_than'
 */
export function qualifierOf(q: Quantity): string {
	if (q.high === null) return q.style === 'plus' ? 'more_than' : 'at_least';
	if (q.approximate) return 'about';
	if (q.low === q.high) return 'exact';
	if (q.low === 0) return q.style === 'lt' ? 'fewer_than' : 'at_most';
	return 'between';
}

/**
 * The upper end of a range (`between`), as reports.csv's quantity_high writes it; null for any
 * other figure (its upper bound, if any, is in the `high` column).
 */
export function quantityHighOf(q: Quantity): number | null {
	return qualifierOf(q) === 'between' ? q.high : null;
}

/** The unit cell of an export: `count`, or `percent` for a source's own share. */
export function unitOf(q: Quantity): QuantityUnit {
	return q.unit ?? 'count';
}

/** The link of the latest report behind a figure that has one. */
function linkOf(reports: readonly Report[]): string | null {
	return [...reports].reverse().find((r) => r.url)?.url ?? null;
}

/** The words of the latest report behind a figure that has some, whole (a tooltip shortens them). */
function quoteOf(reports: readonly Report[]): string | null {
	return [...reports].reverse().find((r) => r.quote)?.quote ?? null;
}

function base(model: HandoverModel, locale: Locale) {
	const { dataset } = model;
	const names = new Map(dataset.sources.map((s) => [s.id, localized(s.name, locale)]));
	const sourceName = (id: string) => names.get(id) ?? id;
	const labels = new Map(dataset.categories.map((c) => [c.id, localized(c.label, locale)]));
	const categoryLabel = (id: string) => labels.get(id) ?? id;
	const estimates = model.categories.flatMap((summary) =>
		[...new Set(summary.estimates.map((e) => sourceName(e.source)))].map((source) => ({
			category: summary.category.id,
			source
		}))
	);
	const against = model.categories.flatMap(({ category, estimate }) =>
		estimate
			? [
					{
						category: category.id,
						label: localized(estimate.label, locale),
						figure: formatQuantity(estimate.quantity, locale),
						source: sourceName(estimate.source)
					}
				]
			: []
	);
	const assumptions = dataset.categories.flatMap((c) =>
		c.assumption?.value ? [{ category: c.id, text: localized(c.assumption, locale) }] : []
	);
	return {
		sourceName,
		categoryLabel,
		estimates,
		against,
		assumptions,
		meta: {
			dataset: dataset.id,
			locale,
			title: localized(dataset.meta.title, locale),
			credit: dataset.meta.credit?.value ? localized(dataset.meta.credit, locale) : null,
			asOf: model.asOf
		}
	};
}

/**
 * The progress chart's rows: one per bar (a category with a number and an estimate), its figure
 * as the source gave it and as an interval, the share drawn, the estimate it is measured against.
 * Labels in `locale` (the figure's text stays as the source wrote it: "800+", whatever the language).
 * @example progressExport(seedModel()).rows[1].cells
 *   // ['Firearms', 'Russian Ministry of Defence', '2023-09-22', '800+', 801, null, 'more_than', 8.01, null, '≈10,000', 10000, 10000, 'Government of Azerbaijan', null]
 */
export function progressExport(model: HandoverModel, locale: Locale = currentLocale()): ExportData {
	const { sourceName, categoryLabel, estimates, against, assumptions, meta } = base(model, locale);
	const rows: ExportRow[] = [];
	const cards = model.categories.map((summary) => categoryCard(model.dataset, summary));
	for (const row of progressChartView(model, cards).rows) {
		const summary = model.categories.find((c) => c.category.id === row.id);
		const headline = summary?.headline;
		const estimate = summary?.estimate;
		if (!summary || !headline || !estimate) continue;
		const total = headline.total;
		const source = sourceName(headline.source);
		rows.push({
			category: row.id,
			source,
			date: headline.date,
			cells: [
				categoryLabel(row.id),
				source,
				headline.date,
				formatQuantity(total),
				total.low,
				total.high,
				qualifierOf(total),
				row.low,
				row.high,
				formatQuantity(estimate.quantity),
				estimate.quantity.low,
				estimate.quantity.high,
				sourceName(estimate.source),
				linkOf(headline.reports),
				unitOf(total),
				quantityHighOf(total)
			]
		});
	}
	const drawn = new Set(rows.map((r) => r.category));
	return {
		...meta,
		chart: 'progress',
		category: null,
		estimates: estimates.filter((e) => drawn.has(e.category)),
		against: against.filter((e) => drawn.has(e.category)),
		assumptions: assumptions.filter((a) => drawn.has(a.category)),
		header: PROGRESS_HEADER,
		rows
	};
}

/**
 * The timeline's rows: one per point of `series` (what `series.json` holds for the same
 * selection), completed from the full series of its line.
 * @example timelineExport(seedModel(), timelineSeries(seedModel())).rows[1].cells
 *   // ['Firearms', 'Russian Ministry of Defence', '2023-09-22', '800+', 801, null, 'more_than', 1, 'وأكثر من 800 سلاح ناري', null]
 */
export function timelineExport(
	model: HandoverModel,
	series: TimelineSeries,
	category: string | null = null,
	locale: Locale = currentLocale()
): ExportData {
	const { sourceName, categoryLabel, estimates, meta } = base(model, locale);
	const { categories } = model.dataset;
	const full = new Map<string, { line: SourceSeries; points: Map<string, SeriesPoint> }>();
	for (const c of categories) {
		if (category !== null && c.id !== category) continue;
		for (const line of categorySeries(model, c.id)) {
			full.set(lineId(line), { line, points: new Map(line.points.map((p) => [p.date, p])) });
		}
	}
	const rows: ExportRow[] = [];
	for (const line of series.lines) {
		const known = full.get(line.id);
		if (!known)
			throw new Error(`timelineExport: series.json has a line '${line.id}' the model lacks`);
		const { points } = known;
		const { category: categoryId, source: sourceId } = known.line;
		for (const drawn of line.points) {
			const point = points.get(drawn.date);
			if (!point) throw new Error(`timelineExport: ${line.id} has no point on ${drawn.date}`);
			const source = sourceName(sourceId);
			rows.push({
				category: categoryId,
				source,
				date: point.date,
				cells: [
					categoryLabel(categoryId),
					source,
					point.date,
					formatQuantity(point.total),
					point.total.low,
					point.total.high,
					qualifierOf(point.total),
					point.reports.length,
					quoteOf(point.reports),
					linkOf(point.reports),
					unitOf(point.total),
					known.line.measure,
					quantityHighOf(point.total)
				]
			});
		}
	}
	return {
		...meta,
		chart: 'timeline',
		category,
		estimates: estimates.filter((e) => category === null || e.category === category),
		header: TIMELINE_HEADER,
		rows
	};
}

/**
 * The export narrowed to one category (the timeline page's `?category=`), or as it is for null.
 */
export function forCategory(data: ExportData, category: string | null): ExportData {
	if (category === null || data.category === category) return data;
	return {
		...data,
		category,
		estimates: data.estimates.filter((e) => e.category === category),
		against: data.against?.filter((e) => e.category === category),
		assumptions: data.assumptions?.filter((a) => a.category === category),
		rows: data.rows.filter((r) => r.category === category)
	};
}

/** Each source once with the date of its latest point, in the order they first appear. */
export function reportedSources(data: ExportData): { source: string; date: string }[] {
	const latest = new Map<string, string>();
	for (const row of data.rows) {
		const seen = latest.get(row.source);
		if (seen === undefined || row.date > seen) latest.set(row.source, row.date);
	}
	return [...latest].map(([source, date]) => ({ source, date }));
}

/** The estimates' sources, each once. */
export function estimateSources(data: ExportData): string[] {
	return [...new Set(data.estimates.map((e) => e.source))];
}
