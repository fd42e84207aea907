import { datasetList, overviewPage } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// One dataset: `/` is its overview. Several (or none): `/` lists them.
export const load: PageServerLoad = () => {
	const datasets = datasetList();
	const [only] = datasets;
	if (datasets.length === 1 && only) return { kind: 'overview' as const, ...overviewPage(only.id) };
	return { kind: 'list' as const, datasets };
};
