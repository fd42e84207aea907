/**
 * The one module that reads dataset folders from disk. Only server code (load functions run at
 * build time, the prerenderer) imports it; the browser gets view models, never files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '$lib/data/load';
import { DATASET_FILES, type DatasetFiles, type LoadResult } from '$lib/data/types';

/**
 * The folder that holds the dataset folders: `$HANDOVER_DATA`, or `data/` under the working
 * directory (the repo root under `vite dev`, `vite build` and the tests).
 * HANDOVER_DATA lets a test build or check the site on fixture datasets without touching data/.
 */
export function dataRoot(): string {
	return path.resolve(process.env.HANDOVER_DATA || 'data');
}

/**
 * The dataset ids under `root`: the sub-folders that hold a `reports.csv`, sorted.
 * @example listDatasets() // ['karabakh-2023']
 */
export function listDatasets(root: string = dataRoot()): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter(
			(entry) =>
				entry.isDirectory() && existsSync(path.join(root, entry.name, DATASET_FILES.reports))
		)
		.map((entry) => entry.name)
		.sort();
}

/**
 * The text of each dataset file that exists in `dir`, keyed by file name, as UTF-8.
 * Missing files are left out; what a missing file means is for loadDataset to say.
 * @example readDatasetFiles('data/karabakh-2023')['reports.csv'] // 'date,source,...'
 */
export function readDatasetFiles(dir: string): DatasetFiles {
	const files: Record<string, string> = {};
	for (const name of Object.values(DATASET_FILES)) {
		const file = path.join(dir, name);
		if (existsSync(file) && statSync(file).isFile()) files[name] = readFileSync(file, 'utf8');
	}
	return files;
}

/**
 * Reads and validates the dataset `id` under `root`. Throws when there is no such dataset
 * (a bad route parameter is a bug); problems inside its files come back as issues.
 */
export function loadDatasetFromDisk(id: string, root: string = dataRoot()): LoadResult {
	const dir = path.join(root, id);
	if (!listDatasets(root).includes(id)) {
		throw new Error(
			`No dataset '${id}' in ${root}: a dataset is a folder there that holds ${DATASET_FILES.reports}.`
		);
	}
	return loadDataset(id, readDatasetFiles(dir));
}
