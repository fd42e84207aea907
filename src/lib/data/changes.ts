/**
 * What changed, report by report: one entry per report date and source, newest first, each with
 * what the source gave per category and what that moved (its own previous figure and the new
 * one, a correction, the headline when another source's figure made it move, a figure of another
 * measure, a share, a revised estimate). The changes page, the Atom feeds and the command line's
 * `changes` all read these entries (view/changes.ts writes them as text).
 *
 * Built from the loaded dataset, not from the model: the model holds the totals of one day, and
 * a change needs each source's total just before and just after each of its report dates. Each
 * source's figures for a category and measure are walked once in date order (the running total
 * of steps.ts's totalOn: the latest cumulative figure plus the increments after it), so the
 * whole is O(n log n) in the number of reports.
 */
import { addQuantities, sameQuantity } from './quantity';
import { byDateThenLine, isFigure, timelineOf } from './steps';
import type {
	Basis,
	Dataset,
	Estimate,
	IsoDate,
	Localized,
	Measure,
	Quantity,
	Report,
	SafeUrl
} from './types';
import { MEASURES } from './types';

/** A source's total for a category that was, or became, the category's headline. */
export interface HeadlineRef {
	source: string;
	/** The date of the source's latest figure in the total. */
	date: IsoDate;
	total: Quantity;
}

/** What one report date of a source says of one category and measure. */
export interface ChangeLine {
	category: string;
	measure: Measure;
	/** The source's own share of the category's total (unit percent), not a count. */
	share: boolean;
	/** The day's figures for it as the source stated them, in file order; null: no number given. */
	stated: (Quantity | null)[];
	/** The basis of the day's last row (a cumulative total or an increment). */
	basis: Basis;
	/** The source's own total before this date; null when it had given no figure. */
	before: Quantity | null;
	/** Its total once this date's figures count; null when none of them has a number. */
	after: Quantity | null;
	/** A cumulative figure lower than the source's earlier one (steps.ts: a correction). */
	correction: boolean;
	/**
	 * The category's headline before and after this date, when it moved and another source's
	 * figure is on either side (when the source was and stays the headline, `before` and `after`
	 * say it already); null otherwise. Only figures handed over, as counts, make the headline.
	 */
	headline: { before: HeadlineRef | null; after: HeadlineRef | null } | null;
}

/** An estimate dated to the day: the figure it revises (the target's previous estimate) and its own. */
export interface EstimateChange {
	target: string;
	label: Localized;
	before: { quantity: Quantity; source: string; date: string | null } | null;
	after: Quantity;
}

export interface ChangeEntry {
	/** `<dataset>/<date>/<source>`: the same entry keeps it whatever else is added. */
	id: string;
	date: IsoDate;
	source: string;
	/** The report's addresses (its rows' and estimates' `url`), each once, in file order. */
	urls: SafeUrl[];
	/** Lines of reports.csv the entry comes from, in file order. */
	lines: number[];
	/** In the order of categories.csv, then of MEASURES, counts before shares. */
	changes: ChangeLine[];
	estimates: EstimateChange[];
}

export interface ChangesOptions {
	/** Only entries dated on or after this day. */
	since?: IsoDate;
}

/** The id of the entry of `source` on `date` in dataset `dataset`. */
export function changeId(dataset: string, date: string, source: string): string {
	return `${dataset}/${date}/${source}`;
}

/** Newest first; one date's sources by id, so that the order never depends on the file. */
function byNewest(a: { date: string; source: string }, b: { date: string; source: string }) {
	if (a.date !== b.date) return a.date > b.date ? -1 : 1;
	return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Each estimate dated to the day (the ones a report date can carry). */
function dayEstimates(dataset: Dataset): Estimate[] {
	return dataset.estimates.filter((e) => e.date !== null && e.date.day !== null);
}

/**
 * The ids of the entries of a dataset, newest first, without working out what they changed:
 * what the browser remembers as seen (the live manifest and the worker give it).
 * @example changeIds(seed) // ['karabakh-2023/2023-09-22/ru-mod']
 */
export function changeIds(dataset: Dataset): string[] {
	const keys = new Map<string, { date: string; source: string }>();
	const add = (date: string, source: string) => {
		const key = `${date}/${source}`;
		if (!keys.has(key)) keys.set(key, { date, source });
	};
	for (const r of dataset.reports) add(r.date, r.source);
	for (const e of dayEstimates(dataset)) add(e.date!.text, e.source);
	return [...keys.values()].sort(byNewest).map((k) => changeId(dataset.id, k.date, k.source));
}

/** One source's reports of one category, measure and unit, in date order. */
interface Group {
	category: string;
	source: string;
	measure: Measure;
	share: boolean;
	reports: Report[];
}

function groupsOf(reports: readonly Report[]): Group[] {
	const groups = new Map<string, Group>();
	for (const report of reports) {
		const share = report.stated?.unit === 'percent';
		const key = `${report.category}\u0000${report.source}\u0000${report.measure}\u0000${share}`;
		let group = groups.get(key);
		if (!group) {
			group = { category: report.category, source: report.source, measure: report.measure, share, reports: [] };
			groups.set(key, group);
		}
		group.reports.push(report);
	}
	for (const group of groups.values()) group.reports.sort(byDateThenLine);
	return [...groups.values()];
}

/** A group's day: its rows, and the source's total before and after them. */
interface Day {
	date: IsoDate;
	reports: Report[];
	before: Quantity | null;
	after: Quantity | null;
	correction: boolean;
}

/**
 * The group's report dates with the source's running total around each: totalOn of steps.ts,
 * walked once (a date's cumulative figure, the last in file order, replaces the total, and the
 * increments of its own date are taken to be in it; otherwise the date's increments add up).
 */
function daysOf(group: Group): Day[] {
	const corrected = new Set<string>();
	for (const step of timelineOf(group.reports).steps) {
		if (step.lowerThan !== null) corrected.add(step.report.date);
	}
	const days: Day[] = [];
	let total: Quantity | null = null;
	for (let i = 0; i < group.reports.length; ) {
		const date = group.reports[i]!.date;
		const reports: Report[] = [];
		while (i < group.reports.length && group.reports[i]!.date === date) reports.push(group.reports[i++]!);
		const figures = reports.filter(isFigure);
		const cumulative = figures.filter((r) => r.basis === 'cumulative').pop();
		const before = total;
		if (cumulative) total = { ...cumulative.quantity };
		else {
			for (const r of figures) total = total === null ? { ...r.quantity } : addQuantities(total, r.quantity);
		}
		days.push({ date, reports, before, after: figures.length > 0 ? total : null, correction: corrected.has(date) });
	}
	return days;
}

/** Most recent first, ties by source id (aggregate.ts's byRecency: what makes the headline). */
function best(totals: Iterable<HeadlineRef>): HeadlineRef | null {
	let top: HeadlineRef | null = null;
	for (const t of totals) {
		if (top === null || t.date > top.date || (t.date === top.date && t.source < top.source)) top = t;
	}
	return top;
}

type Moves = Map<string, { before: HeadlineRef | null; after: HeadlineRef | null }>;

/**
 * Each category's headline just before and just after each report date (`category\0date`):
 * only figures handed over, as counts, make it, as in the model.
 */
function headlineMoves(groups: readonly Group[], daysOf: ReadonlyMap<Group, Day[]>): Moves {
	const byCategory = new Map<string, { source: string; day: Day }[]>();
	for (const group of groups) {
		if (group.measure !== 'handed_over' || group.share) continue;
		let list = byCategory.get(group.category);
		if (!list) byCategory.set(group.category, (list = []));
		for (const day of daysOf.get(group)!) if (day.after !== null) list.push({ source: group.source, day });
	}
	const moves: Moves = new Map();
	for (const [category, list] of byCategory) {
		list.sort((a, b) => (a.day.date < b.day.date ? -1 : a.day.date > b.day.date ? 1 : 0));
		const current = new Map<string, HeadlineRef>();
		for (let i = 0; i < list.length; ) {
			const date = list[i]!.day.date;
			const before = best(current.values());
			for (; i < list.length && list[i]!.day.date === date; i++) {
				const { source, day } = list[i]!;
				current.set(source, { source, date, total: day.after! });
			}
			moves.set(`${category}\u0000${date}`, { before, after: best(current.values()) });
		}
	}
	return moves;
}

function moved(
	move: { before: HeadlineRef | null; after: HeadlineRef | null } | undefined,
	source: string
): ChangeLine['headline'] {
	if (!move) return null;
	const { before, after } = move;
	const same =
		before !== null && after !== null && before.source === after.source && sameQuantity(before.total, after.total);
	if (same || (before === null && after === null)) return null;
	// The source's own before and after already say a move from its figure to its figure.
	if ((before === null || before.source === source) && (after === null || after.source === source)) return null;
	return { before, after };
}

/** Oldest first, undated first (the reverse of the model's most recent first), ties in file order. */
function estimateByAge(a: Estimate, b: Estimate): number {
	const da = a.date?.text ?? '';
	const db = b.date?.text ?? '';
	if (da !== db) return da < db ? -1 : 1;
	return a.line - b.line;
}

/** Each estimate dated to the day, with the estimate of its target that it revises. */
function estimateChanges(dataset: Dataset): Map<string, { estimate: Estimate; change: EstimateChange }[]> {
	const byTarget = new Map<string, Estimate[]>();
	for (const e of dataset.estimates) {
		let list = byTarget.get(e.target);
		if (!list) byTarget.set(e.target, (list = []));
		list.push(e);
	}
	const out = new Map<string, { estimate: Estimate; change: EstimateChange }[]>();
	for (const list of byTarget.values()) {
		list.sort(estimateByAge);
		list.forEach((estimate, i) => {
			if (estimate.date === null || estimate.date.day === null) return;
			const previous = i > 0 ? list[i - 1]! : null;
			const key = `${estimate.date.text}/${estimate.source}`;
			let entry = out.get(key);
			if (!entry) out.set(key, (entry = []));
			entry.push({
				estimate,
				change: {
					target: estimate.target,
					label: estimate.label,
					before: previous && {
						quantity: previous.quantity,
						source: previous.source,
						date: previous.date?.text ?? null
					},
					after: estimate.quantity
				}
			});
		});
	}
	return out;
}

/**
 * Every entry of a dataset, newest first (a date's sources by id): one per report date and
 * source, and per estimate dated to the day.
 * @example changesOf(seed)[0]
 *   // { id: 'karabakh-2023/2023-09-22/ru-mod', date: '2023-09-22', source: 'ru-mod',
 *   //   changes: [{ category: 'armored_vehicles', before: null, after: 6, … }, …], … }
 */
export function changesOf(dataset: Dataset, options: ChangesOptions = {}): ChangeEntry[] {
	const groups = groupsOf(dataset.reports);
	const days = new Map(groups.map((g) => [g, daysOf(g)] as const));
	const moves = headlineMoves(groups, days);
	const categoryRank = new Map(dataset.categories.map((c, i) => [c.id, i]));
	const measureRank = new Map(MEASURES.map((m, i) => [m, i]));

	const entries = new Map<string, ChangeEntry>();
	const entryOf = (date: IsoDate, source: string): ChangeEntry => {
		const key = `${date}/${source}`;
		let entry = entries.get(key);
		if (!entry) {
			entry = { id: changeId(dataset.id, date, source), date, source, urls: [], lines: [], changes: [], estimates: [] };
			entries.set(key, entry);
		}
		return entry;
	};
	// Each entry's addresses: its reports' by line, then its estimates' in file order.
	const urlLines = new Map<ChangeEntry, { file: number; line: number; url: SafeUrl }[]>();
	const addUrl = (entry: ChangeEntry, file: number, line: number, url: SafeUrl | null) => {
		if (url === null) return;
		let list = urlLines.get(entry);
		if (!list) urlLines.set(entry, (list = []));
		list.push({ file, line, url });
	};

	for (const group of groups) {
		for (const day of days.get(group)!) {
			if (options.since !== undefined && day.date < options.since) continue;
			const entry = entryOf(day.date, group.source);
			for (const r of day.reports) {
				entry.lines.push(r.line);
				addUrl(entry, 0, r.line, r.url);
			}
			entry.changes.push({
				category: group.category,
				measure: group.measure,
				share: group.share,
				stated: day.reports.map((r) => r.quantity),
				basis: day.reports[day.reports.length - 1]!.basis,
				before: day.before,
				after: day.after,
				correction: day.correction,
				headline:
					group.measure === 'handed_over' && !group.share
						? moved(moves.get(`${group.category}\u0000${day.date}`), group.source)
						: null
			});
		}
	}
	for (const [key, list] of estimateChanges(dataset)) {
		const [date, source] = key.split('/') as [IsoDate, string];
		if (options.since !== undefined && date < options.since) continue;
		const entry = entryOf(date, source);
		for (const { estimate, change } of list) {
			entry.estimates.push(change);
			addUrl(entry, 1, estimate.line, estimate.url);
		}
	}

	const rank = (line: ChangeLine) =>
		[categoryRank.get(line.category) ?? Number.MAX_SAFE_INTEGER, measureRank.get(line.measure)!, line.share ? 1 : 0];
	for (const entry of entries.values()) {
		entry.lines.sort((a, b) => a - b);
		entry.changes.sort((a, b) => {
			const [ra, rb] = [rank(a), rank(b)];
			return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
		});
		const urls = (urlLines.get(entry) ?? [])
			.sort((a, b) => a.file - b.file || a.line - b.line)
			.map((u) => u.url);
		entry.urls = [...new Set(urls)];
	}
	return [...entries.values()].sort(byNewest);
}
