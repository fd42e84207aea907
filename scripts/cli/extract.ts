/**
 * `extract <file.txt | -> [dataset-dir] [--json]`: the figures a report's text states, found
 * by src/lib/data/extract with the dataset's terms. Readable, one line each, or
 * `{"figures": [...]}`. Exit 0; 1 when the dataset has errors; 2 when the text or the folder
 * cannot be read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../../src/lib/data/encoding';
import { extractFigures, type ExtractedFigure } from '../../src/lib/data/extract/extract';
import { vocabularyOf } from '../../src/lib/data/extract/vocabulary';
import { formatQuantity } from '../../src/lib/data/format';
import { statedToQuantity } from '../../src/lib/data/quantity';
import type { LoadResult } from '../../src/lib/data/types';
import { loadDatasetDir } from '../../src/lib/server/datasets';
import { hasErrors } from '$lib/data/severity';
import { datasetFolder, type CommandContext } from './commands';
import { countLine, formatIssue, plural } from './report';

export interface ExtractCommand {
	file: string;
	dir: string | null;
	json: boolean;
}

/** The text of `file` (decoded as the CSV files are: UTF-8, UTF-16, Windows-1256), or stdin for `-`. */
export async function readText(file: string, context: CommandContext): Promise<string | null> {
	try {
		if (file !== '-') return decodeBytes(readFileSync(path.resolve(context.cwd, file))).text;
		if (!context.stdin) return null;
		const chunks: Buffer[] = [];
		for await (const chunk of context.stdin) {
			chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
		}
		return decodeBytes(Buffer.concat(chunks)).text;
	} catch {
		return null;
	}
}

/** The dataset in `dir` loaded, or null with the reason on stderr (2: no folder, 1: errors). */
export function loadForExtract(
	dir: string | null,
	context: CommandContext
): { ok: true; result: LoadResult; dir: string; shownDir: string } | { ok: false; status: number } {
	const folder = datasetFolder(dir, context);
	if (folder === null) return { ok: false, status: 2 };
	const { absolute, shownDir } = folder;
	const result = loadDatasetDir(path.basename(absolute), absolute, { today: context.today });
	if (hasErrors(result.issues)) {
		for (const issue of result.issues) context.stderr.write(`${formatIssue(issue, shownDir)}\n`);
		context.stderr.write(`${countLine(result.issues, result.dataset)}\n`);
		return { ok: false, status: 1 };
	}
	return { ok: true, result, dir: absolute, shownDir };
}

/** What a figure counts and how much, in the CLI's words: `firearms  800+`. */
export function figureLine(figure: ExtractedFigure): string {
	const what = figure.kind === 'report' ? figure.category : `${figure.target} (estimate)`;
	const amount =
		figure.quantity === null || figure.qualifier === null
			? 'no number'
			: formatQuantity(
					statedToQuantity({
						value: figure.quantity,
						qualifier: figure.qualifier,
						high: figure.quantity_high,
						unit: figure.unit
					})
				);
	const measure =
		figure.kind === 'report' && figure.measure !== 'handed_over'
			? ` ${figure.measure.replace('_', ' ')}`
			: '';
	return `${what}  ${amount}${measure}`;
}

/** `extract`: see the module comment. */
export async function extract(command: ExtractCommand, context: CommandContext): Promise<number> {
	const text = await readText(command.file, context);
	if (text === null) {
		context.stderr.write(
			`error: cannot read ${command.file === '-' ? 'the input' : command.file}\n`
		);
		return 2;
	}
	const loaded = loadForExtract(command.dir, context);
	if (!loaded.ok) return loaded.status;
	const figures = extractFigures(text, vocabularyOf(loaded.result.dataset));
	if (command.json) {
		context.stdout.write(`${JSON.stringify({ figures }, null, 2)}\n`);
		return 0;
	}
	for (const figure of figures) {
		const words = text.slice(figure.start, figure.end);
		context.stdout.write(`${figure.start}-${figure.end}  ${figureLine(figure)}  «${words}»\n`);
	}
	const reports = figures.filter((f) => f.kind === 'report').length;
	context.stdout.write(
		`${plural(figures.length, 'figure')}: ${plural(reports, 'report')}, ${plural(figures.length - reports, 'estimate')}\n`
	);
	return 0;
}
