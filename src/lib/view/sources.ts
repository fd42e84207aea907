/**
 * The sources page's view model: who said what, whose account it is, how many figures it gave
 * and its latest figure for each category. Each source's figures stand alone: a source's total
 * is its own (its latest cumulative figure plus its increments since), never mixed with another's.
 */
import { formatQuantity } from '$lib/data/format';
import type { HandoverModel, SafeUrl, SourceKind } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatDate, formatNumber, localized, localizedOrNull } from './locale';

/** A source's latest figure for one category. */
export interface SourceLatestView {
	category: { id: string; label: string };
	/** In the source's strength ("800+"), or "no number given". */
	figure: string;
	quantified: boolean;
	date: string;
	/** True when a later cumulative figure of this source corrected an earlier one. */
	corrected: boolean;
}

export interface SourceView {
	id: string;
	name: string;
	kind: SourceKind;
	kindLabel: string;
	/** Whose account it is, or "not stated". */
	side: string;
	url: SafeUrl | null;
	/** Rows of reports.csv from this source. */
	figures: number;
	figuresText: string;
	events: number;
	eventsText: string;
	estimates: number;
	estimatesText: string;
	/** One entry per category it reported on, in the order of categories.csv. */
	latest: SourceLatestView[];
}

const KIND_LABELS: Readonly<Record<SourceKind, () => string>> = {
	government: m.kind_government,
	armed_group: m.kind_armed_group,
	peacekeepers: m.kind_peacekeepers,
	media: m.kind_media,
	international: m.kind_international,
	ngo: m.kind_ngo
};

function count(map: Map<string, number>, key: string | null): void {
	if (key !== null) map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Every source of the dataset, the one that gave the most figures first (ties in the order of
 * sources.csv). A source's latest figure for a category is its total on the model's day; a
 * category it named only without a number shows "no number given" with its latest such date.
 * @example sourcesView(model)[0] // { name: 'Russian Ministry of Defence', figures: 5, latest: [{ figure: '6', … }, …], … }
 */
export function sourcesView(model: HandoverModel): SourceView[] {
	const { dataset } = model;
	const figures = new Map<string, number>();
	const events = new Map<string, number>();
	const estimates = new Map<string, number>();
	for (const report of dataset.reports) count(figures, report.source);
	for (const event of dataset.events) count(events, event.source);
	for (const estimate of dataset.estimates) count(estimates, estimate.source);

	const views = dataset.sources.map((source): SourceView => {
		const latest: SourceLatestView[] = [];
		for (const summary of model.categories) {
			const category = { id: summary.category.id, label: localized(summary.category.label) };
			const total = summary.bySource.find((t) => t.source === source.id);
			const unquantified = summary.unquantified.filter((r) => r.source === source.id);
			const lastUnquantified = unquantified.reduce<string | null>(
				(last, r) => (last === null || r.date > last ? r.date : last),
				null
			);
			if (total) {
				latest.push({
					category,
					figure: formatQuantity(total.total, currentLocale()),
					quantified: true,
					date: formatDate(total.date),
					corrected: total.corrected
				});
			} else if (lastUnquantified !== null) {
				latest.push({
					category,
					figure: m.no_number(),
					quantified: false,
					date: formatDate(lastUnquantified),
					corrected: false
				});
			}
		}
		const n = {
			figures: figures.get(source.id) ?? 0,
			events: events.get(source.id) ?? 0,
			estimates: estimates.get(source.id) ?? 0
		};
		return {
			id: source.id,
			name: localized(source.name),
			kind: source.kind,
			kindLabel: KIND_LABELS[source.kind](),
			side: localizedOrNull(source.side) ?? m.source_no_side(),
			url: source.url,
			figures: n.figures,
			figuresText: formatNumber(n.figures),
			events: n.events,
			eventsText: formatNumber(n.events),
			estimates: n.estimates,
			estimatesText: formatNumber(n.estimates),
			latest
		};
	});
	// Array.prototype.sort is stable: equal counts keep the order of sources.csv.
	return views.sort((a, b) => b.figures - a.figures);
}
