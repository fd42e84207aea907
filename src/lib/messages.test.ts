import { describe, expect, test } from 'vitest';
import * as m from './messages';

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
	issue_line: { file: 'reports.csv', line: '7', column: '4', message: 'not a whole number' },
	// Charts and timeline
	chart_table_label: { chart: 'Share of each estimate handed over' },
	chart_percent: { percent: '100' },
	chart_estimate_label: { figure: '≈10,000', source: 'Government of Azerbaijan' },
	chart_estimate_scaled: { figure: '≈5,000', source: 'Government of Azerbaijan', count: '2' },
	chart_times: { figure: '≈5,000', count: '2' },
	chart_category_estimate: { category: 'Firearms', estimate: '≈10,000 (Government of Azerbaijan)' },
	chart_tooltip_figure: { figure: '800+', by: 'Russian Ministry of Defence, 2023-09-22' },
	chart_tooltip_estimate: { estimate: '≈10,000', attribution: 'Government of Azerbaijan, 2023-09' },
	chart_outside_no_estimate: { figure: '≈5,000' },
	chart_outside_unknown: { figure: '800+' },
	progress_chart_label: { count: '2', rows: 'Firearms: at least 801 handed over' },
	timeline_page_title: { scope: 'Firearms' },
	timeline_description: { dataset: 'Nagorno-Karabakh weapons handover, September 2023' },
	timeline_chart_title: { scope: 'Firearms' },
	timeline_chart_label: {
		scope: 'Firearms',
		lines: 'Russian Ministry of Defence: 800+ on 2023-09-22',
		estimates: '1',
		events: '6'
	},
	timeline_chart_empty: { scope: 'Manpads' },
	timeline_line_who: { category: 'Firearms', source: 'Russian Ministry of Defence' },
	timeline_line: { who: 'Russian Ministry of Defence', figures: '800+ on 2023-09-22' },
	timeline_figures_one: { figure: '800+', date: '2023-09-22' },
	timeline_figures_many: {
		first: '800+',
		from: '2023-09-22',
		last: '900+',
		to: '2023-09-24',
		count: '2'
	},
	timeline_more_lines: { count: '3' },
	timeline_tooltip_figure: { who: 'Firearms', figure: '6' },
	timeline_tooltip_open: { who: 'Firearms', figure: '800+', spoken: 'at least 801' },
	timeline_tooltip_source: { source: 'Russian Ministry of Defence', side: 'Russia' },
	timeline_tooltip_reports: { count: '2' },
	category_description: {
		category: 'Firearms',
		dataset: 'Nagorno-Karabakh weapons handover, September 2023'
	},
	history_truncated: { shown: '200', total: '10,000' },
	// Reports, sources, navigation
	theme_button: { theme: 'auto' },
	reports_description: { dataset: 'Nagorno-Karabakh weapons handover, September 2023' },
	reports_noscript: { count: '50' },
	reports_showing: { from: '1', to: '50', total: '100,000', count: 100000 },
	reports_showing_filtered: {
		from: '1',
		to: '50',
		matched: '1,234',
		total: '100,000',
		count: 1234
	},
	page_link: { page: '2' },
	sources_page_description: { dataset: 'Nagorno-Karabakh weapons handover, September 2023' },
	source_latest_table: { source: 'Russian Ministry of Defence' }
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
