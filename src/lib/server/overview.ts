/**
 * From a dataset folder to the view models its pages show: read, validate, aggregate, lay out.
 * The routes call these and nothing else; the views are built in $lib/view/pages.ts.
 */
import type { LiveStatus } from '$lib/live/status';
import { brokenStatus, overviewPageOf, type OverviewPage } from '$lib/view/pages';
import { brokenCached, loadCached, modelCached } from './cache';
import { listDatasets } from './datasets';

export type { OverviewPage };

/** The overview of dataset `id` under the data root (see dataRoot). */
export function overviewPage(
	id: string,
	root?: string
): OverviewPage & { live: LiveStatus | null } {
	// Broken files' issues are listed under the notice (src/lib/live/LiveNotice.svelte), as the
	// live client lists them: the overview's own panel keeps the issues of the figures shown.
	return { ...overviewPageOf(modelCached(id, root)), live: brokenStatus(brokenCached(id, root)) };
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
