/**
 * Reports that could be one report entered twice: a later row with the date, source, category,
 * basis and figure of an earlier one (reports.csv has no measure column yet; when it has one, it
 * joins the key). Only the same figure: a source that states two different increments on one
 * day (two batches, two collection points) is common in real bulletins and in the generated
 * large datasets, and a warning on each would bury the ones that matter. With `increment`, both figures are summed, so a report typed twice (once with
 * `add`, once in the browser, with different notes) doubles its count without any error; the
 * warning says so at the later row, in words for its basis.
 *
 * What other checks already say is not said again:
 * - a row that repeats an earlier one exactly has its own warning (issue_repeated_report, load.ts);
 * - two different cumulative figures of one source on one day are warned about by the
 *   aggregation (issue_two_cumulative), so a cumulative repeat is warned about here only when
 *   its figure is the same;
 * - a report without a number adds nothing, so it is never a double count.
 * Pure: no DOM, no disk.
 */
import { said } from '../issue';
import { DATASET_FILES, type DataIssue, type Report } from '../types';

/** The fields that make two reports "the same report" for counting. */
// Keyed by nested maps (date, source, category, basis, then the figure's value), so that a
// million rows build no key strings: one string key per row took the pipeline from 1.3x to
// 3.2x bare papaparse on the bench (555 MB peak); these maps, 1.9x and 346 MB (2026-12-03).
type ByValue = Map<number, Report[]>;
type Groups = Map<string, Map<string, Map<string, Map<string, ByValue>>>>;

/** `map`'s entry for `key`, made empty when it has none. */
function entry<V>(map: Map<string, V>, key: string, empty: () => V): V {
	let value = map.get(key);
	if (value === undefined) map.set(key, (value = empty()));
	return value;
}

/** The first report of `report`'s group with its figure, or null (then `report` is noted). */
function firstWithFigure(
	groups: Groups,
	report: Report & { stated: NonNullable<Report['stated']> }
): Report | null {
	const bySource = entry(groups, report.date, () => new Map());
	const byCategory = entry(bySource, report.source, () => new Map());
	const byBasis = entry(byCategory, report.category, () => new Map());
	const byValue = entry(byBasis, report.basis, (): ByValue => new Map());
	const { value, qualifier } = report.stated;
	const same = byValue.get(value);
	const earlier = same?.find((r: Report) => r.stated!.qualifier === qualifier);
	if (earlier !== undefined) return earlier;
	if (same === undefined) byValue.set(value, [report]);
	else same.push(report);
	return null;
}

/**
 * The warnings for `reports` (in file order), at the later row's first column, each naming
 * the earliest row it may repeat. `issues` are those already found: a row already warned about
 * as an exact repeat is left to that warning.
 * @example repeatedReportWarnings([line 7: 09-24 ru-mod firearms 100 increment,
 *     line 8: 09-24 ru-mod firearms 100 increment, note 'typed in the browser'], [])
 *   // [{ file: 'reports.csv', line: 8, column: 1, key: 'issue_repeated_increment',
 *   //    params: { line: 7 }, severity: 'warning', ... }]
 */
export function repeatedReportWarnings(
	reports: readonly Report[],
	issues: readonly DataIssue[]
): DataIssue[] {
	const exact = new Set(
		issues
			.filter((i) => i.file === DATASET_FILES.reports && i.key === 'issue_repeated_report')
			.map((i) => i.line)
	);
	const groups: Groups = new Map();
	const warnings: DataIssue[] = [];
	for (const report of reports) {
		if (report.stated === null) continue;
		const earlier = firstWithFigure(groups, report as Report & { stated: NonNullable<Report['stated']> });
		if (earlier === null) continue;
		if (exact.has(report.line)) continue;
		warnings.push({
			file: DATASET_FILES.reports,
			line: report.line,
			column: 1,
			...said(
				report.basis === 'increment' ? 'issue_repeated_increment' : 'issue_repeated_cumulative',
				{ line: earlier.line }
			),
			severity: 'warning'
		});
	}
	return warnings;
}
