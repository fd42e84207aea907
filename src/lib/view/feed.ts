/**
 * A dataset's Atom 1.0 feed (RFC 4287) of what changed: one entry per changes entry (the changes
 * page's, view/changes.ts), in one language. Same input, same bytes: nothing depends on the
 * build's time or order, each entry's `id` comes from its dataset, date and source (a tag: URI)
 * and its `updated` from its report date, so a new report adds an entry and moves the feed's
 * `updated` and nothing else. Every text from the CSV files goes through xmlText (xml.ts).
 * Links are relative to the feed's own address (`/<dataset>/feed.xml`, `/ar/<dataset>/feed.xml`),
 * so they work under any base path and host.
 */
import { changesOf } from '$lib/data/changes';
import type { Dataset } from '$lib/data/types';
import * as m from '$lib/messages';
import { CHANGES_LIMIT, changesView, type ChangeEntryView } from './changes';
import { localized, localizedOrNull, type Locale } from './locale';
import { xmlText } from './xml';

/** The tag: URI authority and date of every id (RFC 4151); fixed, so that ids never change. */
const TAG = 'tag:handover-monitor,2026:';

/** Before any report: the feed's `updated` when it has no entry. */
const NO_DATE = '1970-01-01';

export interface FeedOptions {
	dataset: string;
	locale: Locale;
	/** The feed's title and subtitle (the dataset's description), in `locale`. */
	title: string;
	subtitle: string | null;
	/** The feed's author: the site. */
	author: string;
	/** The entries, newest first. */
	entries: readonly ChangeEntryView[];
	/** What a correction says (changes_correction), in `locale`. */
	correction: string;
}

/** An entry's id: the same in every build, whatever else the files hold. */
export function feedEntryId(entryId: string, locale: Locale): string {
	return `${TAG}${locale}/${entryId}`;
}

const atDay = (date: string) => `${date}T00:00:00Z`;

/** An element with escaped text. */
const el = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;

/** The entry's changes as XHTML: each category, then each revised estimate. */
function content(entry: ChangeEntryView, locale: Locale, correction: string): string {
	const separator = locale === 'ar' ? '؛ ' : '; ';
	const items = entry.items.map((item) => {
		const first = `${item.category}${item.kind ? ` (${item.kind})` : ''}: ${item.figure}`;
		const lines = [[first, item.change].filter(Boolean).join(separator)];
		if (item.correction) lines.push(correction);
		if (item.headline) lines.push(item.headline);
		return `<li>${lines.map(xmlText).join('<br/>')}</li>`;
	});
	const estimates = entry.estimates.map((e) => `<li>${xmlText(e)}</li>`);
	return `<div xmlns="http://www.w3.org/1999/xhtml"><ul>${items.join('')}${estimates.join('')}</ul></div>`;
}

/**
 * The entry as XML: id, title, updated (the report date), its source as author, the changes page
 * entry as its alternate link and each report's address as a related one, the changes as XHTML.
 * `correction` is what a correction says, in the feed's language.
 */
export function feedEntry(entry: ChangeEntryView, locale: Locale, correction: string): string {
	return [
		'<entry>',
		el('id', feedEntryId(entry.id, locale)),
		el('title', entry.title),
		el('updated', atDay(entry.date)),
		el('published', atDay(entry.date)),
		`<author>${el('name', entry.sourceName)}</author>`,
		`<link rel="alternate" type="text/html" href="${xmlText(`changes/#${entry.anchor}`)}"/>`,
		...entry.urls.map((url) => `<link rel="related" type="text/html" href="${xmlText(url)}"/>`),
		`<content type="xhtml">${content(entry, locale, correction)}</content>`,
		'</entry>'
	].join('\n');
}

/**
 * The feed's XML text.
 * @example atomFeed({ dataset: 'karabakh-2023', locale: 'en', title: '…: what changed', … })
 *   // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">…'
 */
export function atomFeed(options: FeedOptions): string {
	const { dataset, locale, entries } = options;
	const updated = entries.reduce((latest, e) => (e.date > latest ? e.date : latest), NO_DATE);
	const head = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(locale)}">`,
		el('id', `${TAG}${locale}/${dataset}/feed`),
		el('title', options.title),
		...(options.subtitle ? [el('subtitle', options.subtitle)] : []),
		el('updated', atDay(updated)),
		`<author>${el('name', options.author)}</author>`,
		'<link rel="self" type="application/atom+xml" href="feed.xml"/>',
		'<link rel="alternate" type="text/html" href="changes/"/>',
		el('generator', options.author)
	];
	return [
		...head,
		...entries.map((e) => feedEntry(e, locale, options.correction)),
		'</feed>',
		''
	].join('\n');
}

/** The feed of `dataset` in `locale`: its title, description and its newest entries (CHANGES_LIMIT). */
export function changesFeedOf(dataset: Dataset, locale: Locale): string {
	return atomFeed({
		dataset: dataset.id,
		locale,
		title: m.feed_title({ dataset: localized(dataset.meta.title, locale) }, { locale }),
		subtitle: localizedOrNull(dataset.meta.description, locale),
		author: m.feed_author({}, { locale }),
		entries: changesView(dataset, changesOf(dataset).slice(0, CHANGES_LIMIT), locale),
		correction: m.changes_correction({}, { locale })
	});
}
