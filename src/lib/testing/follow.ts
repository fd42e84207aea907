/**
 * The changes' fixture, `tests/fixtures/changes/follow-2024` (several report dates, a
 * correction, a revised estimate, a share, a seized figure, a range), as text keyed by file
 * name. It is not under tests/fixtures/datasets, so no build shows it: the seed stays the
 * only dataset of the end-to-end builds. For tests only.
 */
import categories from '../../../tests/fixtures/changes/follow-2024/categories.csv?raw';
import meta from '../../../tests/fixtures/changes/follow-2024/dataset.json?raw';
import estimates from '../../../tests/fixtures/changes/follow-2024/estimates.csv?raw';
import events from '../../../tests/fixtures/changes/follow-2024/events.csv?raw';
import reports from '../../../tests/fixtures/changes/follow-2024/reports.csv?raw';
import sources from '../../../tests/fixtures/changes/follow-2024/sources.csv?raw';
import { loadDataset } from '$lib/data/load';
import { DATASET_FILES, type DatasetFiles, type LoadResult } from '$lib/data/types';

export const FOLLOW_ID = 'follow-2024';

/** Its folder, from the repository root (for the command line's tests). */
export const FOLLOW_DIR = 'tests/fixtures/changes/follow-2024';

export const FOLLOW_FILES: DatasetFiles = {
	[DATASET_FILES.meta]: meta,
	[DATASET_FILES.categories]: categories,
	[DATASET_FILES.sources]: sources,
	[DATASET_FILES.estimates]: estimates,
	[DATASET_FILES.reports]: reports,
	[DATASET_FILES.events]: events
};

/** The fixture, loaded. */
export function followLoad(): LoadResult {
	return loadDataset(FOLLOW_ID, FOLLOW_FILES);
}
