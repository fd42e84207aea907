/**
 * From a dataset folder to the view models its pages show: read, validate, aggregate, lay out.
 * The routes call these and nothing else.
 */
import { footerView, overviewView, type FooterView, type OverviewView } from '$lib/view/overview';
import { loadCached, modelCached } from './cache';
import { listDatasets } from './datasets';

export interface OverviewPage {
	overview: OverviewView;
	footer: FooterView;
}

/** The overview of dataset `id` under the data root (see dataRoot). */
export function overviewPage(id: string, root?: string): OverviewPage {
	const overview = overviewView(modelCached(id, root));
	return { overview, footer: footerView(overview) };
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
