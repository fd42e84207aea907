import { error, json } from '@sveltejs/kit';
import { fingerprint, type LiveManifest } from '$lib/live/fingerprint';
import * as m from '$lib/messages';
import { datasetFileBytes, datasetFileNames, modelCached } from '$lib/server/cache';
import { listDatasets } from '$lib/server/datasets';
import { headlineKeys } from '$lib/view/pages';
import type { EntryGenerator, RequestHandler } from './$types';
import { errorCount } from '$lib/data/severity';
import { changeIds } from '$lib/data/changes';

// What the build read: each data file's fingerprint, the headlines, and how often an open page
// checks the files again (HANDOVER_LIVE_INTERVAL, seconds, at build time; default 300, 0 for
// only when a page opens or its tab comes back). See src/lib/live/static.ts.
export const prerender = true;

export const entries: EntryGenerator = () => listDatasets().map((dataset) => ({ dataset }));

const DEFAULT_INTERVAL = 300;

function interval(): number {
	const value = Number(process.env.HANDOVER_LIVE_INTERVAL ?? DEFAULT_INTERVAL);
	return Number.isFinite(value) && value >= 0 ? value : DEFAULT_INTERVAL;
}

export const GET: RequestHandler = ({ params }) => {
	const id = params.dataset;
	if (!listDatasets().includes(id)) error(404, m.not_found());
	const files: Record<string, string> = {};
	for (const name of datasetFileNames(id)) {
		const bytes = datasetFileBytes(id, name);
		if (bytes) files[name] = fingerprint(bytes);
	}
	const model = modelCached(id);
	const manifest: LiveManifest = {
		files,
		interval: interval(),
		errors: errorCount(model.issues),
		headlines: headlineKeys(model),
		changes: changeIds(model.dataset)
	};
	return json(manifest);
};
