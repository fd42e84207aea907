/**
 * `changes [dataset-dir] [--since YYYY-MM-DD] [--json]`: what each report changed, newest first,
 * the entries of the changes page and the Atom feeds (src/lib/data/changes.ts), all of them
 * (the page and the feeds hold the newest 20). As text, or as JSON for newsletters and scripts:
 * one object per entry with its date, source and, per category, the figure before and after.
 */
import path from 'node:path';
import { changesOf, type ChangeEntry, type HeadlineRef } from '../../src/lib/data/changes';
import { formatQuantity } from '../../src/lib/data/format';
import { hasErrors } from '../../src/lib/data/severity';
import type { IsoDate, Quantity } from '../../src/lib/data/types';
import { loadDatasetDir } from '../../src/lib/server/datasets';
import { changesView, type ChangeEntryView } from '../../src/lib/view/changes';
import type { CommandContext } from './commands';
import { datasetDirProblem, displayPath, resolveDatasetDir } from './paths';
import { countLine, formatIssue } from './report';

/** A figure in the JSON: its bounds (`high: null` is no upper bound), unit and text. */
export interface ChangeQuantity {
	low: number;
	high: number | null;
	approximate: boolean;
	unit: 'count' | 'percent';
	text: string;
}

export interface ChangeJson {
	id: string;
	date: string;
	source: string;
	source_name: string;
	title: string;
	urls: string[];
	/** Lines of reports.csv. */
	lines: number[];
	categories: {
		category: string;
		measure: string;
		share: boolean;
		stated: (ChangeQuantity | null)[];
		before: ChangeQuantity | null;
		after: ChangeQuantity | null;
		correction: boolean;
		headline: { before: ChangeHeadline | null; after: ChangeHeadline | null } | null;
	}[];
	estimates: {
		target: string;
		before: (ChangeQuantity & { source: string; date: string | null }) | null;
		after: ChangeQuantity;
	}[];
}

interface ChangeHeadline {
	source: string;
	date: string;
	figure: ChangeQuantity;
}

function quantity(q: Quantity): ChangeQuantity;
function quantity(q: Quantity | null): ChangeQuantity | null;
function quantity(q: Quantity | null): ChangeQuantity | null {
	if (q === null) return null;
	const { low, high, approximate } = q;
	return { low, high, approximate, unit: q.unit ?? 'count', text: formatQuantity(q) };
}

const headline = (r: HeadlineRef | null): ChangeHeadline | null =>
	r && { source: r.source, date: r.date, figure: quantity(r.total) };

/** The entries as JSON objects; `views` are the same entries as text (their titles). */
export function changesJson(
	entries: readonly ChangeEntry[],
	views: readonly ChangeEntryView[]
): ChangeJson[] {
	return entries.map((entry, i) => ({
		id: entry.id,
		date: entry.date,
		source: entry.source,
		source_name: views[i]!.sourceName,
		title: views[i]!.title,
		urls: [...entry.urls],
		lines: [...entry.lines],
		categories: entry.changes.map((line) => ({
			category: line.category,
			measure: line.measure,
			share: line.share,
			stated: line.stated.map((s) => quantity(s)),
			before: quantity(line.before),
			after: quantity(line.after),
			correction: line.correction,
			headline: line.headline && {
				before: headline(line.headline.before),
				after: headline(line.headline.after)
			}
		})),
		estimates: entry.estimates.map((e) => ({
			target: e.target,
			before: e.before && {
				...quantity(e.before.quantity),
				source: e.before.source,
				date: e.before.date
			},
			after: quantity(e.after)
		}))
	}));
}

/** An entry as text: its title, then each category's figure and change, its links. */
export function changesText(views: readonly ChangeEntryView[]): string {
	const out: string[] = [];
	for (const view of views) {
		out.push(view.title);
		for (const item of view.items) {
			const notes = [item.change, item.correction ? 'correction' : null, item.headline].filter(
				Boolean
			);
			const kind = item.kind ? ` (${item.kind})` : '';
			out.push(
				`  ${item.category}${kind}: ${item.figure}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`
			);
		}
		for (const estimate of view.estimates) out.push(`  ${estimate}`);
		for (const url of view.urls) out.push(`  ${url}`);
		out.push('');
	}
	return out.join('\n');
}

export interface ChangesCommand {
	dir: string | null;
	since: IsoDate | null;
	json: boolean;
}

/**
 * The changes of the dataset in `dir` on stdout (text, or with `json` a JSON array), exit 0; or
 * its errors on stderr, exit 1; or 2 when the folder cannot be used.
 */
export function changes(command: ChangesCommand, context: CommandContext): number {
	const absolute = resolveDatasetDir({ dir: command.dir, cwd: context.cwd });
	const shownDir = displayPath(absolute, context.cwd);
	const problem = datasetDirProblem(absolute, command.dir ?? shownDir);
	if (problem !== null) {
		context.stderr.write(`error: ${problem}\n`);
		return 2;
	}
	const { dataset, issues } = loadDatasetDir(path.basename(absolute), absolute, {
		today: context.today
	});
	if (hasErrors(issues)) {
		for (const issue of issues) context.stderr.write(`${formatIssue(issue, shownDir)}\n`);
		context.stderr.write(`${countLine(issues, dataset)}\n`);
		return 1;
	}
	const entries = changesOf(dataset, command.since === null ? {} : { since: command.since });
	const views = changesView(dataset, entries, 'en');
	if (command.json)
		context.stdout.write(`${JSON.stringify(changesJson(entries, views), null, 2)}\n`);
	else context.stdout.write(entries.length > 0 ? changesText(views) : 'No reports.\n');
	return 0;
}
