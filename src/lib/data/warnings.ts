/**
 * The warnings aggregation finds in a timeline (two cumulative figures on one day, corrections,
 * an increment on the day of a cumulative figure), pointed at the column the file really has.
 */
import { formatQuantity } from './format';
import type { IssueKey, IssueParams } from './issue';
import type { DataIssue, Figure, Report, Step } from './types';
import { sameQuantity } from './quantity';

const REPORTS_FILE = 'reports.csv';

/**
 * Columns of reports.csv in the order DESIGN.md documents: where a warning points when the
 * dataset does not say where its file has them (`Dataset.reportColumns`).
 */
const DOCUMENTED_COLUMN = { quantity: 4, basis: 6 } as const;
type WarnedColumn = keyof typeof DOCUMENTED_COLUMN;

/**
 * A warning about a report. Its English `message` is written here rather than rendered from its
 * key's message (as issue.ts's said() does): the timeline's pages load this module, and must not
 * ship issue messages. src/lib/view/issues.test.ts holds each equal to its key's message.
 */
function warning(
	report: Report,
	column: number,
	key: IssueKey,
	params: IssueParams,
	message: string
): DataIssue {
	return { file: REPORTS_FILE, line: report.line, column, message, key, params, severity: 'warning' };
}

/**
 * What looks wrong in the cumulative steps of one source's figures for one category, on any
 * date (two different figures on one day, corrections). Increments on the day of a cumulative
 * figure are warned about by stepsOf.
 */
export function stepWarnings(steps: readonly Step[]): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const step of steps) {
		const { report } = step;
		const who = `${report.category}: ${report.source}`;
		const { category, source } = report;
		const all = step.sameDate.length === 0 ? [] : [...step.sameDate, report];
		for (let i = 1; i < all.length; i++) {
			const [before, after] = [all[i - 1]!, all[i]!];
			if (sameQuantity(before.quantity, after.quantity)) continue;
			issues.push(
				warning(
					after,
					DOCUMENTED_COLUMN.quantity,
					'issue_two_cumulative',
					{
						category,
						source,
						day: report.date,
						before: before.quantity,
						before_line: before.line,
						after: after.quantity
					},
					`${who} gives two different cumulative figures for ${report.date}, ` +
						`${formatQuantity(before.quantity)} (line ${before.line}) and ${formatQuantity(after.quantity)}; the later line is used`
				)
			);
		}
		if (step.lowerThan) {
			const earlier = step.lowerThan;
			issues.push(
				warning(
					report,
					DOCUMENTED_COLUMN.quantity,
					'issue_correction',
					{
						category,
						source,
						figure: report.quantity,
						day: report.date,
						earlier: earlier.quantity,
						earlier_day: earlier.date
					},
					`${who}'s cumulative figure ${formatQuantity(report.quantity)} on ${report.date} is lower than ` +
						`its earlier ${formatQuantity(earlier.quantity)} on ${earlier.date}; shown as a correction`
				)
			);
		}
	}
	return issues;
}

/** An increment dated on the day of its source's cumulative figure (the figure's total includes it). */
export function sameDateIncrement(figure: Figure, cumulative: Figure): DataIssue {
	return warning(
		figure,
		DOCUMENTED_COLUMN.basis,
		'issue_same_day_increment',
		{
			category: figure.category,
			source: figure.source,
			figure: figure.quantity,
			day: figure.date,
			cumulative: cumulative.quantity,
			line: cumulative.line
		},
		`${figure.category}: ${figure.source}'s increment ${formatQuantity(figure.quantity)} on ${figure.date} ` +
			`has the same date as its cumulative figure ${formatQuantity(cumulative.quantity)} (line ${cumulative.line}); ` +
			`assumed to be included in the cumulative figure`
	);
}

/**
 * Points each warning at the column its file really has (the warnings are made with the
 * documented column, the only columns they use being quantity and basis).
 */
export function inFileColumns(
	warnings: DataIssue[],
	columns: Readonly<Record<string, number>> | undefined
): DataIssue[] {
	if (columns === undefined) return warnings;
	const moved = new Map<number, number>();
	for (const name of Object.keys(DOCUMENTED_COLUMN) as WarnedColumn[]) {
		const at = columns[name];
		if (at !== undefined && at !== DOCUMENTED_COLUMN[name]) moved.set(DOCUMENTED_COLUMN[name], at);
	}
	if (moved.size === 0) return warnings;
	return warnings.map((w) => ({ ...w, column: moved.get(w.column) ?? w.column }));
}

export function byPosition(a: DataIssue, b: DataIssue): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.column !== b.column) return a.column - b.column;
	return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

