/**
 * The view models of the pages beside the overview (reports, sources) and the footer that every
 * page of a dataset shows, from the cached dataset. The routes call these and nothing else.
 */
import { footerView, type FooterView } from '$lib/view/overview';
import {
	DEFAULT_QUERY,
	filterOptions,
	PAGE_SIZE,
	reportsData,
	reportsTable,
	type FilterOptions,
	type ReportsData,
	type ReportsPage
} from '$lib/view/reports';
import { sourcesView, type SourceView } from '$lib/view/sources';
import { loadCached, modelCached } from './cache';

/** The footer of dataset `id`'s pages: its credit and the date of its latest report. */
export function datasetFooter(id: string, root?: string): FooterView {
	const model = modelCached(id, root);
	return footerView({
		credit: model.dataset.meta.credit?.value || null,
		asOfDate: model.asOf
	});
}

export interface ReportsPageView {
	/** The dataset's title. */
	title: string;
	options: FilterOptions;
	/** The first page of the default view (newest first), which the HTML holds. */
	first: ReportsPage;
	pageSize: number;
}

/** The reports page as prerendered: the filter choices and the first page of rows. */
export function reportsPage(id: string, root?: string): ReportsPageView {
	const { dataset } = loadCached(id, root);
	const data = reportsData(dataset);
	return {
		title: dataset.meta.title.value,
		options: filterOptions(data),
		first: reportsTable(data)(DEFAULT_QUERY),
		pageSize: PAGE_SIZE
	};
}

/** Every report of dataset `id`, for `reports.json`. */
export function reportsList(id: string, root?: string): ReportsData {
	return reportsData(loadCached(id, root).dataset);
}

export interface SourcesPageView {
	title: string;
	sources: SourceView[];
}

/** The sources page. */
export function sourcesPage(id: string, root?: string): SourcesPageView {
	const model = modelCached(id, root);
	return { title: model.dataset.meta.title.value, sources: sourcesView(model) };
}
