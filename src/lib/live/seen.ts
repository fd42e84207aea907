/**
 * What is new since the reader's last visit, on the page: the notice in `[data-seen-notice]`
 * (the overview, the timeline and the reports page have one: "New since your last visit: 3
 * reports", a link to the changes page, "Mark all as seen") and a mark on each row or entry of
 * the page whose `data-change` (`<date>/<source>`) is new. static.ts loads it after a check
 * whose entries (of the figures shown: the build's or the newer files', so it works when new
 * CSVs came while the page was closed) differ from those the reader has seen (seen-store.ts).
 * Plain DOM, no Svelte.
 */
import { localHref } from '$lib/links';
import * as m from '$lib/messages';
import { newSince, seenKey } from './seen-store';

let observer: MutationObserver | null = null;
let fresh = new Set<string>();
/** The dataset of the page (the rows' `data-change` leaves it out of the entry's id). */
let current = '';

/**
 * Marks the rows and entries of the page that are new (the reports table re-renders its rows):
 * `data-seen-new` on the row, and its word on the row's first cell, which app.css shows
 * (CSS attr() reads the element's own attribute).
 */
function markRows(): void {
	for (const element of document.querySelectorAll<HTMLElement>('[data-change]')) {
		const isNew = fresh.has(`${current}/${element.dataset.change ?? ''}`);
		if (isNew === (element.dataset.seenNew !== undefined)) continue;
		const first = element.firstElementChild as HTMLElement | null;
		if (isNew) {
			element.dataset.seenNew = '';
			if (first) first.dataset.seenLabel = m.seen_row_mark();
		} else {
			delete element.dataset.seenNew;
			if (first) delete first.dataset.seenLabel;
		}
	}
}

function notice(dataset: string, ids: readonly string[], count: number): HTMLElement {
	const box = document.createElement('div');
	box.className = 'seen-notice';
	const text = document.createElement('strong');
	text.textContent = count === 1 ? m.seen_new_one() : m.seen_new_many({ count: String(count) });
	const link = document.createElement('a');
	link.href = localHref(`/${dataset}/changes/`);
	link.textContent = m.seen_changes_link();
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = m.seen_mark_all();
	button.addEventListener('click', () => {
		try {
			localStorage.setItem(seenKey(dataset), JSON.stringify(ids));
		} catch {
			// Not kept: the notice goes for this page only.
		}
		show(dataset, ids, []);
	});
	box.append(text, ' ', link, ' ', button);
	return box;
}

function show(dataset: string, ids: readonly string[], news: readonly string[]): void {
	current = dataset;
	fresh = new Set(news);
	markRows();
	const host = document.querySelector<HTMLElement>('[data-seen-notice]');
	if (!host) return;
	host.replaceChildren(...(news.length > 0 ? [notice(dataset, ids, news.length)] : []));
}

/**
 * Says on the page what is new among `ids` (the changes entries of the figures shown) since the
 * reader last marked all as seen; static.ts calls it when the stored entries differ from `ids`,
 * again after each check.
 */
export function showSeen(dataset: string, ids: readonly string[]): void {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(seenKey(dataset));
	} catch {
		// static.ts read it a moment ago; a refusal now says nothing new.
	}
	show(dataset, ids, newSince(stored, ids));
	if (!observer) {
		observer = new MutationObserver(markRows);
		const body = document.querySelector('[data-page-body]');
		if (body) observer.observe(body, { childList: true, subtree: true });
	}
}
