/**
 * The site's navigation: the pages of the current dataset, one click apart, and the one page
 * about all of them. Links stay within the dataset on the page; pages of no dataset (the
 * methodology, the list of datasets) link to the default one.
 */
import * as m from '$lib/messages';

export interface NavItem {
	key: 'overview' | 'timeline' | 'reports' | 'changes' | 'sources' | 'data' | 'methodology';
	label: string;
	/** The page's path, to pass through `resolve` (it adds the base path). */
	path: `/${string}`;
	current: boolean;
}

export interface NavOptions {
	/** The route on screen (`page.route.id`): `/[dataset]/reports`. */
	routeId: string | null;
	/** The dataset the links point into: the page's, or the default one; null when there is none. */
	dataset: string | null;
	/** True on `/` when it lists several datasets rather than showing one's overview. */
	listing: boolean;
}

const CURRENT: Readonly<Record<string, NavItem['key']>> = {
	'/': 'overview',
	'/[dataset]': 'overview',
	'/[dataset]/timeline': 'timeline',
	'/[dataset]/reports': 'reports',
	'/[dataset]/changes': 'changes',
	'/[dataset]/sources': 'sources',
	'/[dataset]/data': 'data',
	'/methodology': 'methodology'
};

/**
 * The navigation's links, in order, with the one for the page on screen marked.
 * @example navItems({ routeId: '/[dataset]/reports', dataset: 'karabakh-2023', listing: false })[2]
 *   // { key: 'reports', label: 'Reports', path: '/karabakh-2023/reports/', current: true }
 */
export function navItems({ routeId, dataset, listing }: NavOptions): NavItem[] {
	const current = routeId === '/' && listing ? null : (CURRENT[routeId ?? ''] ?? null);
	const item = (key: NavItem['key'], label: string, path: NavItem['path']): NavItem => ({
		key,
		label,
		path,
		current: key === current
	});
	const methodology = item('methodology', m.nav_methodology(), '/methodology/');
	if (dataset === null) return [item('overview', m.nav_overview(), '/'), methodology];
	const base = `/${encodeURIComponent(dataset)}/` as const;
	return [
		item('overview', m.nav_overview(), base),
		item('timeline', m.nav_timeline(), `${base}timeline/`),
		item('reports', m.nav_reports(), `${base}reports/`),
		item('changes', m.nav_changes(), `${base}changes/`),
		item('sources', m.nav_sources(), `${base}sources/`),
		item('data', m.nav_data(), `${base}data/`),
		methodology
	];
}
