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
import { decodeBytes, encodeRow, type FileEncoding } from '$lib/data/encoding';
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
	/** How the published reports.csv was read: the rows are written in its encoding too. */
	encoding: FileEncoding;
	/**
	 * The drafts of the rows added in this browser that the file under data/ does not hold yet,
	 * in order: what "Save to data/" writes (the download holds them too).
	 */
	unsaved: ReportDraft[];
}

/** The context a draft is checked in, with reports.csv read in its own encoding. */
function contextOf(
	id: string,
	files: DatasetFiles,
	today: DraftContext['today'],
	encoding: FileEncoding
): DraftContext {
	return draftContext(id, files, today, { [DATASET_FILES.reports]: encoding });
}

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
	let encoding: FileEncoding = 'utf-8';
	for (const [i, name] of names.entries()) {
		const blob = blobs[i];
		if (!blob) {
			if ((REQUIRED as readonly string[]).includes(name)) {
				throw new Error(`${name} could not be loaded from the site`);
			}
			continue;
		}
		const bytes = await blob.arrayBuffer();
		// The byte-order mark stays in the text, so that the file's style (checkDraft's layout) sees it.
		const decoded = decodeBytes(new Uint8Array(bytes));
		files[name] = decoded.text;
		if (name === DATASET_FILES.reports) {
			reports = bytes;
			encoding = decoded.encoding;
		}
	}
	const context = contextOf(dataset, files, isoDay(today), encoding);
	return { context, parts: [reports], added: 0, encoding, unsaved: [] };
}

/**
 * The draft checked as the copy's next row; a row the file's encoding cannot hold (a character
 * Windows-1256 has not) is an error, as `add` makes it.
 */
export function checkIn(copy: ReportsCopy, draft: ReportDraft): DraftCheck {
	const check = checkDraft(draft, copy.context);
	if (check.report === null) return check;
	const row = encodeRow(check.append, copy.encoding, DATASET_FILES.reports, check.line);
	if (row instanceof Uint8Array) return check;
	return { ...check, report: null, issues: [...check.issues, row] };
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
	const row = encodeRow(check.append, copy.encoding, DATASET_FILES.reports, check.line);
	if (!(row instanceof Uint8Array)) throw new Error(`addTo: ${row.message}`);
	return {
		context: contextOf(context.datasetId, files, context.today, copy.encoding),
		parts: [...copy.parts, row as BlobPart],
		added: copy.added + 1,
		encoding: copy.encoding,
		unsaved: [...copy.unsaved, { ...draft }]
	};
}

/** The copy of reports.csv as a file to download. */
export function fileOf(copy: ReportsCopy): Blob {
	const charset = copy.encoding ?? 'utf-8';
	return new Blob(copy.parts, { type: `text/csv;charset=${charset}` });
}
