/**
 * The report form's checks and its copy of reports.csv, loaded when the form is first used: the
 * published files are fetched once, a draft is checked against them with checkDraft (as
 * `npm run data -- add` checks it), and each added row is appended to an in-browser copy of
 * reports.csv, whose bytes are the published file's, then the rows appended, exactly as the add
 * command writes them.
 */
import {
	checkDraft,
	draftContext,
	type DraftCheck,
	type DraftContext,
	type ReportDraft
} from '$lib/data/draft';
import { DATASET_FILES, type DatasetFiles } from '$lib/data/types';
import { isoDay } from '$lib/view/data-page';
import { fetchPublished } from './published';

/** An issue's sentence in the page's language (loaded with the checks, which hold the messages). */
export { issueText } from '$lib/view/issues';

/** The dataset as the form checks against it, and the copy of reports.csv with the added rows. */
export interface ReportsCopy {
	context: DraftContext;
	/** The published reports.csv's bytes (kept whole, a byte-order mark and all), then each row. */
	parts: BlobPart[];
	/** How many rows were added in this browser. */
	added: number;
	/**
	 * The drafts of the rows added in this browser that the file under data/ does not hold yet,
	 * in order: what "Save to data/" writes (the download holds them too).
	 */
	unsaved: ReportDraft[];
}

// The byte-order mark stays in the text, so that the file's style (checkDraft's layout) sees it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The files a report is checked against; the others (estimates: the summary line) are used when published. */
const REQUIRED = [DATASET_FILES.sources, DATASET_FILES.categories, DATASET_FILES.reports] as const;

/**
 * Fetches the dataset's published files and makes the copy. Rejects when a file a report is
 * checked against cannot be had.
 */
export async function openCopy(
	dataset: string,
	published: readonly string[],
	today: Date = new Date()
): Promise<ReportsCopy> {
	const names = [...new Set([...REQUIRED, ...published])];
	const blobs = await Promise.all(names.map((name) => fetchPublished(dataset, name)));
	const files: Record<string, string> = {};
	let reports: ArrayBuffer = new ArrayBuffer(0);
	for (const [i, name] of names.entries()) {
		const blob = blobs[i];
		if (!blob) {
			if ((REQUIRED as readonly string[]).includes(name)) {
				throw new Error(`${name} could not be loaded from the site`);
			}
			continue;
		}
		const bytes = await blob.arrayBuffer();
		files[name] = decoder.decode(bytes);
		if (name === DATASET_FILES.reports) reports = bytes;
	}
	return { context: draftContext(dataset, files, isoDay(today)), parts: [reports], added: 0, unsaved: [] };
}

/** The draft checked as the copy's next row. */
export function checkIn(copy: ReportsCopy, draft: ReportDraft): DraftCheck {
	return checkDraft(draft, copy.context);
}

/**
 * The copy with a checked row appended (`check.append`: the row, and a line end first when the
 * file lacks one), and its draft kept to be saved. Throws on a row with an error: the form
 * never adds one.
 */
export function addTo(copy: ReportsCopy, check: DraftCheck, draft: ReportDraft): ReportsCopy {
	if (check.report === null) throw new Error('addTo: the row has errors; check it first');
	const { context } = copy;
	const files: DatasetFiles = {
		...context.files,
		[DATASET_FILES.reports]: (context.files[DATASET_FILES.reports] ?? '') + check.append
	};
	return {
		context: draftContext(context.datasetId, files, context.today),
		parts: [...copy.parts, check.append],
		added: copy.added + 1,
		unsaved: [...copy.unsaved, { ...draft }]
	};
}

/** The copy of reports.csv as a file to download. */
export function fileOf(copy: ReportsCopy): Blob {
	return new Blob(copy.parts, { type: 'text/csv;charset=utf-8' });
}
