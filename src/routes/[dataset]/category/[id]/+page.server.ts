import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { categoryIds, categoryPage } from '$lib/server/views';
import { listDatasets } from '$lib/server/datasets';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page for every category of every dataset, linked or not.
export const entries: EntryGenerator = () =>
	listDatasets().flatMap((dataset) => categoryIds(dataset).map((id) => ({ dataset, id })));

export const load: PageServerLoad = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	const page = categoryPage(params.dataset, params.id);
	if (!page) error(404, m.not_found());
	return page;
};
