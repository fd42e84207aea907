/**
 * `add`: adds a report to a dataset's reports.csv. Interactive by default (a question per
 * column, the dataset's sources, categories, qualifiers and bases as numbered choices, the row
 * and the category's new figures shown before a confirmation); with `--yes`, from the options
 * alone. The row is checked by src/lib/data/draft.ts and written by
 * src/lib/server/append-report.ts, as the dev server's "Save to data/" writes it.
 *
 * Why one file: the interactive and the `--yes` ways of adding share the draft's checks, the
 * preview and the writing; prompt.ts holds the questions already.
 */
import path from 'node:path';
import {
	checkDraft,
	draftChoices,
	draftContext,
	DRAFT_COLUMNS,
	type DraftChoice,
	type DraftContext
} from '../../src/lib/data/draft';
import { everyProblem } from '../../src/lib/data/checks/every-problem';
import { DATASET_FILES, type DataIssue } from '../../src/lib/data/types';
import { appendReport } from '../../src/lib/server/append-report';
import { readDataset } from '../../src/lib/server/datasets';
import type { CommandContext } from './commands';
import { datasetDirProblem, datasetFolderOf, displayPath, resolveDatasetDir } from './paths';
import { linePrompter, type Prompter } from './prompt';
import { formatIssue, plural } from './report';
import { errorCount, hasErrors } from '$lib/data/severity';

export interface AddCommand {
	dir: string | null;
	dataset: string | null;
	values: Record<string, string>;
	yes: boolean;
}

/** Set by the tests to stop a writer between its temporary file and the rename (then kill it). */
export const PAUSE_ENV = 'HANDOVER_TEST_PAUSE_AFTER_TEMP';

/**
 * `add`: 0 when the row is written, 1 when nothing is written (a refused row, a file that
 * cannot be written, a cancelled confirmation), 2 when the dataset folder cannot be used.
 */
export async function add(command: AddCommand, context: CommandContext): Promise<number> {
	const folder = addFolder(command, context);
	if (folder === null) return 2;
	const { dir, shownDir } = folder;
	const draft: Record<string, string> = { date: context.today, ...command.values };
	if (!command.yes) {
		if (!context.stdin) {
			context.stderr.write('error: add needs an input to ask on, or --yes with the values\n');
			return 2;
		}
		const prompter = linePrompter(context.stdin, context.stdout);
		try {
			const confirmed = await askForReport(dir, shownDir, draft, prompter, context);
			if (!confirmed) {
				context.stderr.write('Nothing was written.\n');
				return 1;
			}
		} finally {
			prompter.close();
		}
	} else if (refusedAll(dir, shownDir, draft, context)) return 1;
	return write(dir, shownDir, draft, context);
}

/**
 * The dataset folder `add` writes to (the positional folder or `--dataset`), and how it is
 * shown; null, with the reason on stderr, when it cannot be used.
 */
export function addFolder(
	command: Pick<AddCommand, 'dir' | 'dataset'>,
	context: CommandContext
): { dir: string; shownDir: string } | null {
	const env = context.env ?? {};
	const dir =
		command.dataset !== null
			? datasetFolderOf(command.dataset, { cwd: context.cwd, env })
			: resolveDatasetDir({ dir: command.dir, cwd: context.cwd });
	const shownDir = displayPath(dir, context.cwd);
	const problem = datasetDirProblem(dir, command.dataset ?? command.dir ?? shownDir);
	if (problem !== null) {
		context.stderr.write(`error: ${problem}\n`);
		return null;
	}
	return { dir, shownDir };
}

/**
 * With `--yes`: every error of the row at once (a bad date and an unknown category in one
 * run, not one per run), before the writer checks it again under the file's lock. True when
 * the row is refused (and the errors are printed).
 */
function refusedAll(
	dir: string,
	shownDir: string,
	draft: Record<string, string>,
	context: CommandContext
): boolean {
	const { files, encodings } = readDataset(dir);
	const id = path.basename(dir);
	const today = context.today;
	const draftCtx = draftContext(id, files, today, encodings);
	const issues = everyProblem(draft, draftCtx);
	const errors = errorCount(issues);
	if (errors === 0) return false;
	writeIssues(issues, shownDir, context);
	const file = path.join(shownDir, DATASET_FILES.reports);
	context.stderr.write(`${plural(errors, 'error')}; nothing was written to ${file}\n`);
	return true;
}

/** Appends the row and says what happened. */
async function write(
	dir: string,
	shownDir: string,
	draft: Record<string, string>,
	context: CommandContext
): Promise<number> {
	const pause = context.env?.[PAUSE_ENV] === '1';
	const result = await appendReport(dir, draft, {
		today: context.today,
		afterTempWritten: pause
			? async (temp) => {
					context.stderr.write(`paused: process ${process.pid} wrote ${temp}\n`);
					// Held here until the test kills the process (a timer keeps it alive).
					await new Promise(() => setInterval(() => {}, 60_000));
				}
			: undefined
	});
	const file = path.join(shownDir, DATASET_FILES.reports);
	if (!result.ok) {
		writeIssues(result.issues, shownDir, context);
		const errors = errorCount(result.issues);
		context.stderr.write(`${plural(errors, 'error')}; nothing was written to ${file}\n`);
		return 1;
	}
	writeIssues(result.warnings, shownDir, context);
	context.stdout.write(`Added line ${result.line} to ${file}:\n${indent(result.row)}\n`);
	if (result.check.summaryLine !== null) context.stdout.write(`${result.check.summaryLine}\n`);
	return 0;
}

/** Each issue on stderr, as `check` prints it. */
export function writeIssues(
	issues: readonly DataIssue[],
	shownDir: string,
	context: CommandContext
): void {
	for (const issue of issues) context.stderr.write(`${formatIssue(issue, shownDir)}\n`);
}

/** A row as shown: indented, without its line end. */
export function indent(row: string): string {
	return row
		.replace(/(\r\n|\n)$/, '')
		.split(/\r\n|\n/)
		.map((line) => `  ${line}`)
		.join('\n');
}

/** One question of the interactive mode. */
interface Field {
	name: string;
	question: string;
	choices: readonly DraftChoice[] | null;
	/** Asked only when this is true of the answers so far. */
	when?: (draft: Readonly<Record<string, string>>) => boolean;
}

function fixedChoices(values: readonly string[]): DraftChoice[] {
	return values.map((id) => ({ id, label: id.replaceAll('_', ' '), translations: {} }));
}

/** The questions for the columns of this reports.csv, in the contract's order, then its other columns. */
function fieldsOf(context: DraftContext): Field[] {
	const choices = draftChoices(context.load.dataset);
	const known: Record<string, Omit<Field, 'name'>> = {
		date: { question: 'date (YYYY-MM-DD)', choices: null },
		source: { question: 'source', choices: choices.sources },
		category: { question: 'category', choices: choices.categories },
		quantity: {
			question: 'quantity (a whole number; leave empty if the report gives none)',
			choices: null
		},
		qualifier: {
			question: 'qualifier',
			choices: fixedChoices(choices.qualifiers),
			when: (draft) => (draft.quantity ?? '').trim() !== ''
		},
		basis: { question: 'basis', choices: fixedChoices(choices.bases) },
		url: { question: 'url (optional: where the report can be read)', choices: null },
		quote: { question: "quote (optional: the report's own words)", choices: null },
		note: { question: 'note (optional)', choices: null },
		quantity_high: {
			question: 'quantity_high (the upper end of a range: "between 500 and 600" is 500 and 600)',
			choices: null,
			when: (draft) => (draft.qualifier ?? '').trim() === 'between'
		},
		unit: {
			question: "unit (empty for a count; percent for the source's own share)",
			choices: fixedChoices(choices.units),
			when: (draft) => (draft.quantity ?? '').trim() !== ''
		},
		measure: {
			question: 'measure (empty for handed over)',
			choices: fixedChoices(choices.measures)
		}
	};
	const columns = context.layout.columns.map((c) => c.trim().toLowerCase());
	const fields: Field[] = [];
	for (const name of DRAFT_COLUMNS) {
		if (columns.includes(name)) fields.push({ name, ...known[name]! });
	}
	for (const name of columns) {
		if (name === '' || DRAFT_COLUMNS.includes(name) || fields.some((f) => f.name === name))
			continue;
		fields.push({ name, question: `${name} (optional)`, choices: null });
	}
	return fields;
}

/**
 * Values that pass the schema for the columns not asked yet, so that the answers so far are
 * checked with the checks across files too (the loader checks ids only in rows that pass the
 * schema). Their own issues are not shown.
 */
function placeholders(context: DraftContext): Record<string, string> {
	return { date: context.today, source: 'x', category: 'x', basis: 'cumulative' };
}

/**
 * Asks for each column (filling `draft`), shows the row and the category's figures before and
 * after, and asks to confirm. True when the user confirms a row without errors.
 */
async function askForReport(
	dir: string,
	shownDir: string,
	draft: Record<string, string>,
	prompter: Prompter,
	context: CommandContext
): Promise<boolean> {
	const out = context.stdout;
	const { files, encodings } = readDataset(dir);
	const id = path.basename(dir);
	const today = context.today;
	const draftCtx = draftContext(id, files, today, encodings);
	const file = path.join(shownDir, DATASET_FILES.reports);
	const columns = draftCtx.layout.columns.map((c) => c.trim().toLowerCase());
	out.write(
		`Adding a report to ${file} (as line ${draftCtx.layout.nextLine}).\n` +
			'Press Enter to keep a value in [brackets]; a number picks from a list; ' +
			'end the input (Ctrl+D) to stop without writing.\n'
	);
	const asked: string[] = [];
	// Each warning is said once, after the answer that brings it (not after every later answer,
	// nor again under the row).
	const said = new Set<string>();
	const sayOnce = (issue: DataIssue) => {
		const key = `${issue.line}:${issue.column}:${issue.message}`;
		if (said.has(key)) return false;
		said.add(key);
		return true;
	};
	for (const field of fieldsOf(draftCtx)) {
		if (field.when && !field.when(draft)) {
			draft[field.name] = '';
			continue;
		}
		asked.push(field.name);
		if (field.choices !== null) {
			out.write(`\n${field.name}:\n`);
			const width = String(field.choices.length).length;
			const idWidth = Math.max(0, ...field.choices.map((c) => c.id.length));
			field.choices.forEach((choice, i) => {
				const label = choice.label === choice.id.replaceAll('_', ' ') ? '' : `  ${choice.label}`;
				out.write(
					`  ${String(i + 1).padStart(width)}) ${choice.id.padEnd(idWidth)}${label}`.trimEnd() +
						'\n'
				);
			});
		}
		const initial = draft[field.name] ?? '';
		for (;;) {
			const current = draft[field.name] ?? '';
			const answer = await prompter.ask(
				`${field.question}${current !== '' ? ` [${current}]` : ''}: `
			);
			if (answer === null) return false;
			const typed = answer.trim();
			const pick =
				field.choices !== null && /^\d+$/.test(typed)
					? field.choices[Number(typed) - 1]
					: undefined;
			if (field.choices !== null && /^\d+$/.test(typed) && pick === undefined) {
				out.write(`  pick a number from 1 to ${field.choices.length}, or type the id\n`);
				continue;
			}
			draft[field.name] = pick?.id ?? (typed === '' ? current : typed);
			// The answers so far, checked as the row: an error in one of them is asked again.
			const probe = { ...placeholders(draftCtx), ...askedValues(draft, asked) };
			const check = checkDraft(probe, draftCtx);
			const mine = check.issues.filter(
				(i) => i.line === check.line && asked.includes(columns[i.column - 1] ?? '')
			);
			for (const issue of mine) {
				if (issue.severity === 'error') out.write(`  ${issue.message}\n`);
				else if (sayOnce(issue)) out.write(`  warning: ${issue.message}\n`);
			}
			if (!hasErrors(mine)) break;
			// Asked again with the first default, unless that is the bad value (Enter must not repeat it).
			draft[field.name] = initial === draft[field.name] ? '' : initial;
		}
	}

	const check = checkDraft(draft, draftCtx);
	out.write(`\nThe row, as line ${check.line} of ${file}:\n${indent(check.row)}\n`);
	if (check.summaryBefore !== null && check.summaryLine !== null) {
		out.write(`Before: ${check.summaryBefore}\nAfter:  ${check.summaryLine}\n`);
	}
	for (const issue of check.issues) {
		if (issue.severity === 'error' || sayOnce(issue))
			out.write(`${formatIssue(issue, shownDir)}\n`);
	}
	if (check.report === null) return false;
	const answer = await prompter.ask(`Add this row to ${file}? [y/N] `);
	return answer !== null && /^(y|yes)$/i.test(answer.trim());
}

/** The values of `draft` for the columns asked so far. */
function askedValues(
	draft: Readonly<Record<string, string>>,
	asked: readonly string[]
): Record<string, string> {
	const picked: Record<string, string> = {};
	for (const name of asked) picked[name] = draft[name] ?? '';
	return picked;
}
