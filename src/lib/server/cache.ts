/**
 * Loaded datasets and their models, kept while their files are unchanged. Prerendering runs a
 * load per page (a layout's and a page's), and a 100,000-row dataset takes about a second to
 * parse: without this, a build would parse it once per page. The key holds each file's size and
 * modification time, so that `vite dev` picks up an edited CSV on the next reload.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from '$lib/data/aggregate';
import { DATASET_FILES, type HandoverModel, type LoadResult } from '$lib/data/types';
import { dataRoot, loadDatasetFromDisk } from './datasets';

interface Entry {
	stamp: string;
	load: LoadResult;
	model: HandoverModel | null;
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
	const entry: Entry = { stamp, load: loadDatasetFromDisk(id, root), model: null };
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
