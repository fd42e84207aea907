import { error, json } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { listDatasets } from '$lib/server/datasets';
import { reportsList } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

// Every report, for the reports page to filter, sort and page in the browser (see
// $lib/view/reports.ts for the shape). Fetched only when the reader asks for more than the
// prerendered first page.
export const prerender = true;

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

export const GET: RequestHandler = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	return json(reportsList(params.dataset));
};
