/**
 * Puts newer data on the page without SvelteKit's client (the pages are prerendered HTML with
 * islands, issue 7): the notice mounted into the layout's `[data-live-notice]`, the footer's
 * as-of date, and the page's body (src/lib/pages, the component the route renders on the
 * server) mounted afresh over `[data-page-body]` with props built from the worker's outcome
 * (props.ts, one table by route). Loaded by static.ts only when there is something to show; each body's code loads
 * only on the page that shows it.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { WorkerOutcome } from '$lib/browser/protocol';
import { unmountWithin } from '$lib/islands/instances';
import type { TimelineSeries } from '$lib/view/timeline';
import LiveNotice from './LiveNotice.svelte';
import { bodyOf, type LivePage } from './props';
import type { LiveStatus } from './status';

const notice = $state<{ status: LiveStatus | null }>({ status: null });
let wanted: LiveStatus | null = null;
let noticeMounted = false;

/** Says `status` in the notice (null: says nothing). */
export function showStatus(status: LiveStatus | null): void {
	wanted = status;
	if (noticeMounted) {
		notice.status = status;
		return;
	}
	const target = document.querySelector<HTMLElement>('[data-live-notice]');
	if (!target) return;
	// The prerendered notice is HTML only: a component of ours takes its place, empty at first,
	// since a live region that appears with its content in it may not be announced.
	target.replaceChildren();
	mount(LiveNotice, {
		target,
		props: {
			get status() {
				return notice.status;
			}
		}
	});
	noticeMounted = true;
	setTimeout(() => (notice.status = wanted), 50);
}

let body: Record<string, unknown> | null = null;
let urls: string[] = [];

function seriesUrl(series: TimelineSeries): string {
	const url = URL.createObjectURL(new Blob([JSON.stringify(series)], { type: 'application/json' }));
	urls.push(url);
	return url;
}

/** The page of `page` with the views of `outcome`, the footer's date, and `status`. */
export async function showOutcome(
	page: LivePage,
	outcome: WorkerOutcome,
	status: LiveStatus | null
): Promise<void> {
	const old = urls;
	urls = [];
	const next = bodyOf(page, outcome, seriesUrl);
	const target = document.querySelector<HTMLElement>('[data-page-body]');
	if (next && target) {
		const { default: component } = await next.load();
		// Mounted, not hydrated: the old body goes (its islands first), the new one renders in one
		// go, and the reader stays where they were (the body reads its state, filters or the
		// selected category, from the address as it did on opening).
		const { scrollX, scrollY } = window;
		if (body) void unmount(body);
		unmountWithin(target);
		target.replaceChildren();
		body = mount(component, { target, props: next.props as never });
		flushSync();
		if (window.scrollY !== scrollY) window.scrollTo(scrollX, scrollY);
		// A body with a <svelte:head> adds its title and description: the prerendered ones go.
		for (const selector of ['title', 'meta[name="description"]']) {
			const found = document.head.querySelectorAll(selector);
			for (const element of [...found].slice(0, -1)) element.remove();
		}
	}
	for (const url of old) URL.revokeObjectURL(url);
	const asOf = document.querySelector<HTMLElement>('[data-live-asof]');
	if (asOf) {
		asOf.textContent = outcome.footer.asOf ?? '';
		asOf.hidden = !outcome.footer.asOf;
	}
	showStatus(status);
}
