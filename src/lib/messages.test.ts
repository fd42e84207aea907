import { describe, expect, test } from 'vitest';
import { m } from './messages';

/**
 * Sample parameters for every message that takes any. Typed so that a new message with
 * parameters fails to compile until it has a sample here.
 */
type Samples = {
	[K in keyof typeof m as Parameters<(typeof m)[K]> extends [] ? never : K]: Parameters<
		(typeof m)[K]
	>[0];
};

const samples: Samples = {
	footer_as_of: { date: '2023-09-22' },
	page_title: { page: 'Overview' },
	error_title: { status: '404' },
	as_of: { date: '2023-09-22' },
	handed_over_unit: { unit: 'firearms' },
	also_unquantified: { source: 'Russian Ministry of Defence', date: '2023-09-23' },
	reported_by: { source: 'Russian Ministry of Defence', date: '2023-09-22' },
	side: { side: 'Azerbaijan' },
	estimate_by: { source: 'Government of Azerbaijan', date: '2023-09' },
	estimate_undated: { source: 'Government of Azerbaijan' },
	progress_exact: { percent: '6' },
	progress_at_least: { percent: '8' },
	progress_at_most: { percent: '8' },
	progress_range: { low: '6', high: '8' },
	progress_bar: {
		label: 'Firearms',
		handed: 'at least 801',
		progress: 'at least 8%',
		estimate: '10,000'
	},
	per_target: { count: '2', unit: 'firearms' },
	spoken_exact: { n: '6' },
	spoken_about: { n: '5,000' },
	spoken_at_least: { n: '801' },
	spoken_at_most: { n: '20' },
	spoken_range: { low: '10', high: '20' },
	source_figure: { source: 'Russian Ministry of Defence', figure: '800+', date: '2023-09-22' },
	issues_intro: { count: 2 },
	issue_line: { file: 'reports.csv', line: '7', column: '4', message: 'not a whole number' }
};

function call(key: keyof typeof m): string {
	const message = m[key] as (params?: unknown) => string;
	return message(samples[key as keyof Samples]);
}

describe('messages', () => {
	test.each(Object.keys(m) as (keyof typeof m)[])('%s returns a non-empty string', (key) => {
		const text = call(key);
		expect(typeof text).toBe('string');
		expect(text.trim()).not.toBe('');
		expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
	});

	test.each([
		[m.progress_exact({ percent: '6' }), '6%'],
		[m.progress_at_least({ percent: '8' }), 'at least 8%'],
		[m.progress_range({ low: '6', high: '8' }), '6–8%'],
		[m.no_estimate(), 'no estimate'],
		[m.unquantified(), 'handed over, no number given'],
		[m.sources_differ(), 'Sources differ'],
		[
			m.progress_bar({
				label: 'Firearms',
				handed: 'at least 801',
				progress: 'at least 8%',
				estimate: '10,000'
			}),
			'Firearms: at least 801 handed over, at least 8% of an estimated 10,000'
		],
		[m.issues_intro({ count: 1 }).startsWith('1 problem was'), true],
		[
			m.issue_line({ file: 'reports.csv', line: '7', column: '4', message: 'bad' }),
			'reports.csv:7:4: bad'
		]
	])('%s', (actual, expected) => {
		expect(actual).toBe(expected);
	});
});
