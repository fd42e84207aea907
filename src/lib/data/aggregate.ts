/**
 * From validated records to the handover model: each source's running total per category, the
 * headline, the estimate and the progress toward it (DESIGN.md, "How figures are counted").
 *
 * Reports are grouped once (category, then source) and each group is sorted once, so building
 * the model is O(n log n) in the number of reports. Figures from different sources are never
 * added together: they may describe the same weapons.
 */
import { progressOf, sameQuantity, shareProgress } from './quantity';
import { byDateThenLine, isFigure, stepsOf, totalOn } from './steps';
import {
	MEASURES,
	type CategorySummary,
	type DataIssue,
	type Estimate,
	type Figure,
	type HandoverModel,
	type IsoDate,
	type LoadResult,
	type Measure,
	type MeasureSummary,
	type Progress,
	type ProgressFrom,
	type Report,
	type SourceTimeline,
	type SourceTotal
} from './types';
import { byPosition, inFileColumns, stepWarnings } from './warnings';

const isShare = (t: SourceTotal): boolean => t.total.unit === 'percent';

/**
 * Most recent first; on one day a count before a share (a count says more than its share);
 * then by source id, so the order never depends on the file.
 */
function byRecency(a: SourceTotal, b: SourceTotal): number {
	if (a.date !== b.date) return a.date > b.date ? -1 : 1;
	if (isShare(a) !== isShare(b)) return isShare(a) ? 1 : -1;
	return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/**
 * Most recent first, undated last, ties in file order. Partial dates compare as text:
 * `2023` < `2023-09` < `2023-09-22`, so a more precise date of the same month counts as later.
 */
function estimateByRecency(a: Estimate, b: Estimate): number {
	if (a.date === null || b.date === null) {
		return a.date === b.date ? a.line - b.line : a.date === null ? 1 : -1;
	}
	if (a.date.text !== b.date.text) return a.date.text > b.date.text ? -1 : 1;
	return a.line - b.line;
}

/** In the order of sources.csv, then unknown ids sorted (what the timeline's key lists). */
function bySourceOrder(order: ReadonlyMap<string, number>) {
	const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
	return (a: SourceTimeline, b: SourceTimeline): number =>
		rank(a.source) - rank(b.source) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
}

/** One source's figures for one category, measure and unit, in file order, and whether that is date order. */
interface Group {
	figures: Figure[];
	sorted: boolean;
}

/**
 * A category's figures are kept apart per measure and unit, in lanes numbered measure x 2 + unit
 * (0: handed over, counted; 1: handed over, shares; 2: verified, counted; …): a number per
 * report, not a key string, so that 100,000 rows stay fast.
 */
const LANES = MEASURES.length * 2;
const MEASURE_LANE = new Map<Measure, number>(MEASURES.map((m, i) => [m, i * 2]));

function laneOf(report: Figure): number {
	return MEASURE_LANE.get(report.measure)! + (report.quantity.unit === 'percent' ? 1 : 0);
}

/** True when two totals of one unit, from two sources, differ. */
function sourcesDiffer(bySource: readonly SourceTotal[]): boolean {
	const first = new Map<string, SourceTotal>();
	for (const total of bySource) {
		const unit = total.total.unit ?? 'count';
		const seen = first.get(unit);
		if (seen === undefined) first.set(unit, total);
		else if (!sameQuantity(seen.total, total.total)) return true;
	}
	return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * Progress toward the target: a count against the estimate, or the source's own share (which is
 * never turned into a count, nor a count into a share).
 */
function progressOfHeadline(
	headline: SourceTotal | null,
	estimate: Estimate | null,
	perTarget: number
): { progress: Progress | null; from: ProgressFrom | null } {
	if (headline === null) return { progress: null, from: null };
	if (headline.total.unit === 'percent') {
		return { progress: shareProgress(headline.total), from: 'reported_share' };
	}
	if (estimate === null) return { progress: null, from: null };
	return { progress: progressOf(headline.total, estimate.quantity, perTarget), from: 'estimate' };
}

/**
 * The handover model of a loaded dataset on `day` (default: the date of the latest report).
 * Every category of categories.csv appears, in file order, with each source's total (never
 * summed across sources), the most recent as headline, its estimates and its progress.
 * `asOf` is the date of the latest report on or before `day` (any report, with a number or not).
 * Aggregation warnings (corrections, same-date duplicates) follow the load issues, sorted by
 * position; they describe the whole file, whatever the day. The inputs are not changed.
 * Each category also keeps every source's timeline (its figures and cumulative steps over the
 * whole file), which the timeline chart draws (series.ts).
 * @example formatQuantity(buildModel(loadDataset('karabakh-2023', files)).categories[1].headline.total) // '800+'
 */
export function buildModel(load: LoadResult, options: { day?: IsoDate } = {}): HandoverModel {
	const { dataset } = load;
	const { day: requested } = options;

	// One pass over the reports: the figures grouped by category and source, and the reports
	// without a number by category (in file order, which is line order).
	let asOf: IsoDate | null = null;
	const groups = new Map<string, Map<string, Group>[]>();
	const unquantifiedOf = new Map<string, Report[]>();
	let lastCategory: string | null = null;
	let lanes: Map<string, Group>[] | undefined;
	for (const report of dataset.reports) {
		const { date } = report;
		if (requested === undefined || date <= requested) {
			if (asOf === null || date > asOf) asOf = date;
		}
		if (!isFigure(report)) {
			push(unquantifiedOf, report.category, report);
			continue;
		}
		if (report.category !== lastCategory) {
			lastCategory = report.category;
			lanes = groups.get(lastCategory);
			if (!lanes) {
				lanes = Array.from({ length: LANES }, () => new Map<string, Group>());
				groups.set(lastCategory, lanes);
			}
		}
		const bySource = lanes![laneOf(report)]!;
		const group = bySource.get(report.source);
		if (group === undefined) bySource.set(report.source, { figures: [report], sorted: true });
		else {
			const { figures } = group;
			if (group.sorted && byDateThenLine(figures[figures.length - 1]!, report) > 0) {
				group.sorted = false;
			}
			figures.push(report);
		}
	}
	const day = requested ?? asOf;

	const estimatesOf = new Map<string, Estimate[]>();
	for (const estimate of dataset.estimates) push(estimatesOf, estimate.target, estimate);
	for (const list of estimatesOf.values()) list.sort(estimateByRecency);

	const warnings: DataIssue[] = [];
	const order = new Map(dataset.sources.map((s, i) => [s.id, i]));
	/** One lane's timelines (sorted, with their steps and warnings) and totals on `day`. */
	const laneTimelines = (bySource: Map<string, Group>) => {
		const totals: SourceTotal[] = [];
		const timelines: SourceTimeline[] = [];
		for (const [source, { figures, sorted }] of bySource) {
			// timelineOf, on figures already apart (the arrays are this function's own).
			if (!sorted) figures.sort(byDateThenLine);
			const timeline: SourceTimeline = { source, figures, steps: stepsOf(figures, warnings) };
			timelines.push(timeline);
			// A loop, not push(...spread): one group may hold many thousands of warnings.
			for (const issue of stepWarnings(timeline.steps)) warnings.push(issue);
			const total = day === null ? null : totalOn(timeline, day);
			if (total) totals.push(total);
		}
		return { totals, timelines: timelines.sort(bySourceOrder(order)) };
	};
	const measuresOf = new Map<string, MeasureSummary[]>();
	for (const [category, lanes] of groups) {
		const measures: MeasureSummary[] = [];
		MEASURES.forEach((measure, i) => {
			const counts = laneTimelines(lanes[i * 2]!);
			const shares = laneTimelines(lanes[i * 2 + 1]!);
			if (counts.timelines.length + shares.timelines.length === 0) return;
			const bySource = [...counts.totals, ...shares.totals].sort(byRecency);
			measures.push({
				measure,
				timelines: counts.timelines,
				shareTimelines: shares.timelines,
				headline: bySource[0] ?? null,
				bySource,
				sourcesDiffer: sourcesDiffer(bySource)
			});
		});
		measuresOf.set(category, measures);
	}

	const categories = dataset.categories.map((category): CategorySummary => {
		const all = measuresOf.get(category.id) ?? [];
		const handed = all.find((m) => m.measure === 'handed_over');
		const headline = handed?.headline ?? null;
		const estimates = category.target === null ? [] : [...(estimatesOf.get(category.target) ?? [])];
		const estimate = estimates[0] ?? null;
		const unquantified: Report[] = [];
		for (const r of unquantifiedOf.get(category.id) ?? []) {
			if (day !== null && r.date <= day) unquantified.push(r);
		}
		unquantified.sort((a, b) => a.line - b.line);
		const { progress, from } = progressOfHeadline(headline, estimate, category.perTarget);
		return {
			category,
			timelines: handed?.timelines ?? [],
			shareTimelines: handed?.shareTimelines ?? [],
			headline,
			bySource: handed?.bySource ?? [],
			sourcesDiffer: handed?.sourcesDiffer ?? false,
			measures: all.filter((m) => m !== handed),
			unquantified,
			estimates,
			estimate,
			progress,
			progressFrom: from
		};
	});

	return {
		dataset,
		asOf,
		categories,
		issues: [...load.issues, ...inFileColumns(warnings, dataset.reportColumns).sort(byPosition)]
	};
}
