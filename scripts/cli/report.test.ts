import { describe, expect, test } from 'vitest';
import type { DataIssue, Dataset } from '../../src/lib/data/types';
import { hasErrors } from '$lib/data/severity';
import { countLine, formatIssue, plural } from './report';

function issue(overrides: Partial<DataIssue>): DataIssue {
	return {
		file: 'reports.csv',
		line: 7,
		column: 4,
		message: "quantity 'eight hundred' is not a whole number",
		key: 'issue_not_whole',
		params: { value: 'eight hundred', in_column: 'quantity' },
		severity: 'error',
		...overrides
	};
}

/** A dataset with n records of each kind; only the counts matter here. */
function datasetOf(
	counts: Record<'reports' | 'estimates' | 'categories' | 'sources' | 'events', number>
): Dataset {
	const many = (n: number) => Array.from({ length: n }, () => ({}) as never);
	return {
		id: 'x',
		meta: { title: { value: 'X', translations: {} }, description: null, credit: null },
		reports: many(counts.reports),
		estimates: many(counts.estimates),
		categories: many(counts.categories),
		sources: many(counts.sources),
		events: many(counts.events)
	};
}

describe('formatIssue', () => {
	test.each([
		{
			issue: issue({}),
			dir: 'data/karabakh-2023',
			expected: "data/karabakh-2023/reports.csv:7:4: quantity 'eight hundred' is not a whole number"
		},
		{
			issue: issue({ severity: 'warning', message: 'date 2999-01-01 is in the future', column: 1 }),
			dir: 'data/karabakh-2023',
			expected: 'data/karabakh-2023/reports.csv:7:1: warning: date 2999-01-01 is in the future'
		},
		{
			issue: issue({ column: 0, message: 'the row has 3 cells' }),
			dir: '.',
			expected: 'reports.csv:7: the row has 3 cells'
		},
		{
			issue: issue({ file: 'events.csv', line: 0, column: 0, message: 'missing file' }),
			dir: '/tmp/x',
			expected: '/tmp/x/events.csv: missing file'
		},
		{
			issue: issue({ file: '', line: 0, column: 0, message: 'empty' }),
			dir: 'd',
			expected: 'd: empty'
		}
	])('$expected', ({ issue, dir, expected }) => {
		expect(formatIssue(issue, dir)).toBe(expected);
	});
});

describe('plural', () => {
	test.each([
		{ count: 0, one: 'error', many: undefined, expected: '0 errors' },
		{ count: 1, one: 'error', many: undefined, expected: '1 error' },
		{ count: 2, one: 'category', many: 'categories', expected: '2 categories' },
		{ count: 1, one: 'category', many: 'categories', expected: '1 category' }
	])('$expected', ({ count, one, many, expected }) => {
		expect(plural(count, one, many)).toBe(expected);
	});
});

describe('countLine', () => {
	const seed = datasetOf({ reports: 5, estimates: 2, categories: 5, sources: 4, events: 6 });
	const error = issue({});
	const warning = issue({ severity: 'warning' });
	test.each([
		{ issues: [], expected: 'ok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events' },
		{
			issues: [warning],
			expected: 'ok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events (1 warning)'
		},
		{ issues: [error], expected: '1 error' },
		{ issues: [error, error, warning], expected: '2 errors, 1 warning' },
		{ issues: [error, warning, warning], expected: '1 error, 2 warnings' }
	])('$expected', ({ issues, expected }) => {
		expect(countLine(issues, seed)).toBe(expected);
	});

	test('singular record counts', () => {
		const one = datasetOf({ reports: 1, estimates: 1, categories: 1, sources: 1, events: 1 });
		expect(countLine([], one)).toBe('ok: 1 report, 1 estimate, 1 category, 1 source, 1 event');
	});
});

describe('hasErrors', () => {
	test.each([
		{ issues: [], expected: false },
		{ issues: [issue({ severity: 'warning' })], expected: false },
		{ issues: [issue({ severity: 'warning' }), issue({})], expected: true }
	])('%#', ({ issues, expected }) => {
		expect(hasErrors(issues)).toBe(expected);
	});
});
