/**
 * The changes as text, in one language: what the changes page lists and the Atom feeds say
 * (feed.ts), from data/changes.ts's entries. Figures are written by data/format.ts in the
 * source's strength; labels and names from their `_ar` columns on the Arabic side.
 */
import { changesOf, type ChangeEntry, type ChangeLine, type HeadlineRef } from '$lib/data/changes';
import { formatQuantity } from '$lib/data/format';
import type { Dataset, Measure, Quantity, SafeUrl } from '$lib/data/types';
import * as m from '$lib/messages';
import { formatDate, formatNumber, localized, type Locale } from './locale';
import { DEFAULT_QUERY, serialiseQuery } from './reports-query';

/** One category of an entry, as text. */
export interface ChangeItemView {
	categoryId: string;
	category: string;
	/**
	 * What the source gave that day, in its strength ("800+"), or "no number given"; more than
	 * MAX_FIGURES figures say how many ("28 figures").
	 */
	figure: string;
	/** The measure when not "handed over" ("seized"), with "share of the total" for a share. */
	kind: string | null;
	/** "was 250+, now ≈200" or "first figure from this source"; null without a number. */
	change: string | null;
	correction: boolean;
	/** "Headline: ≈200 (Government, 2024-03-10) → ≥300 (Daily Press, 2024-03-12)", or null. */
	headline: string | null;
}

export interface ChangeEntryView {
	/** data/changes.ts's id: `<dataset>/<date>/<source>`. */
	id: string;
	/** The entry's HTML id on the changes page: `change-<date>-<source>`. */
	anchor: string;
	date: string;
	dateText: string;
	source: string;
	sourceName: string;
	/** "Russian Ministry of Defence, 2023-09-22: Armoured vehicles 6, Firearms 800+, Ammunition ≈5,000". */
	title: string;
	/** The query of the entry's rows on the reports page: `?source=ru-mod&from=…&to=…`. */
	reportsQuery: string;
	/** The report's first MAX_URLS addresses (the command line's JSON has them all). */
	urls: SafeUrl[];
	items: ChangeItemView[];
	/** Revised estimates, as sentences. */
	estimates: string[];
}

/** At most this many figures of one category and day are written out, and links per entry. */
const MAX_FIGURES = 3;
const MAX_URLS = 3;

const MEASURE_WORDS: Readonly<
	Record<Exclude<Measure, 'handed_over'>, typeof m.changes_measure_seized>
> = {
	verified: m.changes_measure_verified,
	seized: m.changes_measure_seized,
	destroyed: m.changes_measure_destroyed
};

function kindOf(line: ChangeLine, locale: Locale): string | null {
	const words: string[] = [];
	if (line.measure !== 'handed_over') words.push(MEASURE_WORDS[line.measure]({}, { locale }));
	if (line.share) words.push(m.changes_share({}, { locale }));
	return words.length > 0 ? words.join(', ') : null;
}

/** The anchor of an entry on the changes page. */
export function changeAnchor(entry: { date: string; source: string }): string {
	return `change-${entry.date}-${entry.source}`;
}

/**
 * The entries of `dataset` as text in `locale`, newest first (see changesOf).
 * @example changesView(seed, changesOf(seed), 'en')[0].title
 *   // 'Russian Ministry of Defence, 2023-09-22: Armoured vehicles 6, Firearms 800+, …'
 */
export function changesView(
	dataset: Dataset,
	entries: readonly ChangeEntry[],
	locale: Locale
): ChangeEntryView[] {
	const sourceNames = new Map(dataset.sources.map((s) => [s.id, localized(s.name, locale)]));
	const labels = new Map(dataset.categories.map((c) => [c.id, localized(c.label, locale)]));
	const name = (id: string) => sourceNames.get(id) ?? id;
	const q = (quantity: Quantity) => formatQuantity(quantity, locale);
	const ref = (r: HeadlineRef | null) =>
		r === null
			? m.changes_headline_none({}, { locale })
			: m.changes_headline_figure(
					{ figure: q(r.total), source: name(r.source), date: formatDate(r.date, locale) },
					{ locale }
				);

	return entries.map((entry): ChangeEntryView => {
		const items = entry.changes.map((line): ChangeItemView => {
			const stated = line.stated.filter((s): s is Quantity => s !== null);
			// A day of many figures (a bulletin of increments) says how many, not each.
			const figure =
				stated.length === 0
					? m.no_number({}, { locale })
					: stated.length <= MAX_FIGURES
						? stated.map(q).join(m.changes_list_separator({}, { locale }))
						: m.changes_figures({ count: formatNumber(stated.length, locale) }, { locale });
			const change =
				line.after === null
					? null
					: line.before === null
						? m.changes_first({}, { locale })
						: m.changes_was_now({ before: q(line.before), after: q(line.after) }, { locale });
			return {
				categoryId: line.category,
				category: labels.get(line.category) ?? line.category,
				figure,
				kind: kindOf(line, locale),
				change,
				correction: line.correction,
				headline:
					line.headline &&
					m.changes_headline(
						{ before: ref(line.headline.before), after: ref(line.headline.after) },
						{ locale }
					)
			};
		});
		const estimates = entry.estimates.map((e) =>
			e.before === null
				? m.changes_estimate_new(
						{ target: localized(e.label, locale), after: q(e.after) },
						{ locale }
					)
				: m.changes_estimate_revised(
						{
							target: localized(e.label, locale),
							after: q(e.after),
							before: q(e.before.quantity),
							source: name(e.before.source),
							date:
								e.before.date === null
									? m.changes_undated({}, { locale })
									: formatDate(e.before.date, locale)
						},
						{ locale }
					)
		);
		const dateText = formatDate(entry.date, locale);
		// The title names the figures; the categories named without a number only when there is no figure.
		// A figure of another measure says which ("Arms caches (destroyed) 750"), as the entry does.
		const named = items.map((item, i) => {
			const measure = entry.changes[i]!.measure;
			return measure === 'handed_over'
				? item
				: {
						...item,
						category: m.source_measure(
							{ source: item.category, measure: MEASURE_WORDS[measure]({}, { locale }) },
							{ locale }
						)
					};
		});
		const quantified = named.filter((item) => item.change !== null);
		const figures = (quantified.length > 0 ? quantified : named).map((item) =>
			m.changes_title_figure({ category: item.category, figure: item.figure }, { locale })
		);
		for (const e of entry.estimates) {
			figures.push(
				m.changes_title_figure(
					{ category: localized(e.label, locale), figure: q(e.after) },
					{ locale }
				)
			);
		}
		return {
			id: entry.id,
			anchor: changeAnchor(entry),
			date: entry.date,
			dateText,
			source: entry.source,
			sourceName: name(entry.source),
			title: m.changes_title(
				{
					source: name(entry.source),
					date: dateText,
					figures: figures.join(m.changes_list_separator({}, { locale }))
				},
				{ locale }
			),
			reportsQuery: serialiseQuery({
				...DEFAULT_QUERY,
				source: entry.source,
				from: entry.date,
				to: entry.date
			}),
			urls: entry.urls.slice(0, MAX_URLS),
			items,
			estimates
		};
	});
}

/**
 * The most entries the changes page and the feeds hold, the newest: a page of a dataset with
 * years of daily reports stays within the HTML budget, and a feed reader needs the recent ones.
 * The command line gives them all.
 */
export const CHANGES_LIMIT = 20;

export interface ChangesPageView {
	/** The dataset's title. */
	title: string;
	/** The newest CHANGES_LIMIT entries. */
	entries: ChangeEntryView[];
	/** "The 20 most recent of 1,234 entries…" when some were left out; null otherwise. */
	more: string | null;
}

/** The changes page: the newest entries of the dataset (CHANGES_LIMIT), in `locale`. */
export function changesPageOf(dataset: Dataset, locale: Locale): ChangesPageView {
	const all = changesOf(dataset);
	return {
		title: localized(dataset.meta.title, locale),
		entries: changesView(dataset, all.slice(0, CHANGES_LIMIT), locale),
		more:
			all.length > CHANGES_LIMIT
				? m.changes_page_more(
						{ shown: formatNumber(CHANGES_LIMIT, locale), count: formatNumber(all.length, locale) },
						{ locale }
					)
				: null
	};
}
