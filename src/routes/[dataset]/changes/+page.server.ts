import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { listDatasets } from '$lib/server/datasets';
import { changesPage } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

export const load: PageServerLoad = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	return changesPage(params.dataset);
};
