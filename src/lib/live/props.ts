/**
 * Which page body (src/lib/pages) a page of the live site shows, and its props built from newer
 * data files (the worker's WorkerOutcome): the same props the route gives it from its server
 * load, so that the page updated in place is the page a rebuild would have prerendered. Pure:
 * render.svelte.ts loads the component and mounts it.
 */
import type { WorkerOutcome } from '$lib/browser/protocol';
import type { TimelineSeries } from '$lib/view/timeline';

/** The page the live client runs on, as the layout writes it on <main> (page.ts reads it). */
export interface LivePage {
	/** SvelteKit's route id: `/[dataset]/timeline`. */
	route: string;
	params: Record<string, string>;
	/** The dataset whose files the page shows (`/` shows the only one). */
	dataset: string;
}

export type BodyName = 'overview' | 'timeline' | 'category' | 'reports' | 'sources';

export interface Body {
	name: BodyName;
	props: Record<string, unknown>;
}

/**
 * The body of `page` with the views of `outcome`, or null when the page has none to update (the
 * Data page, a category the newer files no longer have). `seriesUrl` gives an address for a
 * chart's points (the built pages fetch series.json; newer points are in the browser).
 */
export function bodyOf(
	page: LivePage,
	outcome: WorkerOutcome,
	seriesUrl: (series: TimelineSeries) => string
): Body | null {
	const { dataset } = page;
	switch (page.route) {
		case '/':
		case '/[dataset]':
			return { name: 'overview', props: { dataset, overview: outcome.overview } };
		case '/[dataset]/timeline':
			return {
				name: 'timeline',
				props: { dataset, ...outcome.timeline, series: seriesUrl(outcome.series) }
			};
		case '/[dataset]/category/[id]': {
			const id = page.params.id;
			const category = id !== undefined ? outcome.categories[id] : undefined;
			if (!category) return null;
			return {
				name: 'category',
				props: { dataset, ...category.page, series: seriesUrl(category.series) }
			};
		}
		case '/[dataset]/reports':
			// Without the whole list the table could mix two versions of the files: leave it.
			if (!outcome.reportsList) return null;
			return {
				name: 'reports',
				props: { dataset, ...outcome.reports, liveList: outcome.reportsList }
			};
		case '/[dataset]/sources':
			return { name: 'sources', props: { dataset, ...outcome.sources } };
		default:
			return null;
	}
}
