/**
 * What the pipeline worker does, as plain functions (so that they run in Node's tests too): read
 * the given files as text, then load, aggregate and lay out the dataset with the same code as the
 * build ($lib/data, $lib/view/pages).
 */
import { changeIds } from '$lib/data/changes';
import { buildModel } from '$lib/data/aggregate';
import { decodeBytes, type FileEncoding } from '$lib/data/encoding';
import { loadDataset } from '$lib/data/load';
import { DATASET_FILES, type DataIssue } from '$lib/data/types';
import {
	categoryPageOf,
	footerOf,
	headlineKeys,
	overviewPageOf,
	reportsPageOf,
	seriesOf,
	sourcesPageOf,
	timelinePageOf
} from '$lib/view/pages';
import * as m from '$lib/messages';
import { changesPageOf } from '$lib/view/changes';
import { currentLocale } from '$lib/view/locale';
import { reportsData } from '$lib/view/reports';
import type { CategoryOutcome, DroppedFile, WorkerOptions, WorkerOutcome } from './protocol';
import { errorCount } from '$lib/data/severity';

export const DEFAULT_MAX_ISSUES = 200;

const KNOWN: ReadonlySet<string> = new Set(Object.values(DATASET_FILES));

function baseName(name: string): string {
	return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** The folder the files came in, when they all came in one (`karabakh-2023/reports.csv`). */
function folderOf(files: readonly DroppedFile[]): string | null {
	let folder: string | null = null;
	for (const { name } of files) {
		const parts = name.split(/[/\\]/);
		const dir = parts.length > 1 ? parts[parts.length - 2]! : null;
		if (dir === null || (folder !== null && dir !== folder)) return null;
		folder = dir;
	}
	return folder;
}

function sizeOf(content: Blob | string): number {
	// A string's UTF-8 size is not worth computing for progress: its length is close enough.
	return typeof content === 'string' ? content.length : content.size;
}

/** Reports progress at most every `ms` milliseconds, and always at the end. */
function throttled(report: (loaded: number, total: number) => void, ms = 50) {
	let last = 0;
	return (loaded: number, total: number, force = false) => {
		const now = Date.now();
		if (!force && now - last < ms) return;
		last = now;
		report(loaded, total);
	};
}

export interface ReadFiles {
	/** The text of each dataset file, keyed by its name in the dataset. */
	texts: Record<string, string>;
	/** How each file's bytes were read (a file given as a string is UTF-8). */
	encodings: Record<string, FileEncoding>;
	files: string[];
	ignored: string[];
	bytes: number;
}

/**
 * Reads the files, a chunk at a time, reporting the bytes read, and decodes each one whole with
 * decodeBytes (encoding.ts), as the server's reader does, so that csv.ts sees the same text in
 * both places. The chunks are kept and decoded once at the end rather than with a streaming
 * decoder: whether a file is UTF-8 is known only at its last byte (an invalid sequence late in
 * the file makes the whole file Windows-1256 or not text), and one decode of the whole never
 * decodes a file twice. The bytes are held until then: a file is at most MAX_FILE_BYTES.
 */
export async function readFiles(
	files: readonly DroppedFile[],
	onProgress: (loaded: number, total: number) => void = () => {}
): Promise<ReadFiles> {
	const texts: Record<string, string> = {};
	const encodings: Record<string, FileEncoding> = {};
	const read: string[] = [];
	const ignored: string[] = [];
	const chosen: { file: string; content: Blob | string }[] = [];
	for (const { name, content } of files) {
		const file = baseName(name);
		if (!KNOWN.has(file) || file in texts) {
			ignored.push(name);
			continue;
		}
		texts[file] = '';
		chosen.push({ file, content });
	}
	const total = chosen.reduce((sum, { content }) => sum + sizeOf(content), 0);
	const progress = throttled(onProgress);
	let loaded = 0;
	for (const { file, content } of chosen) {
		read.push(file);
		if (typeof content === 'string') {
			texts[file] = content;
			encodings[file] = 'utf-8';
			loaded += content.length;
			progress(loaded, total);
			continue;
		}
		const chunks: Uint8Array[] = [];
		let size = 0;
		const reader = content.stream().getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			size += value.byteLength;
			loaded += value.byteLength;
			progress(loaded, total);
		}
		const bytes = new Uint8Array(size);
		let at = 0;
		for (const chunk of chunks) {
			bytes.set(chunk, at);
			at += chunk.byteLength;
		}
		const decoded = decodeBytes(bytes);
		texts[file] = decoded.text;
		encodings[file] = decoded.encoding;
	}
	progress(loaded, total, true);
	return { texts, encodings, files: read, ignored, bytes: loaded };
}

/** The views of the dataset made of the files read: the same the build prerenders. */
export function outcomeOf(read: ReadFiles, options: WorkerOptions & { id: string }): WorkerOutcome {
	const started = Date.now();
	const max = options.maxIssues ?? DEFAULT_MAX_ISSUES;
	const load = loadDataset(options.id, read.texts, { encodings: read.encodings });
	const model = buildModel(load);
	const all: DataIssue[] = model.issues;
	const issues = all.slice(0, max);
	const errors = errorCount(all);
	const { overview } = overviewPageOf({ ...model, issues });
	// The intro counts every issue, not only those listed.
	overview.issuesIntro = m.issues_intro({ count: all.length });
	const categories: Record<string, CategoryOutcome> = {};
	if (options.categoryPages) {
		for (const { id } of model.dataset.categories) {
			const page = categoryPageOf(model, id);
			if (page) categories[id] = { page, series: seriesOf(model, id) };
		}
	}
	const list = reportsData(load.dataset);
	return {
		id: options.id,
		files: read.files,
		ignored: read.ignored,
		issues,
		moreIssues: all.length - issues.length,
		errors,
		warnings: all.length - errors,
		overview,
		footer: footerOf(model),
		timeline: timelinePageOf(model),
		series: seriesOf(model),
		sources: sourcesPageOf(model),
		reports: reportsPageOf(load, list),
		reportsList: options.reportsList ? list : null,
		headlines: headlineKeys(model),
		changes: changeIds(load.dataset),
		changesPage: changesPageOf(load.dataset, currentLocale()),
		categories,
		bytes: read.bytes,
		elapsedMs: Date.now() - started
	};
}

/** The dataset id for the files: as asked, else the folder they came in, else 'dropped'. */
export function idOf(files: readonly DroppedFile[], options: WorkerOptions): string {
	return options.id ?? folderOf(files) ?? 'dropped';
}

/** Reads the files and lays out their dataset: what the worker does for one message. */
export async function runPipeline(
	files: readonly DroppedFile[],
	options: WorkerOptions,
	onProgress?: (loaded: number, total: number) => void
): Promise<WorkerOutcome> {
	const started = Date.now();
	const read = await readFiles(files, onProgress);
	const outcome = outcomeOf(read, { ...options, id: idOf(files, options) });
	outcome.elapsedMs = Date.now() - started;
	return outcome;
}
