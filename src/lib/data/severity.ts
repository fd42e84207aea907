/**
 * How many of a list of issues are errors: the one count that the command line, the pages, the
 * live site's manifest and its "keep the last good figures" rule all use. An error leaves its row
 * out; a warning loads.
 */
import type { DataIssue } from './types';

/** The number of issues that are errors. */
export function errorCount(issues: readonly Pick<DataIssue, 'severity'>[]): number {
	let count = 0;
	for (const issue of issues) if (issue.severity === 'error') count++;
	return count;
}

/** True when any issue is an error (warnings do not fail a check). */
export function hasErrors(issues: readonly Pick<DataIssue, 'severity'>[]): boolean {
	return issues.some((issue) => issue.severity === 'error');
}
