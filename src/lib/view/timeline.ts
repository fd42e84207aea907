/**
 * The timeline's view models: one line per category and source (never summed), each report date
 * a point with the figure in the source's strength and its words; the estimates as levels; the
 * events as dated marks. Split in two so that a page stays light with 100,000 report rows:
 * - `timelineView`, in the page: each line's first and latest point, the estimates, the events;
 *   `selectTimeline` narrows it to one category (in the browser, from `?category=`) and gives
 *   the chart's sentence and its table, one row per line;
 * - `timelineSeries`, a prerendered `series.json` that the chart fetches with Chart.js: every
 *   line's points, downsampled to a budget. `withPoints` (./timeline-points.ts) joins the two for the chart builder.
 *
 * Why one file (beside timeline-points.ts): the view, the selection and the series are read
 * together by the page and the live data, and their types refer to each other.
 */
import { formatQuantity } from '$lib/data/format';
import {
	categorySeries,
	dayToTime,
	downsampleSteps,
	lineId,
	type SeriesPoint
} from '$lib/data/series';
import { MEASURES } from '$lib/data/types';
import type { Dataset, Estimate, HandoverModel, Localized, PartialDate } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatDate, formatNumber, localized, localizedOrNull } from './locale';
import { measureLabel } from './measures';
import { spokenQuantity } from './progress';
import { textLanguage } from './text';

export interface TimelinePoint {
	/** UTC midnight of `date`, in milliseconds. */
	x: number;
	/** The lower bound of the total: what is plotted ("800+" is drawn at 801). */
	y: number;
	date: string;
	/** "800+" */
	figure: string;
	/** "at least 801" */
	spoken: string;
	/** True when the total has no upper bound (the tooltip says "at least"). */
	open: boolean;
	/** The upper bound of a bounded interval ("7,000–13,000", "≤20"): drawn as a band; else absent. */
	high?: number;
	corrected: boolean;
	/** The words of the last report of the date, shortened for a tooltip; null without. */
	quote: string | null;
	quoteLang: string | undefined;
	/** How many reports of this date went into the total. */
	reports: number;
}

export interface TimelineLineInfo {
	/** `firearms/ru-mod` */
	id: string;
	category: string;
	categoryLabel: string;
	source: string;
	sourceName: string;
	side: string | null;
	/** Colour: the category's position in categories.csv. */
	color: number;
	/** Dash and marker: the source's position in sources.csv. */
	style: number;
	/** How many dates the line has (points before downsampling). */
	dates: number;
	first: TimelinePoint;
	last: TimelinePoint;
}

/**
 * A line as the chart and its key use it: without its first and last points, which only the
 * server's sentences and table rows read (the page would carry them for nothing: on the
 * 100,000-row timeline they were a fifth of the HTML).
 */
export type TimelineChartLine = Omit<TimelineLineInfo, 'first' | 'last'>;

/** A line with its points, as the chart draws it. */
export interface TimelineLine extends TimelineChartLine {
	points: TimelinePoint[];
}

/** The points of every line (series.json). */
export interface TimelineSeries {
	lines: { id: string; points: TimelinePoint[] }[];
}

export interface TimelineEstimate {
	category: string;
	color: number;
	/** In items of the category (estimate x per_target). */
	y: number;
	/** "≈10,000 (Government of Azerbaijan)" */
	label: string;
	/** "≈10,000": for a narrow chart. */
	short: string;
	/**
	 * From its date (UTC midnight of its first day: `2023-09` is 1 September), to the date its
	 * source revised it (a step), in milliseconds; absent: the edge of the chart (undated, or
	 * not revised).
	 */
	from?: number;
	until?: number;
	/** "Firearms: ≈10,000 (Government of Azerbaijan)", when several categories share the chart. */
	categoryLabel: string;
}

export interface TimelineEvent {
	x: number;
	date: string;
	/** 1, 2, 3… in date order: the chart marks an event with its number on narrow screens. */
	number: number;
	label: string;
	/** The date as the page writes it ("22 سبتمبر 2023" in Arabic); `date` when absent. */
	dateText?: string;
}

export interface TimelineCategory {
	id: string;
	label: string;
	/** How many lines (sources with a number) it has; 0 when no report gives it a number. */
	lines: number;
}

export interface TimelineView {
	dataset: string;
	categories: TimelineCategory[];
	lines: TimelineLineInfo[];
	estimates: TimelineEstimate[];
	events: TimelineEvent[];
}

/** What the chart draws for a selection: the builder's input. */
export interface TimelineChartInput {
	lines: TimelineLine[];
	estimates: TimelineEstimate[];
	events: TimelineEvent[];
	/** True when lines of several categories share the chart: labels then name the category. */
	manyCategories: boolean;
}

/** One row of the chart's data table: a line, its figures and its latest report's words. */
export interface TimelineRow {
	key: string;
	category: string;
	source: string;
	/** "800+ on 2023-09-22", or "from 10 on 2023-09-22 to 800+ on 2023-10-01, 12 report dates". */
	figures: string;
	quote: string | null;
	quoteLang: string | undefined;
	corrected: boolean;
}

/** What the page passes to the chart: the lines without their points (series.json has them). */
export interface TimelineChartSelection {
	lines: TimelineChartLine[];
	estimates: TimelineEstimate[];
	events: TimelineEvent[];
	manyCategories: boolean;
}

export interface TimelineSelection extends TimelineChartSelection {
	/** The selected category, or null for all. */
	category: TimelineCategory | null;
	/** The chart's aria-label. */
	label: string;
	rows: TimelineRow[];
	/** Categories of the selection that no report gives a number: named beside the chart. */
	withoutNumbers: TimelineCategory[];
	/**
	 * The chart's caption for several categories and for one, made on the server: the browser
	 * narrows a selection (timeline-narrow.ts) without the messages' code in its JavaScript.
	 */
	captions: { many: string; one: string };
	/** The key's sentence, likewise, for several categories and for one. */
	keys: { many: string; one: string };
}

export interface TimelineOptions {
	/** Only this category (the category page); all by default. */
	category?: string;
}

export interface SeriesOptions extends TimelineOptions {
	/** Points across all lines; each line gets its share, at most LINE_MAX. */
	maxPoints?: number;
}

/** Points per line at most, however few lines there are. */
export const LINE_MAX = 2000;
const DEFAULT_MAX_POINTS = 4000;
/** A tooltip shows this much of a quote; the reports page has it whole. */
const QUOTE_MAX = 200;

function text(value: Localized | null | undefined): string | null {
	return localizedOrNull(value);
}

function shorten(quote: string | null): string | null {
	if (!quote) return null;
	const flat = quote.replace(/\s+/g, ' ').trim();
	return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1).trimEnd()}…` : flat;
}

function pointOf(point: SeriesPoint): TimelinePoint {
	const quote = shorten([...point.reports].reverse().find((r) => r.quote)?.quote ?? null);
	return {
		x: dayToTime(point.date),
		y: point.total.low,
		date: point.date,
		figure: formatQuantity(point.total, currentLocale()),
		spoken: spokenQuantity(point.total),
		open: point.total.high === null,
		...(point.total.high !== null && point.total.high > point.total.low
			? { high: point.total.high }
			: {}),
		corrected: point.corrected,
		quote,
		quoteLang: quote ? textLanguage(quote).lang : undefined,
		reports: point.reports.length
	};
}

/** The first day of a partial date (`2023` is 1 January 2023), in milliseconds; null undated. */
function startOf(date: PartialDate | null): number | null {
	return date === null ? null : Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/**
 * Where each estimate of a target stands in time: from its date until its own source's next,
 * later estimate of the target (a revision), or open-ended.
 */
function spansOf(estimates: readonly Estimate[]): Map<Estimate, { from?: number; until?: number }> {
	const spans = new Map<Estimate, { from?: number; until?: number }>();
	for (const estimate of estimates) {
		const from = startOf(estimate.date);
		let until: number | null = null;
		if (from !== null) {
			for (const other of estimates) {
				const at = startOf(other.date);
				if (other.source !== estimate.source || at === null || at <= from) continue;
				if (until === null || at < until) until = at;
			}
		}
		spans.set(estimate, {
			...(from === null ? {} : { from }),
			...(until === null ? {} : { until })
		});
	}
	return spans;
}

function estimatesOf(dataset: Dataset, categories: Dataset['categories']): TimelineEstimate[] {
	const names = new Map(dataset.sources.map((s) => [s.id, localized(s.name)]));
	const seen = new Set<string>();
	const estimates: TimelineEstimate[] = [];
	for (const category of categories) {
		if (category.target === null) continue;
		const color = dataset.categories.indexOf(category);
		const ofTarget = dataset.estimates.filter((e) => e.target === category.target);
		const spans = spansOf(ofTarget);
		for (const estimate of ofTarget) {
			const source = names.get(estimate.source) ?? estimate.source;
			const figure = formatQuantity(estimate.quantity, currentLocale());
			const count = formatNumber(category.perTarget);
			const label =
				category.perTarget === 1
					? m.chart_estimate_label({ figure, source })
					: m.chart_estimate_scaled({ figure, source, count });
			const short = category.perTarget === 1 ? figure : m.chart_times({ figure, count });
			const y = estimate.stated.value * category.perTarget;
			const span = spans.get(estimate)!;
			const key = `${category.id}|${y}|${label}|${span.from}|${span.until}`;
			if (seen.has(key)) continue;
			seen.add(key);
			estimates.push({
				category: category.id,
				color,
				y,
				label,
				short,
				...span,
				categoryLabel: m.chart_category_estimate({
					category: localized(category.label),
					estimate: label
				})
			});
		}
	}
	return estimates;
}

function categoriesOf(model: HandoverModel, options: TimelineOptions) {
	const { categories } = model.dataset;
	const shown = options.category ? categories.filter((c) => c.id === options.category) : categories;
	if (shown.length === 0) throw new Error(`timeline: no category '${options.category}'`);
	return shown.map((category) => ({
		category,
		series: categorySeries(model, category.id)
	}));
}

/**
 * The timeline of a model, for the page: every category (or one), every source, every event;
 * each line with its first and latest point only.
 * @example timelineView(seedModel).lines[1] // { id: 'firearms/ru-mod', dates: 1, last: { date: '2023-09-22', figure: '800+', y: 801, … }, … }
 */
export function timelineView(model: HandoverModel, options: TimelineOptions = {}): TimelineView {
	const { dataset } = model;
	const sources = new Map(dataset.sources.map((s, i) => [s.id, { source: s, index: i }]));
	const lines: TimelineLineInfo[] = [];
	const categories: TimelineCategory[] = [];
	const shown = categoriesOf(model, options);
	for (const { category, series } of shown) {
		categories.push({ id: category.id, label: localized(category.label), lines: series.length });
		for (const s of series) {
			const known = sources.get(s.source);
			const name = known ? localized(known.source.name) : s.source;
			const measure = measureLabel(s.measure);
			const sourceStyle = known?.index ?? sources.size;
			lines.push({
				id: lineId(s),
				category: category.id,
				categoryLabel: localized(category.label),
				source: s.source,
				// Another measure's line says which: "UN Mission in Colombia (verified)".
				sourceName: measure ? m.source_measure({ source: name, measure }) : name,
				side: text(known?.source.side),
				color: dataset.categories.indexOf(category),
				// Another measure of one source: a dash and marker of their own.
				style: sourceStyle + MEASURES.indexOf(s.measure) * (sources.size + 1),
				dates: s.points.length,
				first: pointOf(s.points[0]!),
				last: pointOf(s.points.at(-1)!)
			});
		}
	}

	const events = [...dataset.events]
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line))
		.map((e, i) => ({
			x: dayToTime(e.date),
			date: e.date,
			number: i + 1,
			label: localized(e.label),
			dateText: formatDate(e.date)
		}));

	return {
		dataset: dataset.id,
		categories,
		lines,
		estimates: estimatesOf(
			dataset,
			shown.map((s) => s.category)
		),
		events
	};
}

/**
 * Every line's points (series.json), downsampled so that all lines together hold at most
 * `maxPoints` (each at most LINE_MAX), keeping each line's shape (see downsampleSteps).
 * @example timelineSeries(seedModel).lines[1] // { id: 'firearms/ru-mod', points: [{ date: '2023-09-22', figure: '800+', … }] }
 */
export function timelineSeries(model: HandoverModel, options: SeriesOptions = {}): TimelineSeries {
	const { maxPoints = DEFAULT_MAX_POINTS } = options;
	const shown = categoriesOf(model, options);
	const lineCount = shown.reduce((n, s) => n + s.series.length, 0);
	const perLine = Math.min(LINE_MAX, Math.max(6, Math.floor(maxPoints / Math.max(1, lineCount))));
	return {
		lines: shown.flatMap(({ series }) =>
			series.map((s) => ({
				id: lineId(s),
				points: downsampleSteps(s.points, perLine).map(pointOf)
			}))
		)
	};
}

/** How many lines the sentence names before it says "and N more". */
const SENTENCE_LINES = 8;

/** A line's figures in words: "800+ on 2023-09-22", or from the first to the latest. */
function figuresOf(line: TimelineLineInfo): string {
	const { first, last } = line;
	if (line.dates === 1)
		return m.timeline_figures_one({ figure: last.figure, date: formatDate(last.date) });
	return m.timeline_figures_many({
		first: first.figure,
		from: formatDate(first.date),
		last: last.figure,
		to: formatDate(last.date),
		count: formatNumber(line.dates)
	});
}

function lineSentence(line: TimelineLineInfo, manyCategories: boolean): string {
	const who = manyCategories
		? m.timeline_line_who({ category: line.categoryLabel, source: line.sourceName })
		: line.sourceName;
	return m.timeline_line({ who, figures: figuresOf(line) });
}

/**
 * The part of a timeline that one category (or all, with null) shows; an unknown id shows all.
 * @example selectTimeline(view, 'firearms').label
 *   // 'Firearms, cumulative handover over time: Russian Ministry of Defence: 800+ on 2023-09-22. …'
 */
export function selectTimeline(view: TimelineView, categoryId: string | null): TimelineSelection {
	const category = view.categories.find((c) => c.id === categoryId) ?? null;
	const keep = (id: string) => category === null || id === category.id;
	const lines = view.lines.filter((l) => keep(l.category));
	const estimates = view.estimates.filter((e) => keep(e.category));
	const inScope = category ? [category] : view.categories;
	const manyCategories = new Set(lines.map((l) => l.category)).size > 1 || category === null;

	const sentences = lines.slice(0, SENTENCE_LINES).map((l) => lineSentence(l, manyCategories));
	if (lines.length > SENTENCE_LINES) {
		sentences.push(m.timeline_more_lines({ count: formatNumber(lines.length - SENTENCE_LINES) }));
	}
	const scope = category ? category.label : m.timeline_all_categories();
	const label =
		lines.length === 0
			? m.timeline_chart_empty({ scope })
			: m.timeline_chart_label({
					scope,
					lines: sentences.join('; '),
					estimates: formatNumber(estimates.length),
					events: formatNumber(view.events.length)
				});

	const rows: TimelineRow[] = lines.map((line) => ({
		key: line.id,
		category: line.categoryLabel,
		source: line.sourceName,
		figures: figuresOf(line),
		quote: line.last.quote,
		quoteLang: line.last.quoteLang,
		corrected: line.last.corrected
	}));

	return {
		category,
		lines: lines.map(({ first: _first, last: _last, ...line }) => line),
		estimates,
		events: view.events,
		manyCategories,
		label,
		rows,
		withoutNumbers: inScope.filter((c) => c.lines === 0),
		captions: { many: m.timeline_caption(), one: m.timeline_caption_one() },
		keys: { many: m.timeline_key(), one: m.timeline_key_sources() }
	};
}
