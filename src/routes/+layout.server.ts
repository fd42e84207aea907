import { listDatasets } from '$lib/server/datasets';
import type { LayoutServerLoad } from './$types';

// The dataset that the navigation points into on pages of no dataset (/methodology/, the list).
export const load: LayoutServerLoad = () => ({ defaultDataset: listDatasets()[0] ?? null });
