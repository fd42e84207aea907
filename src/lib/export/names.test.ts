import { describe, expect, test } from 'vitest';
import { richModel, seedModel } from '$lib/testing/chart-fixtures';
import { timelineSeries } from '$lib/view/timeline';
import { progressExport, timelineExport } from './data';
import { fileName, sourceLine } from './names';

describe('fileName', () => {
	test.each([
		[
			{ chart: 'progress', category: null, asOf: '2023-09-22' },
			'png',
			'karabakh-2023-progress-2023-09-22.png'
		],
		[
			{ chart: 'timeline', category: null, asOf: '2023-09-22' },
			'svg',
			'karabakh-2023-timeline-2023-09-22.svg'
		],
		[
			{ chart: 'timeline', category: 'firearms', asOf: '2023-09-22' },
			'csv',
			'karabakh-2023-timeline-firearms-2023-09-22.csv'
		],
		[{ chart: 'reports', category: null, asOf: null }, 'csv', 'karabakh-2023-reports.csv']
	] as const)('%j as %s is %s', (what, ext, name) => {
		expect(fileName({ dataset: 'karabakh-2023', ...what }, ext)).toBe(name);
	});
});

describe('sourceLine', () => {
	test('the seed progress chart', () => {
		expect(sourceLine(progressExport(seedModel()))).toBe(
			'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan'
		);
	});

	test('the seed timeline', () => {
		const model = seedModel();
		expect(sourceLine(timelineExport(model, timelineSeries(model)))).toBe(
			'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan'
		);
	});

	test('several sources and estimates', () => {
		const model = richModel();
		const line = sourceLine(
			timelineExport(model, timelineSeries(model, { category: 'firearms' }), 'firearms')
		);
		expect(line).toMatch(
			/^Sources: Russian Ministry of Defence, \d{4}-\d\d-\d\d; Azerbaijani Ministry of Foreign Affairs, \d{4}-\d\d-\d\d; estimates: /
		);
	});

	test('no estimate', () => {
		const model = seedModel();
		const data = timelineExport(
			model,
			timelineSeries(model, { category: 'ammunition' }),
			'ammunition'
		);
		expect(sourceLine(data)).toBe('Source: Russian Ministry of Defence, 2023-09-22');
	});
});
