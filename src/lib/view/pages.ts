/**
 * The view model of every page of a dataset, as pure functions of its loaded data and model.
 * The build (through the thin disk wrappers in $lib/server) and the browser's Web Worker (live
 * updates of the static site, the Data page) call these same functions, so that a page updated
 * in place shows exactly what a rebuild would have prerendered.
 */
import type { HandoverModel, LoadResult } from '$lib/data/types';
import type { LiveStatus } from '$lib/live/status';
import * as m from '$lib/messages';
import { categoryView, type CategoryView } from './category';
import { issueView } from './issues';
import { localized, localizedOrNull } from './locale';
import { footerView, overviewView, type FooterView, type OverviewView } from './overview';
import {
	DEFAULT_QUERY,
	filterOptions,
	PAGE_SIZE,
	reportsData,
	reportsTable,
	type FilterOptions,
	type ReportsData,
	type ReportsPage
} from './reports';
import { sourcesView, type SourceView } from './sources';
import { timelineSeries, timelineView, type TimelineSeries, type TimelineView } from './timeline';

export interface OverviewPage {
	overview: OverviewView;
	footer: FooterView;
}

/** The overview page and the footer it shows. */
export function overviewPageOf(model: HandoverModel): OverviewPage {
	const overview = overviewView(model, issueView);
	return { overview, footer: footerView(overview) };
}

/** The footer of every page of the dataset: its credit and the date of its latest report. */
export function footerOf(model: HandoverModel): FooterView {
	return footerView({
		credit: localizedOrNull(model.dataset.meta.credit),
		asOfDate: model.asOf
	});
}

export interface TimelinePage {
	title: string;
	timeline: TimelineView;
}

/** The timeline: every category, every source. */
export function timelinePageOf(model: HandoverModel): TimelinePage {
	return { title: localized(model.dataset.meta.title), timeline: timelineView(model) };
}

export interface CategoryPage {
	category: CategoryView;
	timeline: TimelineView;
}

/** The page of category `categoryId`, or null when the dataset has no such category. */
export function categoryPageOf(model: HandoverModel, categoryId: string): CategoryPage | null {
	if (!model.dataset.categories.some((c) => c.id === categoryId)) return null;
	return {
		category: categoryView(model, categoryId),
		timeline: timelineView(model, { category: categoryId })
	};
}

/** The points of the timeline's lines (series.json): all categories, or one. */
export function seriesOf(model: HandoverModel, category?: string): TimelineSeries {
	// A category's own chart gets finer lines than the timeline of all of them.
	return timelineSeries(model, category ? { category, maxPoints: 3000 } : {});
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
export function reportsPageOf(load: LoadResult, data: ReportsData = reportsData(load.dataset)) {
	return {
		title: localized(load.dataset.meta.title),
		options: filterOptions(data),
		first: reportsTable(data)(DEFAULT_QUERY),
		pageSize: PAGE_SIZE
	} satisfies ReportsPageView;
}

export interface SourcesPageView {
	title: string;
	sources: SourceView[];
}

/** The sources page. */
export function sourcesPageOf(model: HandoverModel): SourcesPageView {
	return { title: localized(model.dataset.meta.title), sources: sourcesView(model) };
}

/** At most this many issues of broken files go to a page. */
const MAX_LIVE_ISSUES = 200;

/**
 * The notice of a page whose files have more errors than the data it shows (see
 * $lib/server/cache.ts: under `vite dev` the pages keep the last good data); null when the
 * page shows the files as they are.
 */
export function brokenStatus(broken: LoadResult | null): LiveStatus | null {
	if (!broken) return null;
	return {
		kind: 'broken',
		message: m.live_broken(),
		news: [],
		issues: broken.issues.slice(0, MAX_LIVE_ISSUES).map(issueView),
		// Not issues_intro: its "the rest of the data is shown" is not so here (the last good version is).
		issuesIntro: m.issues_intro_broken()
	};
}

/**
 * Each category's headline as a key that changes when its figure, source or date does, and not
 * with the language of the page: the live site's notice names the categories whose key changed.
 */
export function headlineKeys(model: HandoverModel): Record<string, string> {
	const keys: Record<string, string> = {};
	for (const { category, headline } of model.categories) {
		keys[category.id] = headline
			? [
					headline.source,
					headline.date,
					headline.total.low,
					headline.total.high,
					headline.total.approximate
				].join('|')
			: '';
	}
	return keys;
}
