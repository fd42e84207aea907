/**
 * The progress chart's view model: for each category with a number and an estimate, its share
 * of the estimate as an interval in percent, and where each estimate of its target sits; the
 * categories the chart cannot show are listed, not dropped. Plain data: it goes from the
 * prerenderer to the page, and to the chart builder (src/lib/charts/progress.ts).
 */
import { formatQuantity } from '$lib/data/format';
import type { CategorySummary, HandoverModel } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatNumber } from './locale';

/**
 * What the chart reads of a category's card (overview.ts's CategoryCardView, which it is
 * handed: the cards are made once, by the overview, and this module does not import it).
 */
export interface ChartCard {
	id: string;
	label: string;
	figure: string | null;
	progressText: string;
	bar: { label: string } | null;
	reportedBy: { attribution: string } | null;
	estimate: ChartEstimate | null;
	otherEstimates: ChartEstimate[];
}

interface ChartEstimate {
	text: string;
	attribution: string;
	source: { name: string };
}

/** One estimate of a row's target, placed on the chart's axis. */
export interface EstimateMark {
	/** Percent of the estimate that progress is measured against: 100 for that one. */
	at: number;
	/** "≈10,000" */
	text: string;
	/** "≈10,000 (Government of Azerbaijan)" */
	label: string;
	/** "Government of Azerbaijan, 2023-09" */
	attribution: string;
	approximate: boolean;
	/** True for the estimate that progress is measured against (the most recent). */
	current: boolean;
}

export interface ProgressRow {
	id: string;
	label: string;
	/** The certain share, in percent: the bar is solid from 0 to here. */
	low: number;
	/** The largest possible share in percent, or null when there is no upper bound ("800+"). */
	high: number | null;
	approximate: boolean;
	/** The figure in the source's strength: "800+". */
	figure: string;
	/** "Russian Ministry of Defence, 2023-09-22" */
	reportedBy: string;
	/** "at least 8%" */
	share: string;
	/** "Firearms: at least 801 handed over, at least 8% of an estimated 10,000" */
	sentence: string;
	/** Every estimate of the target, the current one first. */
	estimates: EstimateMark[];
	/** What the tooltip says under the sentence, and the table too: the figure, each estimate. */
	details: string[];
}

/** A category the chart does not draw, and why. */
export interface OutsideItem {
	id: string;
	label: string;
	/** "≈5,000 handed over; no estimate" */
	text: string;
}

export interface ProgressChartView {
	rows: ProgressRow[];
	outside: OutsideItem[];
	/** The chart's aria-label: one sentence per row. */
	label: string;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

function outsideText(summary: CategorySummary, card: ChartCard): string {
	if (card.figure === null) {
		return summary.unquantified.length > 0 ? m.chart_outside_no_number() : m.no_reports_yet();
	}
	if (!summary.estimate) return m.chart_outside_no_estimate({ figure: card.figure });
	return m.chart_outside_unknown({ figure: card.figure });
}

/**
 * The progress chart of a model, from its categories' cards (`cards[i]` is the card of
 * `model.categories[i]`, as overviewView makes them).
 * @example progressChartView(seedModel, cards).rows[1]
 *   // { id: 'firearms', low: 8.01, high: null, figure: '800+', share: 'at least 8%', estimates: [{ at: 100, text: '≈10,000', current: true, … }], … }
 */
export function progressChartView(
	model: HandoverModel,
	cards: readonly ChartCard[]
): ProgressChartView {
	const rows: ProgressRow[] = [];
	const outside: OutsideItem[] = [];
	for (const [i, summary] of model.categories.entries()) {
		const card = cards[i]!;
		const { progress, estimate, headline } = summary;
		// A source's own share is drawn as it is, against the whole (100%), with no estimate.
		const share = summary.progressFrom === 'reported_share';
		// An estimate of 0 has no share to draw.
		const noEstimate = !estimate || estimate.stated.value === 0;
		if (!progress || !headline || !card.bar || (!share && noEstimate)) {
			outside.push({ id: card.id, label: card.label, text: outsideText(summary, card) });
			continue;
		}
		const all = share ? [] : [card.estimate!, ...card.otherEstimates];
		const reportedBy = card.reportedBy?.attribution ?? '';
		rows.push({
			id: card.id,
			label: card.label,
			low: round(progress.low * 100),
			high: progress.high === null ? null : round(progress.high * 100),
			approximate: progress.approximate,
			figure: formatQuantity(headline.total, currentLocale()),
			reportedBy,
			share: card.progressText,
			sentence: card.bar.label,
			estimates: (share ? [] : summary.estimates).map((e, i) => ({
				at: round((e.stated.value / estimate!.stated.value) * 100),
				text: formatQuantity(e.quantity, currentLocale()),
				label: m.chart_estimate_label({
					figure: formatQuantity(e.quantity, currentLocale()),
					source: all[i]!.source.name
				}),
				attribution: all[i]!.attribution,
				approximate: e.quantity.approximate,
				current: e === estimate
			})),
			details: [
				m.chart_tooltip_figure({
					figure: formatQuantity(headline.total, currentLocale()),
					by: reportedBy
				}),
				...all.map((e) =>
					m.chart_tooltip_estimate({ estimate: e.text, attribution: e.attribution })
				)
			]
		});
	}
	const sentences = rows.map((r) => r.sentence);
	return {
		rows,
		outside,
		label:
			rows.length === 0
				? m.progress_chart_empty()
				: m.progress_chart_label({ count: formatNumber(rows.length), rows: sentences.join('; ') })
	};
}
