import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { timelinePage } from '$lib/server/views';
import { listDatasets } from '$lib/server/datasets';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

// The page prerenders with every category; `?category=` narrows it in the browser.
export const load: PageServerLoad = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	return timelinePage(params.dataset);
};
