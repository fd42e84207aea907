/**
 * How the command line writes issues and counts: one issue per line as
 * `file:line:column: message`, the form compilers use, so that editors can jump to the cell.
 */
import path from 'node:path';
import type { DataIssue, Dataset } from '../../src/lib/data/types';
import { errorCount } from '$lib/data/severity';

/**
 * One issue, with its file shown under the dataset folder as the user sees it.
 * Line 0 means the whole file and column 0 the whole row; those parts are left out.
 * @example formatIssue(issue, 'data/karabakh-2023')
 *   // "data/karabakh-2023/reports.csv:7:4: quantity 'eight hundred' is not a whole number"
 */
export function formatIssue(issue: DataIssue, shownDir: string): string {
	const file = issue.file === '' ? shownDir : path.join(shownDir, issue.file);
	const position =
		issue.line === 0
			? file
			: issue.column === 0
				? `${file}:${issue.line}`
				: `${file}:${issue.line}:${issue.column}`;
	const severity = issue.severity === 'warning' ? 'warning: ' : '';
	return `${position}: ${severity}${issue.message}`;
}

/** `1 error`, `2 errors`, `3 categories`. */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/**
 * The closing line of `check`: the counts of errors and warnings when there are errors,
 * otherwise what loaded.
 * @example countLine(issues, dataset) // "2 errors, 1 warning"
 * @example countLine([], dataset) // "ok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events"
 */
export function countLine(issues: readonly DataIssue[], dataset: Dataset): string {
	const errors = errorCount(issues);
	const warnings = issues.length - errors;
	if (errors > 0) {
		return warnings > 0
			? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
			: plural(errors, 'error');
	}
	const loaded = [
		plural(dataset.reports.length, 'report'),
		plural(dataset.estimates.length, 'estimate'),
		plural(dataset.categories.length, 'category', 'categories'),
		plural(dataset.sources.length, 'source'),
		plural(dataset.events.length, 'event')
	].join(', ');
	return warnings > 0 ? `ok: ${loaded} (${plural(warnings, 'warning')})` : `ok: ${loaded}`;
}
