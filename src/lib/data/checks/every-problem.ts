/**
 * Every error of a draft row at once. The loader checks a row's ids against sources.csv and
 * categories.csv only when the row passes the schema, so a row with a bad date and an unknown
 * category would be refused for its date, then, once that is fixed, for its category. Here the
 * cells in error are replaced by stand-ins that pass the schema and the row is checked again,
 * so that `add --yes` names every bad field in one run. Pure.
 */
import { checkDraft, type DraftContext, type ReportDraft } from '../draft';
import type { DataIssue } from '../types';

/** A value that passes the schema for `column`, given the rest of the probe row. */
function standIn(column: string, probe: Readonly<Record<string, string>>, context: DraftContext) {
	const { dataset } = context.load;
	switch (column) {
		case 'date':
			return context.today;
		case 'source':
			return dataset.sources[0]?.id ?? 'x';
		case 'category':
			return dataset.categories[0]?.id ?? 'x';
		case 'basis':
			return 'cumulative';
		case 'quantity':
			return (probe.qualifier ?? '').trim() === '' ? '' : '1';
		case 'qualifier':
			return (probe.quantity ?? '').trim() === '' ? '' : 'exact';
		default:
			return '';
	}
}

/**
 * The row's issues as checkDraft gives them, and the errors it would give once those are fixed
 * (at most two more rounds: each replaces the cells in error).
 * @example everyProblem({ date: '22/09/2023', source: 'ru-mdo', category: 'tanks', ... }, context)
 *   // [7:1 date '22/09/2023' is not in the form YYYY-MM-DD…, 7:2 source 'ru-mdo' is not an id…,
 *   //  7:3 category 'tanks' is not an id…]
 */
export function everyProblem(draft: ReportDraft, context: DraftContext): DataIssue[] {
	const columns = context.layout.columns.map((c) => c.trim().toLowerCase());
	const first = checkDraft(draft, context);
	const issues = [...first.issues];
	const replaced = new Set<string>();
	const probe: Record<string, string> = {};
	for (const [column, value] of Object.entries(draft)) {
		if (value !== undefined) probe[column.trim().toLowerCase()] = value;
	}
	let check = first;
	for (let round = 0; round < 3 && check.report === null; round++) {
		const bad = check.issues
			.filter((i) => i.severity === 'error' && i.line === check.line && i.column > 0)
			.map((i) => columns[i.column - 1] ?? '')
			.filter((c) => c !== '' && !replaced.has(c));
		if (bad.length === 0) break;
		for (const column of bad) replaced.add(column);
		for (const column of bad) probe[column] = standIn(column, probe, context);
		check = checkDraft(probe, context);
		for (const issue of check.issues) {
			const column = columns[issue.column - 1] ?? '';
			if (issue.severity === 'error' && issue.line === check.line && !replaced.has(column)) {
				if (!issues.some((i) => i.line === issue.line && i.column === issue.column)) {
					issues.push(issue);
				}
			}
		}
	}
	return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
