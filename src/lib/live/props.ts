/**
 * Which page body (src/lib/pages) a page of the live site shows, and its props built from newer
 * data files (the worker's WorkerOutcome): the same props the route gives it from its server
 * load, so that the page updated in place is the page a rebuild would have prerendered. One
 * table (BODIES) by route; pure: render.svelte.ts loads the component and mounts it.
 */
import type { Component } from 'svelte';
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

export type BodyName = 'overview' | 'timeline' | 'category' | 'reports' | 'changes' | 'sources';

export interface Body {
	name: BodyName;
	/** The body's component (src/lib/pages), loaded on the page that shows it only. */
	load: () => Promise<{ default: Component<never> }>;
	props: Record<string, unknown>;
}

type SeriesUrl = (series: TimelineSeries) => string;

/** A page body: its component and its props from newer files (null: the page stays as it is). */
interface BodyOfRoute {
	name: BodyName;
	load: Body['load'];
	props(page: LivePage, outcome: WorkerOutcome, seriesUrl: SeriesUrl): Body['props'] | null;
}

const overview: BodyOfRoute = {
	name: 'overview',
	load: () => import('$lib/pages/OverviewPage.svelte'),
	props: ({ dataset }, outcome) => ({ dataset, overview: outcome.overview })
};

/**
 * The one table of the live pages, by SvelteKit's route id: the body each route renders (as its
 * +page.svelte does on the server) and its props. A route not here (the Data page, the embeds)
 * has nothing to update.
 */
export const BODIES: Readonly<Record<string, BodyOfRoute>> = {
	'/': overview,
	'/[dataset]': overview,
	'/[dataset]/timeline': {
		name: 'timeline',
		load: () => import('$lib/pages/TimelinePage.svelte'),
		props: ({ dataset }, outcome, seriesUrl) => ({
			dataset,
			...outcome.timeline,
			series: seriesUrl(outcome.series)
		})
	},
	'/[dataset]/category/[id]': {
		name: 'category',
		load: () => import('$lib/pages/CategoryPage.svelte'),
		props: ({ dataset, params }, outcome, seriesUrl) => {
			const id = params.id;
			const category = id !== undefined ? outcome.categories[id] : undefined;
			if (!category) return null;
			return { dataset, ...category.page, series: seriesUrl(category.series) };
		}
	},
	'/[dataset]/reports': {
		name: 'reports',
		load: () => import('$lib/pages/ReportsPage.svelte'),
		props: ({ dataset }, outcome) =>
			// Without the whole list the table could mix two versions of the files: leave it.
			outcome.reportsList ? { dataset, ...outcome.reports, liveList: outcome.reportsList } : null
	},
	'/[dataset]/changes': {
		name: 'changes',
		load: () => import('$lib/pages/ChangesPage.svelte'),
		props: ({ dataset }, outcome) => ({ dataset, ...outcome.changesPage })
	},
	'/[dataset]/sources': {
		name: 'sources',
		load: () => import('$lib/pages/SourcesPage.svelte'),
		props: ({ dataset }, outcome) => ({ dataset, ...outcome.sources })
	}
};

/**
 * The body of `page` with the views of `outcome`, or null when the page has none to update (the
 * Data page, a category the newer files no longer have). `seriesUrl` gives an address for a
 * chart's points (the built pages fetch series.json; newer points are in the browser).
 */
export function bodyOf(page: LivePage, outcome: WorkerOutcome, seriesUrl: SeriesUrl): Body | null {
	const route = Object.hasOwn(BODIES, page.route) ? BODIES[page.route] : undefined;
	const props = route?.props(page, outcome, seriesUrl);
	return route && props ? { name: route.name, load: route.load, props } : null;
}
