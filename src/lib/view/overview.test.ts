/**
 * The overview's view model for the cases the seed dataset does not have: sources that differ,
 * corrections, increments, estimates from several sources, a proxy target, an undated estimate.
 * The seed dataset itself is tested end to end in $lib/server/overview.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildModel } from '$lib/data/aggregate';
import { said } from '$lib/data/issue';
import { category, day, estimate, load, report } from '$lib/testing/records';
import type { DataIssue } from '$lib/data/types';
import { issueView } from './issues';
import { overviewView } from './overview';

function cardOf(parts: Parameters<typeof load>[0]) {
	const view = overviewView(buildModel(load(parts), { day: day('2023-12-31') }), issueView);
	const [card] = view.categories;
	if (!card) throw new Error('no card');
	return card;
}

describe('category cards', () => {
	test('sources that differ are each shown, never added', () => {
		const card = cardOf({
			categories: [category(2, 'rifles', null)],
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'rifles', [800, 'more_than']),
				report(3, '2023-09-23', 'az-mfa', 'rifles', [1000, 'about'])
			]
		});
		expect(card.sourcesDiffer).toBe(true);
		expect(card.figure).toBe('≈1,000');
		expect(card.bySource.map((f) => f.sentence)).toEqual([
			'az-mfa: ≈1,000 (2023-09-23)',
			'ru-mod: 800+ (2023-09-22)'
		]);
	});

	test('the card quotes the latest three reports behind its figure and points to the rest', () => {
		const quoted = (line: number, date: string, value: number) => ({
			...report(
				line,
				date,
				'ru-mod',
				'rifles',
				[value, 'exact'],
				line === 2 ? 'cumulative' : 'increment'
			),
			quote: `handed over ${value}`
		});
		const card = cardOf({
			categories: [category(2, 'rifles', null)],
			reports: [
				quoted(2, '2023-09-22', 800),
				quoted(3, '2023-09-23', 10),
				quoted(4, '2023-09-24', 20),
				quoted(5, '2023-09-25', 30),
				quoted(6, '2023-09-26', 40)
			]
		});
		expect(card.figure).toBe('900');
		expect(card.quotes.map((q) => q.text)).toEqual([
			'handed over 20',
			'handed over 30',
			'handed over 40'
		]);
		expect(card.moreQuotes).toBe('The words of 2 more reports are on the category page.');
		expect(
			cardOf({ categories: [category(2, 'rifles', null)], reports: [quoted(2, '2023-09-22', 800)] })
				.moreQuotes
		).toBeNull();
	});

	test('a correction is flagged; increments add to the latest cumulative figure', () => {
		const card = cardOf({
			categories: [category(2, 'rifles', null)],
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'rifles', [800, 'exact']),
				report(3, '2023-09-23', 'ru-mod', 'rifles', [700, 'exact']),
				report(4, '2023-09-24', 'ru-mod', 'rifles', [50, 'exact'], 'increment')
			]
		});
		expect(card.figure).toBe('750');
		expect(card.corrected).toBe(true);
		expect(card.sourcesDiffer).toBe(false);
		expect(card.reportedBy?.date).toBe('2023-09-24');
	});

	test('a proxy target: the share counts items per unit, and says so', () => {
		const card = cardOf({
			categories: [category(2, 'rifles', 'fighters', 2)],
			reports: [report(2, '2023-09-22', 'ru-mod', 'rifles', [100, 'exact'])],
			estimates: [estimate(2, 'fighters', [1000, 'exact'], null)]
		});
		expect(card.progressText).toBe('5%');
		expect(card.perTarget).toBe('Counted as 2 rifles for each unit of the estimate.');
		expect(card.estimate?.attribution).toBe('az-gov, undated');
		expect(card.bar?.label).toBe('rifles: 100 handed over, 5% of an estimated 2,000');
		expect(card.bar?.mark.approximate).toBe(false);
	});

	test('several estimates: the most recent counts, the others are listed', () => {
		const card = cardOf({
			categories: [category(2, 'rifles', 'fighters')],
			reports: [report(2, '2023-09-22', 'ru-mod', 'rifles', [100, 'exact'])],
			estimates: [
				estimate(2, 'fighters', [1000, 'about'], '2023', 'az-gov'),
				estimate(3, 'fighters', [2000, 'about'], '2023-09-01', 'am-gov')
			]
		});
		expect(card.estimate?.text).toBe('≈2,000');
		expect(card.otherEstimates.map((e) => e.attribution)).toEqual(['az-gov, 2023']);
		expect(card.progressText).toBe('5%');
	});

	test('an estimate but no number handed over: the share is unknown, not zero', () => {
		const card = cardOf({
			categories: [category(2, 'rifles', 'fighters')],
			reports: [report(2, '2023-09-22', 'ru-mod', 'rifles', null)],
			estimates: [estimate(2, 'fighters', [1000, 'about'], '2023')]
		});
		expect(card.figure).toBeNull();
		expect(card.caption).toBe('handed over, no number given');
		expect(card.progressText).toBe('unknown: no number given');
		expect(card.bar).toBeNull();
	});

	test('a later report without a number beside a headline with one', () => {
		const card = cardOf({
			categories: [category(2, 'rifles', null)],
			reports: [
				report(2, '2023-09-22', 'ru-mod', 'rifles', [100, 'exact']),
				report(3, '2023-09-23', 'ru-mod', 'rifles', null)
			]
		});
		expect(card.figure).toBe('100');
		expect(card.alsoUnquantified).toEqual([
			'ru-mod also reported a handover on 2023-09-23 without giving a number.'
		]);
	});

	test('a category with no report at all', () => {
		const card = cardOf({ categories: [category(2, 'rifles', null)] });
		expect(card).toMatchObject({
			figure: null,
			caption: 'No report yet.',
			reportedBy: null,
			progressText: 'no estimate',
			quotes: []
		});
	});
});

test.each<{ issue: DataIssue; expected: string }>([
	{
		issue: {
			file: 'reports.csv',
			line: 7,
			column: 4,
			...said('issue_text', { text: 'bad' }),
			severity: 'error'
		},
		expected: 'reports.csv:7:4: bad'
	},
	{
		issue: {
			file: 'sources.csv',
			line: 0,
			column: 0,
			...said('issue_text', { text: 'missing' }),
			severity: 'warning'
		},
		expected: 'sources.csv:0:0: missing'
	}
])('issueView: $expected', ({ issue, expected }) => {
	expect(issueView(issue)).toEqual({
		severity: issue.severity,
		severityLabel: issue.severity,
		text: expected
	});
});
