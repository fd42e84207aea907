/**
 * From validated records to the handover model: each source's running total per category, the
 * headline, the estimate and the progress toward it (DESIGN.md, "How figures are counted").
 *
 * Reports are grouped once (category, then source) and each group is sorted once, so building
 * the model is O(n log n) in the number of reports. Figures from different sources are never
 * added together: they may describe the same weapons.
 */
import type { IssueKey, IssueParams } from './issue';
import { progressOf, sameQuantity, sumQuantities } from './quantity';
import type {
	CategorySummary,
	DataIssue,
	Estimate,
	HandoverModel,
	IsoDate,
	LoadResult,
	Quantity,
	Report,
	SourceTotal
} from './types';

const REPORTS_FILE = 'reports.csv';

/**
 * Columns of reports.csv in the order DESIGN.md documents: where a warning points when the
 * dataset does not say where its file has them (`Dataset.reportColumns`).
 */
const DOCUMENTED_COLUMN = { quantity: 4, basis: 6 } as const;
type WarnedColumn = keyof typeof DOCUMENTED_COLUMN;

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

function isFigure(report: Report): report is Figure {
	return report.quantity !== null;
}

/** By date, then file order; Array.prototype.sort is stable, so equal lines keep their order. */
function byDateThenLine(a: Report, b: Report): number {
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
function stepsOf(figures: readonly Figure[], warnings: DataIssue[] | null): Step[] {
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
function totalOn({ figures, steps }: Timeline, day: IsoDate): SourceTotal | null {
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

/**
 * A warning about a report. Its English `message` is written here rather than rendered from its
 * key's message (as issue.ts's said() does): the timeline's pages load this module, and must not
 * ship issue messages. src/lib/view/issues.test.ts holds each equal to its key's message.
 */
function warning(
	report: Report,
	column: number,
	key: IssueKey,
	params: IssueParams,
	message: string
): DataIssue {
	return { file: REPORTS_FILE, line: report.line, column, message, key, params, severity: 'warning' };
}

/**
 * What looks wrong in the cumulative steps of one source's figures for one category, on any
 * date (two different figures on one day, corrections). Increments on the day of a cumulative
 * figure are warned about by stepsOf.
 */
function stepWarnings(steps: readonly Step[]): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const step of steps) {
		const { report } = step;
		const who = `${report.category}: ${report.source}`;
		const { category, source } = report;
		const all = step.sameDate.length === 0 ? [] : [...step.sameDate, report];
		for (let i = 1; i < all.length; i++) {
			const [before, after] = [all[i - 1]!, all[i]!];
			if (sameQuantity(before.quantity, after.quantity)) continue;
			issues.push(
				warning(
					after,
					DOCUMENTED_COLUMN.quantity,
					'issue_two_cumulative',
					{
						category,
						source,
						day: report.date,
						before: before.quantity.text,
						before_line: before.line,
						after: after.quantity.text
					},
					`${who} gives two different cumulative figures for ${report.date}, ` +
						`${before.quantity.text} (line ${before.line}) and ${after.quantity.text}; the later line is used`
				)
			);
		}
		if (step.lowerThan) {
			const earlier = step.lowerThan;
			issues.push(
				warning(
					report,
					DOCUMENTED_COLUMN.quantity,
					'issue_correction',
					{
						category,
						source,
						figure: report.quantity.text,
						day: report.date,
						earlier: earlier.quantity.text,
						earlier_day: earlier.date
					},
					`${who}'s cumulative figure ${report.quantity.text} on ${report.date} is lower than ` +
						`its earlier ${earlier.quantity.text} on ${earlier.date}; shown as a correction`
				)
			);
		}
	}
	return issues;
}

/** An increment dated on the day of its source's cumulative figure (the figure's total includes it). */
function sameDateIncrement(figure: Figure, cumulative: Figure): DataIssue {
	return warning(
		figure,
		DOCUMENTED_COLUMN.basis,
		'issue_same_day_increment',
		{
			category: figure.category,
			source: figure.source,
			figure: figure.quantity.text,
			day: figure.date,
			cumulative: cumulative.quantity.text,
			line: cumulative.line
		},
		`${figure.category}: ${figure.source}'s increment ${figure.quantity.text} on ${figure.date} ` +
			`has the same date as its cumulative figure ${cumulative.quantity.text} (line ${cumulative.line}); ` +
			`assumed to be included in the cumulative figure`
	);
}

/**
 * Points each warning at the column its file really has (the warnings are made with the
 * documented column, the only columns they use being quantity and basis).
 */
function inFileColumns(
	warnings: DataIssue[],
	columns: Readonly<Record<string, number>> | undefined
): DataIssue[] {
	if (columns === undefined) return warnings;
	const moved = new Map<number, number>();
	for (const name of Object.keys(DOCUMENTED_COLUMN) as WarnedColumn[]) {
		const at = columns[name];
		if (at !== undefined && at !== DOCUMENTED_COLUMN[name]) moved.set(DOCUMENTED_COLUMN[name], at);
	}
	if (moved.size === 0) return warnings;
	return warnings.map((w) => ({ ...w, column: moved.get(w.column) ?? w.column }));
}

function byPosition(a: DataIssue, b: DataIssue): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.column !== b.column) return a.column - b.column;
	return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Most recent first; ties by source id, so the order never depends on the file. */
function byRecency(a: SourceTotal, b: SourceTotal): number {
	if (a.date !== b.date) return a.date > b.date ? -1 : 1;
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

/** One source's figures for one category, in file order, and whether that is date order. */
interface Group {
	figures: Figure[];
	sorted: boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * The handover model of a loaded dataset on `day` (default: the date of the latest report).
 * Every category of categories.csv appears, in file order, with each source's total (never
 * summed across sources), the most recent as headline, its estimates and its progress.
 * `asOf` is the date of the latest report on or before `day` (any report, with a number or not).
 * Aggregation warnings (corrections, same-date duplicates) follow the load issues, sorted by
 * position; they describe the whole file, whatever the day. The inputs are not changed.
 * @example buildModel(loadDataset('karabakh-2023', files)).categories[1].headline.total.text // '800+'
 */
export function buildModel(load: LoadResult, options: { day?: IsoDate } = {}): HandoverModel {
	const { dataset } = load;
	const { day: requested } = options;

	// One pass over the reports: the figures grouped by category and source, and the reports
	// without a number by category (in file order, which is line order).
	let asOf: IsoDate | null = null;
	const groups = new Map<string, Map<string, Group>>();
	const unquantifiedOf = new Map<string, Report[]>();
	let lastCategory: string | null = null;
	let bySource: Map<string, Group> | undefined;
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
			bySource = groups.get(lastCategory);
			if (!bySource) groups.set(lastCategory, (bySource = new Map()));
		}
		const group = bySource!.get(report.source);
		if (group === undefined) bySource!.set(report.source, { figures: [report], sorted: true });
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
	const totalsOf = new Map<string, SourceTotal[]>();
	for (const [category, bySource] of groups) {
		const totals: SourceTotal[] = [];
		for (const { figures, sorted } of bySource.values()) {
			// timelineOf, on figures already apart (the arrays are this function's own).
			if (!sorted) figures.sort(byDateThenLine);
			const timeline: Timeline = { figures, steps: stepsOf(figures, warnings) };
			// A loop, not push(...spread): one group may hold many thousands of warnings.
			for (const issue of stepWarnings(timeline.steps)) warnings.push(issue);
			const total = day === null ? null : totalOn(timeline, day);
			if (total) totals.push(total);
		}
		totalsOf.set(category, totals.sort(byRecency));
	}

	const categories = dataset.categories.map((category): CategorySummary => {
		const bySource = totalsOf.get(category.id) ?? [];
		const headline = bySource[0] ?? null;
		const estimates = category.target === null ? [] : [...(estimatesOf.get(category.target) ?? [])];
		const estimate = estimates[0] ?? null;
		const unquantified: Report[] = [];
		for (const r of unquantifiedOf.get(category.id) ?? []) {
			if (day !== null && r.date <= day) unquantified.push(r);
		}
		unquantified.sort((a, b) => a.line - b.line);
		return {
			category,
			headline,
			bySource,
			sourcesDiffer: bySource.some((t) => headline !== null && !sameQuantity(t.total, headline.total)),
			unquantified,
			estimates,
			estimate,
			progress:
				headline && estimate
					? progressOf(headline.total, estimate.quantity, category.perTarget)
					: null
		};
	});

	return {
		dataset,
		asOf,
		categories,
		issues: [...load.issues, ...inFileColumns(warnings, dataset.reportColumns).sort(byPosition)]
	};
}
