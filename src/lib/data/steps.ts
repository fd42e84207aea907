/**
 * One source's timeline for one category: its figures in date order, the cumulative steps they
 * make (a later cumulative figure replaces the earlier ones; a lower one is a correction) and
 * the total on a day. The model keeps each timeline (CategorySummary.timelines); series.ts
 * reads it for the chart, sourceTotal for one day.
 */
import type {
	DataIssue,
	Figure,
	IsoDate,
	Quantity,
	Report,
	SourceTotal,
	Step,
	Timeline
} from './types';
import { sameDateIncrement } from './warnings';
import { sumQuantities } from './quantity';

export type { Figure, Step, Timeline };

export function isFigure(report: Report): report is Figure {
	return report.quantity !== null;
}

/** By date, then file order; Array.prototype.sort is stable, so equal lines keep their order. */
export function byDateThenLine(a: Report, b: Report): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	return a.line - b.line;
}

/**
 * Sorts one group's figures and finds its cumulative steps and corrections.
 * A step is a correction when its upper bound is below the lower bound of the highest earlier
 * step since the last correction: 800 then 700 is one, and 800, 700, 750 flags only the 700
 * (the 750 rises from the corrected figure).
 */
export function timelineOf(reports: readonly Report[]): Timeline {
	const figures: Figure[] = [];
	// Files are usually in date order: then the sort (stable) would change nothing, so it is skipped.
	let sorted = true;
	for (const report of reports) {
		if (!isFigure(report)) continue;
		const last = figures.length > 0 ? figures[figures.length - 1]! : null;
		if (sorted && last !== null && byDateThenLine(last, report) > 0) sorted = false;
		figures.push(report);
	}
	if (!sorted) figures.sort(byDateThenLine);
	return { figures, steps: stepsOf(figures, null) };
}

/**
 * The cumulative steps of sorted figures (see timelineOf). With `warnings`, also warns, in the
 * same pass, about each increment dated on the day of a cumulative figure (see stepWarnings
 * for the other warnings of a timeline).
 */
export function stepsOf(figures: readonly Figure[], warnings: DataIssue[] | null): Step[] {
	const steps: Step[] = [];
	let reference: Figure | null = null;
	// The increments of the date being read: warned about once the date's step is known.
	let date: IsoDate | null = null;
	const increments: Figure[] = [];
	const flush = () => {
		const last = steps.length > 0 ? steps[steps.length - 1]! : null;
		if (warnings !== null && last !== null && last.report.date === date) {
			for (const figure of increments) warnings.push(sameDateIncrement(figure, last.report));
		}
		increments.length = 0;
	};
	for (const figure of figures) {
		if (figure.date !== date) {
			if (increments.length > 0) flush();
			date = figure.date;
		}
		if (figure.basis !== 'cumulative') {
			if (warnings !== null) increments.push(figure);
			continue;
		}
		const last = steps.length > 0 ? steps[steps.length - 1]! : null;
		if (last && last.report.date === figure.date) {
			// Same date: the later line wins, and is tested against the same reference.
			last.sameDate.push(last.report);
			last.report = figure;
			last.lowerThan = lowerThan(figure, reference);
			continue;
		}
		if (last) reference = nextReference(reference, last);
		steps.push({ report: figure, sameDate: [], lowerThan: lowerThan(figure, reference) });
	}
	if (increments.length > 0) flush();
	return steps;
}

function lowerThan(figure: Figure, reference: Figure | null): Figure | null {
	const { high } = figure.quantity;
	return reference && high !== null && high < reference.quantity.low ? reference : null;
}

/** After a correction the corrected figure is the new reference; otherwise the highest so far. */
function nextReference(reference: Figure | null, step: Step): Figure {
	if (step.lowerThan || !reference) return step.report;
	return step.report.quantity.low >= reference.quantity.low ? step.report : reference;
}

/** The total of a timeline on `day`, or null when no figure is dated on or before it. */
export function totalOn({ figures, steps }: Timeline, day: IsoDate): SourceTotal | null {
	let stepCount = 0;
	while (stepCount < steps.length && steps[stepCount]!.report.date <= day) stepCount++;
	const base = stepCount > 0 ? steps[stepCount - 1]!.report : null;
	// Increments dated on the base's own date are assumed to be included in it (and warned).
	const summed: Figure[] = base ? [base] : [];
	// Figures are in date order: the increments after the base's date, up to `day`.
	const from = base === null ? 0 : firstAfter(figures, base.date);
	for (let i = from; i < figures.length; i++) {
		const r = figures[i]!;
		if (r.date > day) break;
		if (r.basis === 'increment') summed.push(r);
	}
	const first = summed[0];
	if (!first) return null;
	let corrected = false;
	for (let i = 0; i < stepCount; i++) if (steps[i]!.lowerThan !== null) corrected = true;
	return {
		source: first.source,
		date: summed[summed.length - 1]!.date,
		total: sumQuantities(summed, quantityOf)!,
		reports: summed,
		corrected
	};
}

const quantityOf = (figure: Figure): Quantity => figure.quantity;

/** The index of the first figure dated after `date` (figures in date order). */
function firstAfter(figures: readonly Figure[], date: IsoDate): number {
	let [low, high] = [0, figures.length];
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (figures[mid]!.date <= date) low = mid + 1;
		else high = mid;
	}
	return low;
}

function assertOneGroup(reports: readonly Report[]): void {
	const [first] = reports;
	if (!first) return;
	const other = reports.find((r) => r.source !== first.source || r.category !== first.category);
	if (other) {
		throw new Error(
			`sourceTotal takes the reports of one source and one category, but got ` +
				`${first.source}/${first.category} and ${other.source}/${other.category}; ` +
				`group the reports first (buildModel does)`
		);
	}
}

/**
 * One source's total for one category on `day`: its latest cumulative figure on or before `day`
 * plus its increments dated after that figure, up to `day` (with no cumulative figure, the sum of
 * its increments). Reports without a number take no part. Returns null when nothing counts.
 * Throws when the reports mix sources or categories.
 * @example sourceTotal([cumulative 800+ on 09-22, increment 50 on 09-23], '2023-09-23')
 *   // { source: 'ru-mod', date: '2023-09-23', total: { low: 851, high: null, text: '850+', … }, … }
 */
export function sourceTotal(reports: readonly Report[], day: IsoDate): SourceTotal | null {
	assertOneGroup(reports);
	return totalOn(timelineOf(reports), day);
}

