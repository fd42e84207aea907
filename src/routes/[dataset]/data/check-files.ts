/**
 * Checks dropped files as a dataset: the dropped ones stand in for the dataset's files of the
 * same name, the others are fetched from the published dataset (`/<dataset>/csv/<file>`), and
 * the lot is loaded in a worker (loadInWorker), off the page's thread. The page imports this
 * on the first drop, so that none of it weighs on the page before.
 */
import { loadInWorker, type DroppedFile, type WorkerOutcome } from '$lib/browser/load-in-worker';
import * as m from '$lib/messages';
import { currentLocale } from '$lib/view/locale';
import {
	filesToFetch,
	MAX_LISTED_ISSUES,
	selectDatasetFiles,
	type PickedFile
} from '$lib/view/data-page';
import { fetchPublished } from './published';

export type CheckResult =
	| { kind: 'done'; outcome: WorkerOutcome; dropped: string[]; notices: string[] }
	| { kind: 'nothing'; notices: string[] };

export interface CheckOptions {
	dataset: string;
	/** The files the published dataset has. */
	published: readonly string[];
	picked: readonly PickedFile<File>[];
	maxBytes: number;
	signal: AbortSignal;
	onProgress: (loadedBytes: number, totalBytes: number) => void;
}

/**
 * Checks what was dropped. Rejects only when aborted or when the worker fails; bad data comes
 * back as issues, and refused or left-out files as notices.
 */
export async function checkFiles(options: CheckOptions): Promise<CheckResult> {
	const { dataset, published, picked, maxBytes, signal, onProgress } = options;
	const { chosen, notices } = selectDatasetFiles(picked, maxBytes);
	if (chosen.length === 0) {
		return { kind: 'nothing', notices: notices.length > 0 ? notices : [m.data_nothing_to_check()] };
	}
	const dropped = chosen.map((c) => c.name);
	const missing = filesToFetch(published, dropped);
	const fetched = await Promise.all(
		missing.map(async (name) => ({ name, content: await fetchPublished(dataset, name, signal) }))
	);
	const files: DroppedFile[] = chosen.map(({ name, file }) => ({ name, content: file }));
	for (const { name, content } of fetched) {
		if (content) files.push({ name, content });
		else notices.push(m.data_fetch_failed({ file: name }));
	}
	const outcome = await loadInWorker(files, {
		id: dataset,
		maxIssues: MAX_LISTED_ISSUES,
		// The worker has no address to read the language from: the views speak the page's.
		locale: currentLocale(),
		signal,
		onProgress
	});
	return { kind: 'done', outcome, dropped, notices };
}
