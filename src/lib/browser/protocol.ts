/**
 * What the page and the pipeline worker (pipeline.worker.ts) say to each other, and what a load
 * in the worker gives back. Types only: the page imports this without loading the pipeline.
 */
import type { DataIssue } from '$lib/data/types';
import type { FooterView, OverviewView } from '$lib/view/overview';
import type { CategoryPage, ReportsPageView, SourcesPageView, TimelinePage } from '$lib/view/pages';
import type { ChangesPageView } from '$lib/view/changes';
import type { ReportsData } from '$lib/view/reports';
import type { TimelineSeries } from '$lib/view/timeline';

/** A file given to the worker: dropped on the Data page, or fetched by the live site. */
export interface DroppedFile {
	/** The file's name; a path (`karabakh-2023/reports.csv`) is read by its last part. */
	name: string;
	content: Blob | string;
}

export interface WorkerOptions {
	/** The dataset id the views link to; by default the folder the files came in, or 'dropped'. */
	id?: string;
	/** At most this many issues come back (default 200); `moreIssues` counts the rest. */
	maxIssues?: number;
	/** The page's language, for the messages the views hold (the worker cannot read the URL). */
	locale?: string;
	/** Also build each category's page and its chart points (the live site's category pages). */
	categoryPages?: boolean;
	/** Also return every report as the reports page lists them (the live site's reports page). */
	reportsList?: boolean;
}

export interface CategoryOutcome {
	page: CategoryPage;
	series: TimelineSeries;
}

/** What loading a dataset in the worker gives: the same views the prerendered pages show. */
export interface WorkerOutcome {
	id: string;
	/** The dataset files read (by their names in the dataset, `reports.csv`), in the order given. */
	files: string[];
	/** The names given that are not dataset files (or repeat one), left out. */
	ignored: string[];
	/** Every issue of loading and aggregation, sorted by file, line and column, up to maxIssues. */
	issues: DataIssue[];
	/** How many issues were left out of `issues` (and of `overview.issues`). */
	moreIssues: number;
	/** How many of all the issues are errors, and how many warnings. */
	errors: number;
	warnings: number;
	/** The overview page's view, as the overview's server load returns it (issues capped). */
	overview: OverviewView;
	footer: FooterView;
	timeline: TimelinePage;
	/** The timeline's points (what series.json holds). */
	series: TimelineSeries;
	sources: SourcesPageView;
	reports: ReportsPageView;
	/** Every report, as reports.json lists them, when `reportsList` was asked for; else null. */
	reportsList: ReportsData | null;
	/** Each category's headline, locale-free (headlineKeys): what the live notice compares. */
	headlines: Record<string, string>;
	/** The changes entries' ids, newest first (changeIds): what the browser marks as new. */
	changes: string[];
	/** The changes page's view (its newest entries), in the page's language. */
	changesPage: ChangesPageView;
	/** Each category's page, by id, when `categoryPages` was asked for; else empty. */
	categories: Record<string, CategoryOutcome>;
	/** Bytes read, and the time the worker took (read, parse, validate, aggregate, views). */
	bytes: number;
	elapsedMs: number;
}

export type ToWorker = {
	type: 'load';
	files: DroppedFile[];
	options: WorkerOptions;
};

export type FromWorker =
	| { type: 'progress'; loaded: number; total: number }
	| { type: 'done'; outcome: WorkerOutcome }
	| { type: 'failed'; message: string };
