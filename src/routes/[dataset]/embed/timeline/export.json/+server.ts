import { json } from '@sveltejs/kit';
import { checkDataset, datasetEntries, timelineData } from '../../embed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// What the timeline's downloads hold (every category; the page narrows it to `?category=`).
export const prerender = true;
export const entries: EntryGenerator = datasetEntries;

export const GET: RequestHandler = ({ params }) => {
	checkDataset(params.dataset);
	return json(timelineData(params.dataset));
};
