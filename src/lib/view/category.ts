/**
 * The category page's view model: the headline (as on the overview's card), the history of the
 * category from every source, newest first, its estimates and its notes. The timeline comes
 * from timeline.ts.
 */
import { formatQuantity } from '$lib/data/format';
import type { HandoverModel, Localized, Report, SafeUrl } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatDate, formatNumber, localized, localizedOrNull } from './locale';
import { measureLabel } from './measures';
import { categoryCard, type CategoryCardView, type EstimateView } from './overview';
import { textLanguage } from './text';

export interface HistoryRow {
	/** The report's line in reports.csv: unique, and where to fix it. */
	line: number;
	date: string;
	source: string;
	side: string | null;
	/** "800+", or "no number given". */
	figure: string;
	quantified: boolean;
	/** "cumulative" or "increment". */
	basis: string;
	/** "Verified", for a figure of another measure than handed over; else null. */
	measure: string | null;
	quote: string | null;
	quoteLang: string | undefined;
	note: string | null;
	url: SafeUrl | null;
}

export interface CategoryView {
	dataset: string;
	id: string;
	label: string;
	card: CategoryCardView;
	/** Every estimate of the category's target, the one progress is measured against first. */
	estimates: EstimateView[];
	/** The newest reports, at most HISTORY_MAX. */
	history: HistoryRow[];
	/** How many reports name the category in all. */
	reportCount: number;
	/** "Showing the latest 200 of 10,000 reports.", or null when all are shown. */
	historyNote: string | null;
	note: string | null;
	/** The page's meta description. */
	description: string;
}

/** The category page lists this many reports; the reports page has them all. */
export const HISTORY_MAX = 50;

function text(value: Localized | null | undefined): string | null {
	return localizedOrNull(value);
}

/** Newest first; on one date, the later line first (the order a reader expects of a log). */
function newestFirst(a: Report, b: Report): number {
	if (a.date !== b.date) return a.date > b.date ? -1 : 1;
	return b.line - a.line;
}

/**
 * The page of category `id`. Throws for an id that categories.csv does not have (the route
 * answers 404 before that).
 * @example categoryView(seedModel, 'firearms').history[0] // { date: '2023-09-22', figure: '800+', basis: 'cumulative', quote: 'وأكثر من 800 سلاح ناري', … }
 */
export function categoryView(model: HandoverModel, id: string): CategoryView {
	const { dataset } = model;
	const summary = model.categories.find((c) => c.category.id === id);
	if (!summary) throw new Error(`categoryView: no category '${id}' in ${dataset.id}`);
	const card = categoryCard(dataset, summary);
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const reports = dataset.reports.filter((r) => r.category === id);
	const history = [...reports]
		.sort(newestFirst)
		.slice(0, HISTORY_MAX)
		.map((r): HistoryRow => {
			const source = sources.get(r.source);
			return {
				line: r.line,
				date: formatDate(r.date),
				source: source ? localized(source.name) : r.source,
				side: text(source?.side),
				figure: r.quantity ? formatQuantity(r.quantity, currentLocale()) : m.no_number(),
				quantified: r.quantity !== null,
				basis: r.basis === 'cumulative' ? m.basis_cumulative_short() : m.basis_increment_short(),
				measure: measureLabel(r.measure),
				quote: r.quote,
				quoteLang: r.quote ? textLanguage(r.quote).lang : undefined,
				note: text(r.note),
				url: r.url
			};
		});
	return {
		dataset: dataset.id,
		id,
		label: card.label,
		card,
		estimates: card.estimate ? [card.estimate, ...card.otherEstimates] : [],
		history,
		reportCount: reports.length,
		historyNote:
			reports.length > history.length
				? m.history_truncated({
						shown: formatNumber(history.length),
						total: formatNumber(reports.length)
					})
				: null,
		note: text(summary.category.note),
		description: m.category_description({
			category: card.label,
			dataset: localized(dataset.meta.title)
		})
	};
}
