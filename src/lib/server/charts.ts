/**
 * The view models of the pages with charts: the timeline and each category's page, from the
 * cached model of the dataset (cache.ts). The routes call these and nothing else; the footer
 * comes from the dataset's layout. The views themselves are built in $lib/view/pages.ts, which
 * the browser's live updates run too.
 */
import type { TimelineSeries } from '$lib/view/timeline';
import {
	brokenStatus,
	categoryPageOf,
	seriesOf as seriesOfModel,
	timelinePageOf,
	type CategoryPage,
	type TimelinePage
} from '$lib/view/pages';
import type { LiveStatus } from '$lib/live/status';
import { brokenCached, loadCached, modelCached } from './cache';

export type { CategoryPage, TimelinePage };

/** Under `vite dev`, what the notice says when the files are broken (see cache.ts). */
type Live = { live: LiveStatus | null };

/** The timeline of dataset `id`: every category, every source. */
export function timelinePage(id: string, root?: string): TimelinePage & Live {
	return { ...timelinePageOf(modelCached(id, root)), live: brokenStatus(brokenCached(id, root)) };
}

/** The category ids of dataset `id`, in file order: the category pages to prerender. */
export function categoryIds(id: string, root?: string): string[] {
	return loadCached(id, root).dataset.categories.map((c) => c.id);
}

/** The page of category `categoryId` of dataset `id`, or null when there is no such category. */
export function categoryPage(
	id: string,
	categoryId: string,
	root?: string
): (CategoryPage & Live) | null {
	const page = categoryPageOf(modelCached(id, root), categoryId);
	return page && { ...page, live: brokenStatus(brokenCached(id, root)) };
}

/** The points of the timeline's lines (series.json): all categories, or one. */
export function seriesOf(id: string, category?: string, root?: string): TimelineSeries {
	return seriesOfModel(modelCached(id, root), category);
}
