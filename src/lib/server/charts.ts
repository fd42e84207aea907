/**
 * The view models of the pages with charts: the timeline and each category's page, from the
 * cached model of the dataset (cache.ts). The routes call these and nothing else; the footer
 * comes from the dataset's layout.
 */
import { categoryView, type CategoryView } from '$lib/view/category';
import {
	timelineSeries,
	timelineView,
	type TimelineSeries,
	type TimelineView
} from '$lib/view/timeline';
import { loadCached, modelCached } from './cache';

export interface TimelinePage {
	title: string;
	timeline: TimelineView;
}

/** The timeline of dataset `id`: every category, every source. */
export function timelinePage(id: string, root?: string): TimelinePage {
	const model = modelCached(id, root);
	return { title: model.dataset.meta.title.value, timeline: timelineView(model) };
}

/** The category ids of dataset `id`, in file order: the category pages to prerender. */
export function categoryIds(id: string, root?: string): string[] {
	return loadCached(id, root).dataset.categories.map((c) => c.id);
}

export interface CategoryPage {
	category: CategoryView;
	timeline: TimelineView;
}

/** The page of category `categoryId` of dataset `id`, or null when there is no such category. */
export function categoryPage(id: string, categoryId: string, root?: string): CategoryPage | null {
	const model = modelCached(id, root);
	if (!model.dataset.categories.some((c) => c.id === categoryId)) return null;
	return {
		category: categoryView(model, categoryId),
		timeline: timelineView(model, { category: categoryId })
	};
}

/** The points of the timeline's lines (series.json): all categories, or one. */
export function seriesOf(id: string, category?: string, root?: string): TimelineSeries {
	// A category's own chart gets finer lines than the timeline of all of them.
	return timelineSeries(modelCached(id, root), category ? { category, maxPoints: 3000 } : {});
}
