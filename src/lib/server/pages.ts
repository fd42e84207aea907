/**
 * The view models of the pages beside the overview (reports, sources) and the footer that every
 * page of a dataset shows, from the cached dataset. The routes call these and nothing else; the
 * views are built in $lib/view/pages.ts, which the browser's live updates run too.
 */
import type { FooterView } from '$lib/view/overview';
import {
	brokenStatus,
	footerOf,
	reportsPageOf,
	sourcesPageOf,
	type ReportsPageView,
	type SourcesPageView
} from '$lib/view/pages';
import { reportsData, type ReportsData } from '$lib/view/reports';
import type { LiveStatus } from '$lib/live/status';
import { brokenCached, loadCached, modelCached } from './cache';

export type { ReportsPageView, SourcesPageView };

/** Under `vite dev`, what the notice says when the files are broken (see cache.ts). */
type Live = { live: LiveStatus | null };

/** The footer of dataset `id`'s pages: its credit and the date of its latest report. */
export function datasetFooter(id: string, root?: string): FooterView {
	return footerOf(modelCached(id, root));
}

/** The reports page as prerendered: the filter choices and the first page of rows. */
export function reportsPage(id: string, root?: string): ReportsPageView & Live {
	return { ...reportsPageOf(loadCached(id, root)), live: brokenStatus(brokenCached(id, root)) };
}

/** Every report of dataset `id`, for `reports.json`. */
export function reportsList(id: string, root?: string): ReportsData {
	return reportsData(loadCached(id, root).dataset);
}

/** The sources page. */
export function sourcesPage(id: string, root?: string): SourcesPageView & Live {
	return { ...sourcesPageOf(modelCached(id, root)), live: brokenStatus(brokenCached(id, root)) };
}
