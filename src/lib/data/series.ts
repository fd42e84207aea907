/**
 * Each source's running total for a category over time: what the timeline draws. One point per
 * date on which the source reported a number, counted by the rules of steps.ts (the total on
 * each date equals `sourceTotal(reports, date)`), in one pass over the timeline the model
 * already holds (CategorySummary.timelines: the reports are not grouped or sorted again), so
 * that 100,000 rows stay fast. Sources are never summed.
 */
import { addQuantities } from './quantity';
import type {
	CategorySummary,
	Figure,
	HandoverModel,
	IsoDate,
	Measure,
	Quantity,
	Report,
	Timeline
} from './types';

export interface SeriesPoint {
	date: IsoDate;
	/** The source's total on this date, as sourceTotal computes it. */
	total: Quantity;
	/** True when a cumulative figure up to this date corrected an earlier, higher one. */
	corrected: boolean;
	/** The reports of this date that went into the total, in file order. */
	reports: Report[];
}

export interface SourceSeries {
	source: string;
	category: string;
	/** Handed over, or another measure counted on its own (verified, seized, destroyed). */
	measure: Measure;
	/** One point per date with a number, oldest first. */
	points: SeriesPoint[];
}

/** A timeline's totals, one per date, in one pass (the rules of aggregate.ts's totalOn). */
function sweep({ figures, steps }: Timeline): SeriesPoint[] {
	const points: SeriesPoint[] = [];
	let stepIndex = 0;
	let running: Quantity | null = null;
	let baseDate: IsoDate | null = null;
	let corrected = false;
	for (let i = 0; i < figures.length; ) {
		const date = figures[i]!.date;
		let end = i;
		while (end < figures.length && figures[end]!.date === date) end++;
		const counted: Figure[] = [];
		const step = steps[stepIndex]?.report.date === date ? steps[stepIndex++]! : null;
		if (step) {
			// A cumulative figure replaces everything before it.
			running = { ...step.report.quantity };
			baseDate = date;
			corrected ||= step.lowerThan !== null;
			counted.push(step.report);
		}
		for (let j = i; j < end; j++) {
			const figure = figures[j]!;
			// Increments dated on the cumulative figure's own date are included in it.
			if (figure.basis !== 'increment' || (baseDate !== null && figure.date <= baseDate)) continue;
			running = running ? addQuantities(running, figure.quantity) : { ...figure.quantity };
			counted.push(figure);
		}
		if (running) {
			counted.sort((a, b) => a.line - b.line);
			points.push({ date, total: running, corrected, reports: counted });
		}
		i = end;
	}
	return points;
}

/**
 * A line's id: `firearms/ru-mod` for what a source says was handed over, and
 * `firearms/un-mission/verified` for another measure of its (ids hold no `/`).
 */
export function lineId(line: Pick<SourceSeries, 'category' | 'source' | 'measure'>): string {
	const id = `${line.category}/${line.source}`;
	return line.measure === 'handed_over' ? id : `${id}/${line.measure}`;
}

/**
 * Each source's running total for one category, one point per date it gave a number, sources
 * in the order of sources.csv (then unknown ids, sorted), from the model's timelines: what was
 * handed over, then each other measure's counts (verified, seized, destroyed: their own lines,
 * never added to the handed over). Shares are not here: a percent has no place on a count's
 * axis. Throws for an id that is not in categories.csv.
 * @example categorySeries(seedModel, 'firearms')
 *   // [{ source: 'ru-mod', category: 'firearms', points: [{ date: '2023-09-22', total: { low: 801, style: 'plus', … }, … }] }]
 */
export function categorySeries(model: HandoverModel, categoryId: string): SourceSeries[] {
	const summary = summaryOf(model, categoryId);
	let series = swept.get(summary);
	if (series === undefined) {
		const lanes = [
			{ measure: 'handed_over' as Measure, timelines: summary.timelines },
			...summary.measures
		];
		series = lanes
			.flatMap(({ measure, timelines }) =>
				timelines.map((t) => ({
					source: t.source,
					category: categoryId,
					measure,
					points: sweep(t)
				}))
			)
			.filter((s) => s.points.length > 0);
		swept.set(summary, series);
	}
	return series;
}

/**
 * The series of each category summary, once: the page's view and its series.json both draw
 * them (the model is not changed after it is built).
 */
const swept = new WeakMap<CategorySummary, SourceSeries[]>();

function summaryOf(model: HandoverModel, categoryId: string): CategorySummary {
	const summary = model.categories.find((c) => c.category.id === categoryId);
	if (!summary) {
		const known = model.categories.map((c) => c.category.id).join(', ');
		throw new Error(
			`categorySeries: no category '${categoryId}' in ${model.dataset.id}; known: ${known}`
		);
	}
	return summary;
}

/** `2023-09-22` -> its UTC midnight in milliseconds, the time axis's unit. */
export function dayToTime(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
}

/** The indices kept with `buckets` equal spans of time: first, lowest, highest and last of each. */
function keptIndices(times: readonly number[], lows: readonly number[], buckets: number): number[] {
	const first = times[0]!;
	const span = Math.max(1, times.at(-1)! - first);
	const keep = new Set<number>([0, times.length - 1]);
	let bucket = -1;
	let low = 0;
	let high = 0;
	for (let i = 0; i < times.length; i++) {
		const b = Math.min(buckets - 1, Math.floor(((times[i]! - first) / span) * buckets));
		if (b !== bucket) {
			if (bucket >= 0) keep.add(i - 1).add(low).add(high);
			keep.add(i);
			bucket = b;
			low = high = i;
		}
		if (lows[i]! < lows[low]!) low = i;
		if (lows[i]! > lows[high]!) high = i;
	}
	keep.add(low).add(high);
	return [...keep].sort((a, b) => a - b);
}

/**
 * At most `max` points of a step line (max >= 6), keeping its shape: the first and last points,
 * and in each of a number of equal spans of time the first, lowest, highest and last point (so a
 * correction's drop survives). A rising line keeps only two points per span, so the spans are
 * doubled while the result still fits. Points are kept, never merged or moved; the input is not
 * changed.
 * @example downsampleSteps(tenThousandPoints, 2000).length // <= 2000
 */
export function downsampleSteps<P extends { date: string; total: Quantity }>(
	points: readonly P[],
	max: number
): P[] {
	if (!(max >= 6)) throw new Error(`downsampleSteps: max must be 6 or more, got ${max}`);
	if (points.length <= max) return [...points];
	const times = points.map((p) => dayToTime(p.date));
	const lows = points.map((p) => p.total.low);
	let buckets = Math.floor((max - 2) / 4);
	let kept = keptIndices(times, lows, buckets);
	while (buckets * 2 <= max) {
		const more = keptIndices(times, lows, buckets * 2);
		if (more.length > max) break;
		kept = more;
		buckets *= 2;
	}
	return kept.map((i) => points[i]!);
}
