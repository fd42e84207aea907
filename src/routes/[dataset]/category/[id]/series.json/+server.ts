import { error, json } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { categoryIds, seriesOf } from '$lib/server/views';
import { listDatasets } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

// The points of one category's lines, which its page's chart fetches with Chart.js.
export const prerender = true;

export const entries: EntryGenerator = () =>
	listDatasets().flatMap((dataset) => categoryIds(dataset).map((id) => ({ dataset, id })));

export const GET: RequestHandler = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	if (!categoryIds(params.dataset).includes(params.id)) error(404, m.not_found());
	return json(seriesOf(params.dataset, params.id));
};
