import { error, json } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { seriesOf } from '$lib/server/views';
import { listDatasets } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

// The points of every line of the timeline, which the chart fetches with Chart.js; the page's
// HTML holds only each line's first and latest figure (see $lib/view/timeline.ts).
export const prerender = true;

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

export const GET: RequestHandler = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	return json(seriesOf(params.dataset));
};
