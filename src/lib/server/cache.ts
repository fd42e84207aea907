/**
 * Loaded datasets and their models, kept while their files are unchanged. Prerendering runs a
 * load per page (a layout's and a page's), and a 100,000-row dataset takes about a second to
 * parse: without this, a build would parse it once per page. The key holds each file's size and
 * modification time, so that `vite dev` picks up an edited CSV on the next reload (the live
 * reload of scripts/vite-plugin-data.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from '$lib/data/aggregate';
import { DATASET_FILES, type HandoverModel, type LoadResult } from '$lib/data/types';
import { lastGood } from '$lib/live/last-good';
import { errorCount } from '$lib/data/severity';
import { dataRoot, loadDatasetFromDisk } from './datasets';

interface Entry {
	stamp: string;
	/** What the pages show: the files as they are, or the last good version of them (below). */
	load: LoadResult;
	model: HandoverModel | null;
	/** The files as they are when they have more errors than `load`: the pages say so. */
	broken: LoadResult | null;
}

const entries = new Map<string, Entry>();

function stampOf(dir: string): string {
	return Object.values(DATASET_FILES)
		.map((name) => {
			try {
				const stat = statSync(path.join(dir, name));
				return `${stat.size}:${stat.mtimeMs}`;
			} catch {
				return '-';
			}
		})
		.join('|');
}

function entryOf(id: string, root: string): Entry {
	const key = path.join(root, id);
	const stamp = stampOf(key);
	const cached = entries.get(key);
	if (cached && cached.stamp === stamp) return cached;
	const load = loadDatasetFromDisk(id, root);
	// Under `vite dev`, the last good figures stay while the files have more errors than them
	// (the pages list the new errors). A build reads each dataset once: it shows the files.
	const kept = lastGood(cached?.load ?? null, load, (version) => errorCount(version.issues));
	const entry: Entry =
		cached && kept.broken
			? { ...cached, stamp, broken: kept.broken }
			: { stamp, load, model: null, broken: null };
	entries.set(key, entry);
	return entry;
}

/**
 * loadDatasetFromDisk, remembered while the files are unchanged. The result is shared: treat it
 * as read-only (every stage after loading does).
 */
export function loadCached(id: string, root: string = dataRoot()): LoadResult {
	return entryOf(id, root).load;
}

/** buildModel of the dataset on the date of its latest report, remembered like loadCached. */
export function modelCached(id: string, root: string = dataRoot()): HandoverModel {
	const entry = entryOf(id, root);
	entry.model ??= buildModel(entry.load);
	return entry.model;
}

/**
 * The files of dataset `id` as they are, when they have more errors than the version the pages
 * show (loadCached keeps the last good one); null when the pages show the files as they are.
 */
export function brokenCached(id: string, root: string = dataRoot()): LoadResult | null {
	return entryOf(id, root).broken;
}

/**
 * The bytes of data file `name` of dataset `id` as they are on disk (the live site publishes
 * them as they are: `/<dataset>/csv/<name>`), or null when the dataset has no such file.
 */
export function datasetFileBytes(
	id: string,
	name: string,
	root: string = dataRoot()
): Uint8Array<ArrayBuffer> | null {
	if (!(Object.values(DATASET_FILES) as string[]).includes(name)) return null;
	if (!loadCached(id, root)) return null;
	try {
		return new Uint8Array(readFileSync(path.join(root, id, name)));
	} catch {
		return null;
	}
}

/** The data files that dataset `id` has, in DATASET_FILES order. */
export function datasetFileNames(id: string, root: string = dataRoot()): string[] {
	return Object.values(DATASET_FILES).filter((name) => {
		try {
			return statSync(path.join(root, id, name)).isFile();
		} catch {
			return false;
		}
	});
}
