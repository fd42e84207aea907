/**
 * Test fixtures: the seed dataset's files as text, and helpers to vary them. For tests only
 * (the `?raw` imports are Vite's, so vitest reads the fixture folder itself and nothing drifts
 * from it; never data/, which users edit).
 */
import categories from '../../../tests/fixtures/datasets/karabakh-2023/categories.csv?raw';
import meta from '../../../tests/fixtures/datasets/karabakh-2023/dataset.json?raw';
import estimates from '../../../tests/fixtures/datasets/karabakh-2023/estimates.csv?raw';
import events from '../../../tests/fixtures/datasets/karabakh-2023/events.csv?raw';
import reports from '../../../tests/fixtures/datasets/karabakh-2023/reports.csv?raw';
import sources from '../../../tests/fixtures/datasets/karabakh-2023/sources.csv?raw';
import { DATASET_FILES, type DatasetFiles } from '$lib/data/types';

export const SEED_ID = 'karabakh-2023';

/** The seed dataset's frozen copy, `tests/fixtures/datasets/karabakh-2023`, keyed by file name. */
export const SEED_FILES: DatasetFiles = {
	[DATASET_FILES.meta]: meta,
	[DATASET_FILES.categories]: categories,
	[DATASET_FILES.sources]: sources,
	[DATASET_FILES.estimates]: estimates,
	[DATASET_FILES.reports]: reports,
	[DATASET_FILES.events]: events
};

/**
 * The seed with some files replaced (a string) or removed (undefined).
 * @example seedWith({ 'events.csv': undefined, 'reports.csv': csv(REPORTS_HEADER, '...') })
 */
export function seedWith(overrides: Readonly<Record<string, string | undefined>>): DatasetFiles {
	const files: Record<string, string> = { ...SEED_FILES };
	for (const [name, text] of Object.entries(overrides)) {
		if (text === undefined) delete files[name];
		else files[name] = text;
	}
	return files;
}

/** CSV text from its lines: joined with '\n', ending with one. */
export function csv(...lines: string[]): string {
	return `${lines.join('\n')}\n`;
}

/** The seed's reports.csv header. */
export const REPORTS_HEADER =
	'date,source,category,quantity,qualifier,basis,url,quote,note,note_ar';
