import { json } from '@sveltejs/kit';
import { checkDataset, datasetEntries, progressData } from '../../embed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// What the progress chart's downloads hold: fetched on the first click.
export const prerender = true;
export const entries: EntryGenerator = datasetEntries;

export const GET: RequestHandler = ({ params }) => {
	checkDataset(params.dataset);
	return json(progressData(params.dataset));
};
