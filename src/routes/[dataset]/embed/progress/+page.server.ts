import { overviewPage } from '$lib/server/views';
import { checkDataset, datasetEntries, embedFrame, progressData } from '../embed.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = datasetEntries;

export const load: PageServerLoad = ({ params }) => {
	checkDataset(params.dataset);
	const { overview } = overviewPage(params.dataset);
	return {
		dataset: params.dataset,
		chart: overview.progressChart,
		...embedFrame(progressData(params.dataset))
	};
};
