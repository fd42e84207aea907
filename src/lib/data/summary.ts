/**
 * The machine-readable summary that the command line prints (DESIGN.md, "Machine-readable
 * summary"), and a plain-text table of the same figures for a terminal.
 */
import { formatProgress } from './format-progress';
import { formatQuantity } from './format';
import type {
	CategorySummary,
	Estimate,
	HandoverModel,
	MeasureSummary,
	ProgressFrom,
	Quantity,
	QuantityUnit
} from './types';

/**
 * A figure in the summary: `high: null` means no upper bound. A count's bounds are whole; a
 * share's (`unit: "percent"`) are the source's own percent, 0-100 ("more than 60%" is 60-100).
 */
export interface SummaryQuantity {
	low: number;
	high: number | null;
	approximate: boolean;
	text: string;
	unit: QuantityUnit;
}

/**
 * Progress toward the target, 0.0801 = 8.01%, rounded to 4 decimal places: the count against
 * the estimate, or the source's own share (`from`).
 */
export interface SummaryProgress {
	low: number;
	high: number | null;
	approximate: boolean;
	from: ProgressFrom;
}

/** The latest figure of a measure other than handed over, with its own source and date. */
export interface SummaryMeasure extends SummaryQuantity {
	source: string;
	date: string;
	sources_differ: boolean;
}

/** An estimate of the category's target, with its source and date (null when undated). */
export interface SummaryEstimate extends SummaryQuantity {
	source: string;
	date: string | null;
}

export interface SummaryCategory {
	id: string;
	/** The headline total; null when no report gives the category a number. */
	handed_over: SummaryQuantity | null;
	/** Source and date of the headline; null exactly when `handed_over` is. */
	source: string | null;
	date: string | null;
	sources_differ: boolean;
	target: string | null;
	/** The estimate progress is measured against; null without a target or an estimate of it. */
	estimate: SummaryQuantity | null;
	progress: SummaryProgress | null;
	/** Reports that name the category without a number. */
	unquantified_reports: number;
	/** Keyed by each measure other than handed_over that has figures (verified, seized, destroyed). */
	measures: Partial<Record<Exclude<MeasureSummary['measure'], 'handed_over'>, SummaryMeasure>>;
	/** Every estimate of the target, most recent first (`estimate` is the first). */
	estimates: SummaryEstimate[];
}

export interface SummaryWarning {
	file: string;
	line: number;
	column: number;
	message: string;
}

export interface Summary {
	dataset: string;
	/** The date of the latest report, or null when there are none. */
	as_of: string | null;
	/** Every category of categories.csv, in file order. */
	categories: SummaryCategory[];
	/** What loaded but looks wrong. Errors are never here: the CLI prints them instead. */
	warnings: SummaryWarning[];
}

function quantity(q: Quantity): SummaryQuantity {
	const { low, high, approximate } = q;
	return { low, high, approximate, text: formatQuantity(q), unit: q.unit ?? 'count' };
}

function measures(list: readonly MeasureSummary[]): SummaryCategory['measures'] {
	const out: SummaryCategory['measures'] = {};
	for (const m of list) {
		if (m.measure === 'handed_over' || m.headline === null) continue;
		out[m.measure] = {
			...quantity(m.headline.total),
			source: m.headline.source,
			date: m.headline.date,
			sources_differ: m.sourcesDiffer
		};
	}
	return out;
}

function estimateOf(e: Estimate): SummaryEstimate {
	return { ...quantity(e.quantity), source: e.source, date: e.date?.text ?? null };
}

/** Four decimal places, so 0.06000000000000001 prints as 0.06. */
function round4(n: number): number {
	return Math.round(n * 1e4) / 1e4;
}

function category(summary: CategorySummary): SummaryCategory {
	const { headline, estimate, progress } = summary;
	return {
		id: summary.category.id,
		handed_over: headline ? quantity(headline.total) : null,
		source: headline?.source ?? null,
		date: headline?.date ?? null,
		sources_differ: summary.sourcesDiffer,
		target: summary.category.target,
		estimate: estimate ? quantity(estimate.quantity) : null,
		progress: progress
			? {
					low: round4(progress.low),
					high: progress.high === null ? null : round4(progress.high),
					approximate: progress.approximate,
					from: summary.progressFrom!
				}
			: null,
		unquantified_reports: summary.unquantified.length,
		measures: measures(summary.measures),
		estimates: summary.estimates.map(estimateOf)
	};
}

/**
 * The JSON summary of a model, in the shape DESIGN.md fixes. Warnings are the model's issues of
 * severity 'warning'; errors are left out (the CLI prints them instead of a summary).
 * @example toSummary(model).categories[1]
 *   // { id: 'firearms', handed_over: { low: 801, high: null, approximate: false, text: '800+' },
 *   //   source: 'ru-mod', date: '2023-09-22', …, progress: { low: 0.0801, high: null, approximate: true }, … }
 */
export function toSummary(model: HandoverModel): Summary {
	return {
		dataset: model.dataset.id,
		as_of: model.asOf,
		categories: model.categories.map(category),
		warnings: model.issues
			.filter((issue) => issue.severity === 'warning')
			.map(({ file, line, column, message }) => ({ file, line, column, message }))
	};
}

const NONE = '—';

/** The table's column heads, in the order of row()'s cells. */
export const TABLE_HEADER = ['Category', 'Handed over', 'Source', 'Date', 'Estimate', 'Progress'] as const;

/**
 * A category's cells in the terminal table: label, handed over, source, date, estimate,
 * progress (summaryTable; draft.ts's summaryLineOf says them on one line).
 */
export function row(summary: CategorySummary): string[] {
	const { headline, estimate, progress, unquantified } = summary;
	// With no number, the latest report that names the category still says who and when.
	const named = unquantified.reduce<(typeof unquantified)[number] | null>(
		(latest, r) => (latest === null || r.date >= latest.date ? r : latest),
		null
	);
	const shown = headline ?? named;
	return [
		summary.category.label.value,
		headline
			? formatQuantity(headline.total)
			: named
				? 'handed over, no number given'
				: 'no reports',
		shown ? shown.source + (summary.sourcesDiffer ? ' (sources differ)' : '') : NONE,
		shown?.date ?? NONE,
		estimate ? formatQuantity(estimate.quantity) : NONE,
		progress ? formatProgress(progress, 'en', { for: 'table' }) : estimate ? NONE : 'no estimate'
	];
}

/**
 * The figures as a plain-text table for a terminal, headed by the dataset and its date.
 * Warnings are not included: the CLI prints them as `file:line:column: message`.
 * @example summaryTable(model)
 *   // karabakh-2023, as of 2023-09-22
 *   //
 *   // Category   Handed over  Source  Date        Estimate  Progress
 *   // Firearms   800+         ru-mod  2023-09-22  ≈10,000   at least 8%
 */
export function summaryTable(model: HandoverModel): string {
	const header = [...TABLE_HEADER];
	const rows = [header, ...model.categories.map(row)];
	const widths = header.map((_, i) => Math.max(...rows.map((cells) => cells[i]!.length)));
	const lines = rows.map((cells) =>
		cells
			.map((cell, i) => cell.padEnd(widths[i]!))
			.join('  ')
			.trimEnd()
	);
	const title = `${model.dataset.id}, as of ${model.asOf ?? 'no reports yet'}`;
	return [title, '', ...lines].join('\n') + '\n';
}
