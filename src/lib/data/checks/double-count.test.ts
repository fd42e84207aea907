import { describe, expect, test } from 'vitest';
import { buildModel } from '../aggregate';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { loadDataset } from '../load';
import { DATASET_FILES, type DataIssue } from '../types';

const seedReports = SEED_FILES[DATASET_FILES.reports]!;
/** The seed's reports.csv (lines 2-6) with `rows` from line 7 on. */
const withRows = (...rows: string[]) => seedReports + rows.map((r) => `${r}\n`).join('');
const show = (i: DataIssue) => `${i.file}:${i.line}:${i.column}: ${i.severity}: ${i.message}`;

/** What `check` says about the rows from line 7: the loader's issues and the aggregation's. */
function issuesFrom7(reports: string): string[] {
	const load = loadDataset(SEED_ID, { ...SEED_FILES, [DATASET_FILES.reports]: reports });
	const model = buildModel(load);
	const all = [...load.issues, ...model.issues.filter((i) => !load.issues.includes(i))];
	return all
		.filter((i) => i.file === DATASET_FILES.reports && i.line >= 7)
		.map(show);
}

const INC = '2023-09-24,ru-mod,firearms,100,exact,increment';

describe('a report entered twice', () => {
	test.each([
		{
			name: 'an increment with another note (from add, then the browser)',
			rows: [`${INC},,,from add,`, `${INC},,,typed in the browser,`],
			expected: [
				'reports.csv:8:1: warning: same date, source and category as line 7; an increment here is added to it: if it is the same report, remove one'
			]
		},
		{
			name: 'an increment with a different figure (a second batch that day): no warning',
			rows: [`${INC},,,,`, '2023-09-24,ru-mod,firearms,120,exact,increment,,,,'],
			expected: []
		},
		{
			name: 'a third time: named against the first',
			rows: [`${INC},,,a,`, `${INC},,,b,`, `${INC},,,c,`],
			expected: [
				'reports.csv:8:1: warning: same date, source and category as line 7; an increment here is added to it: if it is the same report, remove one',
				'reports.csv:9:1: warning: same date, source and category as line 7; an increment here is added to it: if it is the same report, remove one'
			]
		},
		{
			name: 'a cumulative figure with the same number, another note',
			rows: [
				'2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,a,',
				'2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,b,'
			],
			expected: [
				'reports.csv:8:1: warning: same date, source, category and cumulative figure as line 7; it is counted once, but if it is the same report, remove one'
			]
		}
	])('$name', ({ rows, expected }) => {
		expect(issuesFrom7(withRows(...rows))).toEqual(expected);
	});

	test('an exact repeat keeps its one warning, not two', () => {
		expect(issuesFrom7(withRows(`${INC},,,,`, `${INC},,,,`))).toEqual([
			'reports.csv:8:0: warning: this report repeats line 7 exactly; both are counted'
		]);
	});

	test('two different cumulative figures on one day keep the aggregation’s one warning', () => {
		const issues = issuesFrom7(
			withRows(
				'2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,',
				'2023-09-24,ru-mod,firearms,1200,more_than,cumulative,,,,'
			)
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/^reports\.csv:8:4: warning: .*two different cumulative figures/);
	});

	test.each([
		['another day', `${INC},,,,`, '2023-09-25,ru-mod,firearms,100,exact,increment,,,,'],
		['another source', `${INC},,,,`, '2023-09-24,az-gov,firearms,100,exact,increment,,,,'],
		['another category', `${INC},,,,`, '2023-09-24,ru-mod,ammunition,100,exact,increment,,,,'],
		['no number', '2023-09-24,ru-mod,manpads,,,increment,,,a,', '2023-09-24,ru-mod,manpads,,,increment,,,b,']
	])('%s: no warning', (_, a, b) => {
		expect(issuesFrom7(withRows(a, b))).toEqual([]);
	});

	test('the warning has its key and line, for the page to say in Arabic', () => {
		const load = loadDataset(SEED_ID, {
			...SEED_FILES,
			[DATASET_FILES.reports]: withRows(`${INC},,,a,`, `${INC},,,b,`)
		});
		expect(load.issues).toContainEqual(
			expect.objectContaining({ line: 8, key: 'issue_repeated_increment', params: { line: 7 } })
		);
	});
});
