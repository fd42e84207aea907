import { json } from '@sveltejs/kit';
import { categoryEntries, checkCategory, timelineData } from '../../../embed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// What a category's timeline downloads hold: the points of its own series.json.
export const prerender = true;
export const entries: EntryGenerator = categoryEntries;

export const GET: RequestHandler = ({ params }) => {
	checkCategory(params.dataset, params.category);
	return json(timelineData(params.dataset, params.category));
};
