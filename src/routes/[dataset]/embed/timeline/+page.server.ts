import { timelinePage } from '$lib/server/views';
import { checkDataset, datasetEntries, embedFrame, timelineData } from '../embed.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = datasetEntries;

export const load: PageServerLoad = ({ params }) => {
	checkDataset(params.dataset);
	return {
		dataset: params.dataset,
		timeline: timelinePage(params.dataset).timeline,
		...embedFrame(timelineData(params.dataset))
	};
};
