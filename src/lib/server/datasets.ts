/**
 * The one module that reads dataset folders from disk. Only server code (load functions run at
 * build time, the prerenderer) imports it; the browser gets view models, never files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes, type FileEncoding } from '$lib/data/encoding';
import { loadDataset, type FileEncodings, type LoadOptions } from '$lib/data/load';
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

/** A dataset folder's files as text, and how each one's bytes were read. */
export interface DatasetRead {
	files: DatasetFiles;
	encodings: FileEncodings;
}

/**
 * The text of each dataset file that exists in `dir`, keyed by file name, decoded from its
 * bytes (encoding.ts: UTF-8, UTF-16 or Windows-1256), and each one's encoding, to give to
 * loadDataset (`{ encodings }`) so that it warns about a file not read as UTF-8.
 * Missing files are left out; what a missing file means is for loadDataset to say.
 * @example readDataset('data/karabakh-2023').files['reports.csv'] // 'date,source,...'
 */
export function readDataset(dir: string): DatasetRead {
	const files: Record<string, string> = {};
	const encodings: Record<string, FileEncoding> = {};
	for (const name of Object.values(DATASET_FILES)) {
		const file = path.join(dir, name);
		if (!existsSync(file) || !statSync(file).isFile()) continue;
		const { text, encoding } = decodeBytes(readFileSync(file));
		files[name] = text;
		encodings[name] = encoding;
	}
	return { files, encodings };
}

/**
 * The text of each dataset file in `dir` (readDataset's files, without how they were read): for
 * a look at the text only. To load the dataset, use readDataset or loadDatasetDir, which also
 * say that a file is not text (its U+FFFD are then bad bytes) or was read as Windows-1256.
 */
export function readDatasetFiles(dir: string): DatasetFiles {
	return readDataset(dir).files;
}

/**
 * Loads the dataset folder `dir` as `id`: its files read from disk, with their encodings.
 * @example loadDatasetDir('karabakh-2023', 'data/karabakh-2023').dataset.reports.length // 5
 */
export function loadDatasetDir(id: string, dir: string, options: LoadOptions = {}): LoadResult {
	const { files, encodings } = readDataset(dir);
	return loadDataset(id, files, { ...options, encodings });
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
	return loadDatasetDir(id, dir);
}
