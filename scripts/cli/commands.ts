/**
 * The commands, as functions of their inputs and injected output streams, returning the exit
 * status: 0 ok (warnings allowed), 1 the dataset has errors, 2 the folder cannot be used.
 */
import path from 'node:path';
import { buildModel } from '../../src/lib/data/aggregate';
import { summaryTable, toSummary } from '../../src/lib/data/summary';
import type { HandoverModel, IsoDate } from '../../src/lib/data/types';
import { loadDatasetDir } from '../../src/lib/server/datasets';
import { datasetDirProblem, displayPath, resolveDatasetDir } from './paths';
import { hasErrors } from '$lib/data/severity';
import { countLine, formatIssue } from './report';

/** Where a command writes: `process.stdout` in use, a string collector in tests. */
export interface Output {
	write(text: string): unknown;
}

export interface CommandContext {
	stdout: Output;
	stderr: Output;
	/** The folder relative paths are resolved against and printed relative to. */
	cwd: string;
	/** Today (UTC), so that dates after it warn. Injected so that tests do not depend on the date. */
	today: IsoDate;
	/** Where `add` reads its answers (process.stdin); without it, `add` needs --yes. */
	stdin?: NodeJS.ReadableStream;
	/** The environment (HANDOVER_DATA, the test hooks); none when absent. */
	env?: Readonly<Record<string, string | undefined>>;
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(now = new Date()): IsoDate {
	return now.toISOString().slice(0, 10) as IsoDate;
}

type Loaded = { ok: true; model: HandoverModel; shownDir: string } | { ok: false; status: 2 };

/**
 * The dataset folder a command reads (`dir`, or the bundled dataset) and how it is shown; null,
 * with the reason on stderr, when it cannot be used.
 */
export function datasetFolder(
	dir: string | null,
	context: CommandContext
): { absolute: string; shownDir: string } | null {
	const absolute = resolveDatasetDir({ dir, cwd: context.cwd });
	const shownDir = displayPath(absolute, context.cwd);
	const problem = datasetDirProblem(absolute, dir ?? shownDir);
	if (problem !== null) {
		context.stderr.write(`error: ${problem}\n`);
		return null;
	}
	return { absolute, shownDir };
}

/** Reads, validates and aggregates the dataset in `dir`, or says why the folder cannot be used. */
function load(dir: string | null, context: CommandContext): Loaded {
	const folder = datasetFolder(dir, context);
	if (folder === null) return { ok: false, status: 2 };
	const { absolute, shownDir } = folder;
	const result = loadDatasetDir(path.basename(absolute), absolute, { today: context.today });
	return { ok: true, model: buildModel(result), shownDir };
}

function writeIssues(model: HandoverModel, shownDir: string, out: Output): void {
	for (const issue of model.issues) out.write(`${formatIssue(issue, shownDir)}\n`);
}

/**
 * `check [dataset-dir]`: every issue on stderr, then a count line (on stderr when there are
 * errors, on stdout when the dataset is ok). Exit 1 if any error.
 */
export function check(dir: string | null, context: CommandContext): number {
	const loaded = load(dir, context);
	if (!loaded.ok) return loaded.status;
	const { model, shownDir } = loaded;
	writeIssues(model, shownDir, context.stderr);
	const line = `${countLine(model.issues, model.dataset)}\n`;
	if (hasErrors(model.issues)) {
		context.stderr.write(line);
		return 1;
	}
	context.stdout.write(line);
	return 0;
}

/**
 * `summary [dataset-dir] [--json]`: the JSON summary (2-space indented) or the readable table
 * on stdout, exit 0; or, when the dataset has errors, the issues and their count on stderr,
 * exit 1. The table is followed by any warnings on stderr; in JSON they are in `warnings`.
 */
export function summary(dir: string | null, json: boolean, context: CommandContext): number {
	const loaded = load(dir, context);
	if (!loaded.ok) return loaded.status;
	const { model, shownDir } = loaded;
	if (hasErrors(model.issues)) {
		writeIssues(model, shownDir, context.stderr);
		context.stderr.write(`${countLine(model.issues, model.dataset)}\n`);
		return 1;
	}
	if (json) {
		context.stdout.write(`${JSON.stringify(toSummary(model), null, 2)}\n`);
		return 0;
	}
	const table = summaryTable(model);
	context.stdout.write(table.endsWith('\n') ? table : `${table}\n`);
	writeIssues(model, shownDir, context.stderr);
	return 0;
}
