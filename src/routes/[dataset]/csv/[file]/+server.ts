import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { datasetFileBytes, datasetFileNames } from '$lib/server/cache';
import { listDatasets } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

// The data files as they are, byte for byte (`/karabakh-2023/csv/reports.csv`): the live site
// fetches them to see whether they changed since the build (src/lib/live/static.ts), and the
// Data page offers them. Replacing one on the web server updates every reader's pages.
export const prerender = true;

export const entries: EntryGenerator = () =>
	listDatasets().flatMap((dataset) => datasetFileNames(dataset).map((file) => ({ dataset, file })));

export const GET: RequestHandler = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	const bytes = datasetFileBytes(params.dataset, params.file);
	if (!bytes) error(404, m.not_found());
	const type = params.file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8';
	return new Response(bytes, { headers: { 'content-type': type } });
};
