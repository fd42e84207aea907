import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { listDatasets } from '$lib/server/datasets';
import { datasetFooter } from '$lib/server/views';
import type { LayoutServerLoad } from './$types';

// Every page of a dataset has its footer (credit, as-of date), whoever builds the page.
export const load: LayoutServerLoad = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	return { footer: datasetFooter(params.dataset) };
};
