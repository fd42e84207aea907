/**
 * `add --from <file.txt> --source <id> --date <YYYY-MM-DD> [--url <url>] [--yes]`: the figures
 * a report's text states (src/lib/data/extract), each proposed as a row of reports.csv. Asks
 * for each: add, skip or edit (its category, quantity, qualifier, basis, quote, note); with
 * `--yes`, takes every row that checks clean and lists those that do not. The chosen rows are
 * written at once by the checked, atomic writer (src/lib/server/append-report.ts).
 *
 * Exit status: 0 when every proposed row was written (or, asked, every chosen one); 1 when
 * nothing was written or a row was refused; 2 when the text or the folder cannot be used.
 */
import path from 'node:path';
import {
	checkDraft,
	draftContext,
	type DraftContext,
	type ReportDraft
} from '../../src/lib/data/draft';
import { extractFigures } from '../../src/lib/data/extract/extract';
import { draftOf, reportsOf } from '../../src/lib/data/extract/rows';
import { vocabularyOf } from '../../src/lib/data/extract/vocabulary';
import { DATASET_FILES } from '../../src/lib/data/types';
import { appendReports } from '../../src/lib/server/append-report';
import { readDataset } from '../../src/lib/server/datasets';
import { hasErrors, errorCount } from '$lib/data/severity';
import { addFolder, indent, writeIssues, type AddCommand } from './add';
import type { CommandContext } from './commands';
import { readText } from './extract';
import { linePrompter, type Prompter } from './prompt';
import { formatIssue, plural } from './report';

/** The columns asked when a row is edited, in order. */
const EDITED = ['category', 'quantity', 'qualifier', 'quantity_high', 'basis', 'quote', 'note'];

/** `add --from`: see the module comment. */
export async function addFrom(
	command: AddCommand & { from: string },
	context: CommandContext
): Promise<number> {
	const folder = addFolder(command, context);
	if (folder === null) return 2;
	const { dir, shownDir } = folder;
	const text = await readText(command.from, context);
	if (text === null) {
		context.stderr.write(`error: cannot read ${command.from}\n`);
		return 2;
	}
	const values: Record<string, string> = { date: context.today, ...command.values };
	const { date, source, url, basis, ...others } = values;
	if (source === undefined) {
		context.stderr.write('error: add --from needs --source <id>: who gave the figures\n');
		return 2;
	}
	const { files, encodings } = readDataset(dir);
	const ctx = draftContext(path.basename(dir), files, context.today, encodings);
	const found = extractFigures(text, vocabularyOf(ctx.load.dataset));
	const figures = reportsOf(found);
	const estimates = found.length - figures.length;
	const file = path.join(shownDir, DATASET_FILES.reports);
	context.stdout.write(
		`Found ${plural(figures.length, 'report')} in ${command.from}` +
			(estimates > 0
				? ` (and ${plural(estimates, 'estimate')}, not added: estimates.csv is edited by hand)`
				: '') +
			'.\n'
	);
	const drafts = figures.map((f) => ({
		...draftOf(f, { date: date!, source, url, basis }),
		...others
	}));
	if (drafts.length === 0) {
		context.stderr.write('Nothing was written.\n');
		return 1;
	}
	let chosen: ReportDraft[];
	let refused = 0;
	if (command.yes) {
		chosen = [];
		drafts.forEach((draft, i) => {
			const check = checkDraft(draft, ctx);
			if (hasErrors(check.issues)) {
				refused++;
				context.stderr.write(`Row ${i + 1} not added:\n${indent(check.row)}\n`);
				writeIssues(
					check.issues.filter((x) => x.severity === 'error'),
					shownDir,
					context
				);
			} else chosen.push(draft);
		});
	} else {
		if (!context.stdin) {
			context.stderr.write('error: add --from needs an input to ask on, or --yes\n');
			return 2;
		}
		const prompter = linePrompter(context.stdin, context.stdout);
		try {
			const picked = await choose(drafts, ctx, prompter, context, shownDir);
			if (picked === null) {
				context.stderr.write('Nothing was written.\n');
				return 1;
			}
			chosen = picked;
		} finally {
			prompter.close();
		}
	}
	if (chosen.length === 0) {
		context.stderr.write(`Nothing was written to ${file}.\n`);
		return 1;
	}
	const result = await appendReports(dir, chosen, { today: context.today });
	if (!result.ok) {
		writeIssues(result.issues, shownDir, context);
		context.stderr.write(
			`${plural(errorCount(result.issues), 'error')}; nothing was written to ${file}\n`
		);
		return 1;
	}
	writeIssues(result.warnings, shownDir, context);
	context.stdout.write(
		`Added ${plural(result.rows.length, 'row')} to ${file} (lines ${result.lines[0]}-${result.lines[result.lines.length - 1]}):\n` +
			`${result.rows.map((row) => indent(row)).join('\n')}\n`
	);
	if (refused > 0) {
		context.stderr.write(`${plural(refused, 'row')} not added: fix them and add them with add.\n`);
		return 1;
	}
	return 0;
}

/** Asks add, skip or edit for each draft; the chosen drafts, or null when the input ended. */
async function choose(
	drafts: readonly Record<string, string>[],
	ctx: DraftContext,
	prompter: Prompter,
	context: CommandContext,
	shownDir: string
): Promise<ReportDraft[] | null> {
	const out = context.stdout;
	const chosen: ReportDraft[] = [];
	const columns = ctx.layout.columns.map((c) => c.trim().toLowerCase());
	for (const [i, original] of drafts.entries()) {
		const draft = { ...original };
		for (;;) {
			const check = checkDraft(draft, ctx);
			out.write(
				`\nRow ${i + 1} of ${drafts.length}: ${figureOfDraft(draft)}\n${indent(check.row)}\n`
			);
			for (const issue of check.issues) out.write(`${formatIssue(issue, shownDir)}\n`);
			const answer = await prompter.ask(
				hasErrors(check.issues) ? 'Skip or edit? [s/e] ' : 'Add, skip or edit? [a/s/e] '
			);
			if (answer === null) return null;
			const typed = answer.trim().toLowerCase();
			if ((typed === 'a' || typed === 'add') && !hasErrors(check.issues)) {
				chosen.push(draft);
				break;
			}
			if (typed === 's' || typed === 'skip') break;
			if (typed !== 'e' && typed !== 'edit') continue;
			for (const name of EDITED) {
				if (!columns.includes(name)) continue;
				const current = draft[name] ?? '';
				const typedValue = await prompter.ask(`${name}${current !== '' ? ` [${current}]` : ''}: `);
				if (typedValue === null) return null;
				const value = typedValue.trim();
				// Enter keeps the value; a single "-" empties it.
				if (value === '-') draft[name] = '';
				else if (value !== '') draft[name] = value;
			}
		}
	}
	return chosen;
}

/** The draft's figure in words: `firearms 800 more_than`. */
function figureOfDraft(draft: Readonly<Record<string, string>>): string {
	const quantity = draft.quantity === '' ? 'no number' : `${draft.quantity} ${draft.qualifier}`;
	return `${draft.category} ${quantity}`;
}
