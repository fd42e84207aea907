/**
 * The embed views' data and their export.json files, from the cached model: what a chart's
 * downloads hold (src/lib/export/data.ts) and the source line an embed shows under the chart.
 */
import { error } from '@sveltejs/kit';
import { progressExport, timelineExport, type ExportData } from '$lib/export/data';
import { sourceLine, subtitle } from '$lib/export/names';
import * as m from '$lib/messages';
import { modelCached } from '$lib/server/cache';
import { categoryIds, seriesOf } from '$lib/server/views';
import { listDatasets } from '$lib/server/datasets';

export function checkDataset(dataset: string): void {
	if (!listDatasets().includes(dataset)) error(404, m.not_found());
}

export function checkCategory(dataset: string, category: string): void {
	checkDataset(dataset);
	if (!categoryIds(dataset).includes(category)) error(404, m.not_found());
}

export const datasetEntries = () => listDatasets().map((dataset) => ({ dataset }));

export const categoryEntries = () =>
	listDatasets().flatMap((dataset) =>
		categoryIds(dataset).map((category) => ({ dataset, category }))
	);

/** The progress chart's export: its bars, from the model. */
export function progressData(dataset: string): ExportData {
	return progressExport(modelCached(dataset));
}

/** The timeline's export: the points of the same series.json the chart draws. */
export function timelineData(dataset: string, category: string | null = null): ExportData {
	return timelineExport(modelCached(dataset), seriesOf(dataset, category ?? undefined), category);
}

/** What every embed view shows around its chart (EmbedFrame reads `subtitle` from the page data). */
export function embedFrame(data: ExportData) {
	return {
		sourceLine: sourceLine(data),
		asOf: data.asOf,
		datasetTitle: data.title,
		// The dataset and its as-of date, as the exported pictures name them.
		subtitle: subtitle(data)
	};
}
