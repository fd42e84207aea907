import path from 'node:path';
import { error } from '@sveltejs/kit';
import { draftChoices, reportsLayout } from '$lib/data/draft';
import { DATASET_FILES } from '$lib/data/types';
import * as m from '$lib/messages';
import { formFields } from '$lib/view/data-page';
import { localized } from '$lib/view/locale';
import { datasetFileNames, loadCached } from '$lib/server/cache';
import { dataRoot, listDatasets, readDatasetFiles } from '$lib/server/datasets';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

// What the page needs before any script runs: the files the published dataset has (the others
// are fetched only when files are dropped), and the form's fields (a column each) with their
// words and choices, made here so that the page's island carries none of that code (issue 7).
export const load: PageServerLoad = ({ params }) => {
	if (!listDatasets().includes(params.dataset)) error(404, m.not_found());
	const reports = readDatasetFiles(path.join(dataRoot(), params.dataset))[DATASET_FILES.reports];
	const { dataset } = loadCached(params.dataset);
	return {
		// In the page's language, as every other page names the dataset (title_ar on /ar/).
		title: localized(dataset.meta.title),
		published: datasetFileNames(params.dataset),
		fields: formFields(reportsLayout(reports).columns, draftChoices(dataset))
	};
};
