/**
 * The live data of the pages (kept small: every dataset page's universal load imports it).
 *
 * A page's universal load (`+page.ts`) returns its server data, or, once the live site has
 * loaded newer data files in the browser (static.ts), the views of that data; either way with
 * the `live` status that the layout's notice shows. It `depends('live:data')`, and the live
 * client calls `invalidate('live:data')` when either changes, so the page updates in place.
 */
import type { WorkerOutcome } from '$lib/browser/protocol';
import type { FooterView, IssueView, OverviewView } from '$lib/view/overview';

export const LIVE_DEPENDENCY = 'live:data';

/** What the notice says about the data on the page, when it says anything. */
export interface LiveStatus {
	kind: 'updated' | 'broken' | 'fetch-failed';
	/** The sentence of the notice. */
	message: string;
	/** "New: Russian Ministry of Defence, 2023-09-24, Firearms 1,000+", one per new headline. */
	news: string[];
	/** When the files are broken: their issues (the figures are from the last good version). */
	issues: IssueView[];
	issuesIntro: string;
}

/** Newer data than the build's, loaded in the browser, for one dataset. */
export interface LiveData {
	outcome: WorkerOutcome;
	/** Object URLs of the new chart points (the charts fetch their points from an address). */
	series: string;
	categorySeries: Record<string, string>;
}

interface LiveState {
	data: LiveData | null;
	status: LiveStatus | null;
}

const states = new Map<string, LiveState>();

/** The live state of `dataset`, if the live client has set any. */
export function liveOf(dataset: string | null | undefined): LiveState | undefined {
	return dataset ? states.get(dataset) : undefined;
}

export function setLive(dataset: string, state: LiveState): void {
	states.set(dataset, state);
}

interface PageData {
	live?: LiveStatus | null;
	footer?: FooterView;
}

/**
 * A page's data with the live data of `dataset` over it: `pick` takes the page's views from
 * the newer data (null keeps the server's), and the footer and the notice's status come along.
 */
export function livePage<T extends PageData, U extends object>(
	dataset: string | null | undefined,
	data: T,
	pick: (live: LiveData) => U | null
): T & Partial<U> & { live: LiveStatus | null } {
	const state = liveOf(dataset);
	const live = state?.status ?? data.live ?? null;
	const picked = state?.data ? pick(state.data) : null;
	if (!picked || !state?.data)
		return { ...data, live } as T & Partial<U> & { live: LiveStatus | null };
	return { ...data, ...picked, footer: state.data.outcome.footer, live };
}

/** The overview's data, live; broken files' issues go to its issues panel. */
export function liveOverview<T extends PageData & { overview: OverviewView }>(
	data: T
): T & { live: LiveStatus | null } {
	const page = livePage(data.overview.id, data, (live) => ({ overview: live.outcome.overview }));
	const { live } = page;
	if (live?.kind !== 'broken' || !liveOf(data.overview.id)?.status) return page;
	return {
		...page,
		overview: { ...page.overview, issues: live.issues, issuesIntro: live.issuesIntro }
	};
}
