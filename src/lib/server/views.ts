/**
 * From a dataset folder to the view models its pages show: the routes' load functions call
 * these and nothing else. Each reads the cached dataset and model (cache.ts) and hands them to
 * $lib/view/pages.ts, which the browser's live updates run too; under `vite dev`, `live` says
 * what the notice shows when the files on disk are broken.
 */
import type { LiveStatus } from '$lib/live/status';
import { changesPageOf, type ChangesPageView } from '$lib/view/changes';
import { changesFeedOf } from '$lib/view/feed';
import { currentLocale } from '$lib/view/locale';
import type { FooterView } from '$lib/view/overview';
import {
	brokenStatus,
	categoryPageOf,
	footerOf,
	overviewPageOf,
	reportsPageOf,
	seriesOf as seriesOfModel,
	sourcesPageOf,
	timelinePageOf,
	type CategoryPage,
	type OverviewPage,
	type ReportsPageView,
	type SourcesPageView,
	type TimelinePage
} from '$lib/view/pages';
import { reportsData, type ReportsData } from '$lib/view/reports';
import type { TimelineSeries } from '$lib/view/timeline';
import { brokenCached, loadCached, modelCached } from './cache';
import { listDatasets } from './datasets';

export type { CategoryPage, OverviewPage, ReportsPageView, SourcesPageView, TimelinePage };

/** Under `vite dev`, what the notice says when the files are broken (see cache.ts). */
type Live = { live: LiveStatus | null };

function liveOf(id: string, root?: string): Live {
	return { live: brokenStatus(brokenCached(id, root)) };
}

export interface DatasetListItem {
	id: string;
	title: string;
	description: string | null;
}

/** Every dataset under the data root, with its title and description, sorted by id. */
export function datasetList(root?: string): DatasetListItem[] {
	return listDatasets(root).map((id) => {
		const { meta } = loadCached(id, root).dataset;
		return { id, title: meta.title.value, description: meta.description?.value || null };
	});
}

/** The overview of dataset `id` under the data root (see dataRoot). */
export function overviewPage(id: string, root?: string): OverviewPage & Live {
	// Broken files' issues are listed under the notice (src/lib/live/LiveNotice.svelte), as the
	// live client lists them: the overview's own panel keeps the issues of the figures shown.
	return { ...overviewPageOf(modelCached(id, root)), ...liveOf(id, root) };
}

/** The footer of dataset `id`'s pages: its credit and the date of its latest report. */
export function datasetFooter(id: string, root?: string): FooterView {
	return footerOf(modelCached(id, root));
}

/** The reports page as prerendered: the filter choices and the first page of rows. */
export function reportsPage(id: string, root?: string): ReportsPageView & Live {
	return { ...reportsPageOf(loadCached(id, root)), ...liveOf(id, root) };
}

/** Every report of dataset `id`, for `reports.json`. */
export function reportsList(id: string, root?: string): ReportsData {
	return reportsData(loadCached(id, root).dataset);
}

/** The sources page. */
export function sourcesPage(id: string, root?: string): SourcesPageView & Live {
	return { ...sourcesPageOf(modelCached(id, root)), ...liveOf(id, root) };
}

/** The timeline of dataset `id`: every category, every source. */
export function timelinePage(id: string, root?: string): TimelinePage & Live {
	return { ...timelinePageOf(modelCached(id, root)), ...liveOf(id, root) };
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
	return page && { ...page, ...liveOf(id, root) };
}

/** The points of the timeline's lines (series.json): all categories, or one. */
export function seriesOf(id: string, category?: string, root?: string): TimelineSeries {
	return seriesOfModel(modelCached(id, root), category);
}

/** The changes page of dataset `id`, in the page's language. */
export function changesPage(id: string, root?: string): ChangesPageView {
	return changesPageOf(loadCached(id, root).dataset, currentLocale());
}

/** The Atom feed of dataset `id`, in the page's language (src/routes/[dataset]/feed.xml). */
export function changesFeed(id: string, root?: string): string {
	return changesFeedOf(loadCached(id, root).dataset, currentLocale());
}
