import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { listDatasets } from '$lib/server/datasets';
import { changesFeed } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

// What changed, as an Atom feed (src/lib/view/feed.ts), in the address's language: /ar/… is
// Arabic. Prerendered: it follows the build, not the CSV files published after it (README).
export const prerender = true;

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

export const GET: RequestHandler = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	return new Response(changesFeed(params.dataset), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
};
