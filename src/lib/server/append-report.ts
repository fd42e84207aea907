/**
 * Adds reports to a dataset folder's reports.csv, safely: under the file's lock, each row is
 * checked as `check` would check it as the file's next line (draft.ts), the whole file with the
 * rows is loaded again to be sure that it reads back, and the file is replaced atomically with
 * its old bytes followed by the rows in the file's own style (atomic-file.ts). Used by
 * `npm run data -- add` and by the dev server's "Save to data/".
 *
 * It never throws for a problem the user can fix (an invalid row, a read-only file, a full
 * disk, a lock held too long): those come back as issues, with the file unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes, encodeRow } from '../data/encoding';
import { checkDraft, draftContext, type DraftCheck, type ReportDraft } from '../data/draft';
import { loadDataset } from '../data/load';
import { said } from '../data/issue';
import { DATASET_FILES, type DataIssue, type IsoDate } from '../data/types';
import {
	NODE_FILE_OPS,
	readForChange,
	replaceFile,
	withLock,
	writeProblemOf,
	type FileOps
} from './atomic-file';

export interface AppendOptions {
	/** Reports dated after this day are flagged (a warning); default: today in UTC. */
	today?: IsoDate;
	/** How long to wait for another add to finish (default 10 s). */
	lockTimeoutMs?: number;
	/** For tests: the file operations (to make one fail) and a pause before the rename. */
	ops?: FileOps;
	afterTempWritten?: (temp: string) => Promise<void>;
}

export type AppendResult =
	| {
			ok: true;
			/** The line the row starts on. */
			line: number;
			/** The row as written, with its line end. */
			row: string;
			/** The row's warnings (a date after today, a repeat, a correction): it was written all the same. */
			warnings: DataIssue[];
			/** The check of the row as it was written (summary lines, cells). */
			check: DraftCheck;
	  }
	| { ok: false; issues: DataIssue[] };

const REPORTS = DATASET_FILES.reports;

function todayUtc(): IsoDate {
	return new Date().toISOString().slice(0, 10) as IsoDate;
}

function problem(message: string, file: string = REPORTS): DataIssue {
	return { file, line: 0, column: 0, ...said('issue_text', { text: message }), severity: 'error' };
}

/** The dataset's files other than reports.csv, as text (a missing one is left out). */
function readOtherFiles(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of Object.values(DATASET_FILES)) {
		if (name === REPORTS) continue;
		try {
			files[name] = decodeBytes(readFileSync(path.join(dir, name))).text;
		} catch {
			// Missing (or not a file): loadDataset says what that means.
		}
	}
	return files;
}

/** Where an issue is: an error already at that place is not new, even if the row rewords it. */
const issueKey = (i: DataIssue) => `${i.line}:${i.column}`;

/** What appendReports wrote: each row's line, text, check and warnings, in order. */
export type AppendManyResult =
	| {
			ok: true;
			/** The line each row starts on, in the order given. */
			lines: number[];
			/** The rows as written, each with its line end. */
			rows: string[];
			/** Every row's warnings: they were written all the same. */
			warnings: DataIssue[];
			checks: DraftCheck[];
	  }
	| { ok: false; issues: DataIssue[] };

/**
 * Appends the report `draft` (raw strings by column name) to `<datasetDir>/reports.csv`.
 * @example await appendReport('data/karabakh-2023', { date: '2023-09-24', source: 'ru-mod',
 *     category: 'firearms', quantity: '1000', qualifier: 'more_than', basis: 'cumulative' })
 *   // { ok: true, line: 7, row: '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n', ... }
 */
export async function appendReport(
	datasetDir: string,
	draft: ReportDraft,
	options: AppendOptions = {}
): Promise<AppendResult> {
	const result = await appendReports(datasetDir, [draft], options);
	if (!result.ok) return result;
	return {
		ok: true,
		line: result.lines[0]!,
		row: result.rows[0]!,
		warnings: result.warnings,
		check: result.checks[0]!
	};
}

/**
 * Appends several reports to `<datasetDir>/reports.csv` at once (the Data page's "Save to
 * data/": every row added in the browser). Each is checked as the file's next line after the
 * ones before it; if any has an error, nothing is written and every row's errors come back.
 * @example await appendReports('data/karabakh-2023', [firearms, vehicles])
 *   // { ok: true, lines: [7, 8], rows: [...], ... }
 */
export async function appendReports(
	datasetDir: string,
	drafts: readonly ReportDraft[],
	options: AppendOptions = {}
): Promise<AppendManyResult> {
	const dir = path.resolve(datasetDir);
	const ops = options.ops ?? NODE_FILE_OPS;
	const today = options.today ?? todayUtc();
	try {
		const stat = await ops.stat(dir).catch(() => null);
		if (stat === null || stat.isFile()) {
			return { ok: false, issues: [problem(`the dataset folder ${dir} does not exist`, '')] };
		}
		if (drafts.length === 0) return { ok: false, issues: [problem('there is no report to add')] };
		return await withLock(
			path.join(dir, REPORTS),
			async (): Promise<AppendManyResult> => {
				// Read under the lock, so that a parallel add's row is there.
				const current = await readForChange(path.join(dir, REPORTS), ops);
				// Decoded as every reader decodes it; the rows are written in the file's own encoding.
				const decoded = current.data ? decodeBytes(current.data) : null;
				const text = decoded?.text;
				const encodings = { [REPORTS]: decoded ? decoded.encoding : 'utf-8' };
				const files: Record<string, string> = readOtherFiles(dir);
				if (text !== undefined) files[REPORTS] = text;
				const id = path.basename(dir);
				const contextOf = (withRows: Record<string, string>) =>
					draftContext(id, withRows, today, encodings);
				const first = contextOf(files);
				// Each row is checked as the next line of the file with the rows before it.
				let context = first;
				let appended = '';
				const checks: DraftCheck[] = [];
				const refused: DataIssue[] = [];
				for (const draft of drafts) {
					const check = checkDraft(draft, context);
					if (check.report === null) {
						refused.push(...check.issues);
						continue;
					}
					checks.push(check);
					appended += check.append;
					context = contextOf({ ...files, [REPORTS]: (text ?? '') + appended });
				}
				if (refused.length > 0) return { ok: false, issues: refused };

				// The whole file with the rows, read as `check` will read it: each row must load at
				// its line and nothing else may break (a quote left open at the end of the file
				// would swallow them).
				const after = loadDataset(
					id,
					{ ...files, [REPORTS]: (text ?? '') + appended },
					{ today, encodings }
				);
				const before = new Set(first.load.issues.filter((i) => i.file === REPORTS).map(issueKey));
				const broken = after.issues.filter(
					(i) => i.file === REPORTS && i.severity === 'error' && !before.has(issueKey(i))
				);
				if (broken.length > 0) return { ok: false, issues: broken };
				const lost = checks.find((c) => !after.dataset.reports.some((r) => r.line === c.line));
				if (lost) {
					// The file's own errors say why (a file that is not UTF-8, a quote never closed).
					const why = after.issues.filter((i) => i.file === REPORTS && i.severity === 'error');
					return {
						ok: false,
						issues: [
							...why,
							problem(
								`the row would not load as line ${lost.line} because of the errors above; fix them first`
							)
						]
					};
				}

				const row = encodeRow(appended, encodings[REPORTS]!, REPORTS, checks[0]!.line);
				if (!(row instanceof Uint8Array)) return { ok: false, issues: [row] };
				const bytes = Buffer.concat([current.data ?? Buffer.alloc(0), row]);
				await replaceFile(current.real, bytes, {
					ops,
					expect: current.version,
					afterTempWritten: options.afterTempWritten
				});
				return {
					ok: true,
					lines: checks.map((c) => c.line),
					rows: checks.map((c) => c.row),
					warnings: checks.flatMap((c) => c.issues.filter((i) => i.severity === 'warning')),
					checks
				};
			},
			{ timeoutMs: options.lockTimeoutMs, ops }
		);
	} catch (error) {
		const written = writeProblemOf(error, path.join(dir, REPORTS), 'adding the row');
		return { ok: false, issues: [problem(written.message)] };
	}
}
