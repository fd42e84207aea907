/**
 * Mozambique's DDR, from CSV text to the summary: people, not weapons, and the sources' own
 * shares (the frozen copy of data/mozambique-2019 in tests/fixtures/datasets), checked by hand
 * against its CSV rows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { loadDataset } from './load';
import { toSummary } from './summary';
import type { IsoDate } from './types';

const folder = new URL('../../../tests/fixtures/datasets/mozambique-2019/', import.meta.url);

const files = Object.fromEntries(
	readdirSync(folder)
		.filter((name) => !name.endsWith('.md'))
		.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')])
);
const load = loadDataset('mozambique-2019', files, { today: '2023-12-31' as IsoDate });
const summary = toSummary(buildModel(load));
const demobilised = summary.categories[0] as unknown as Record<string, unknown>;

describe('mozambique-2019: the summary as main computes it', () => {
	test('every file loads without an issue of its own; one category', () => {
		expect(load.issues).toEqual([]);
		expect(summary.as_of).toBe('2023-06-15');
		expect(summary.categories.map((c) => c.id)).toEqual(['demobilised']);
	});

	// reports.csv line 7: President Nyusi's "cinco mil e duzentos" (about 5,200), the latest;
	// against RTP's 5,221 (estimates.csv line 4, 2023-09, the latest estimate): 5,200 / 5,221.
	test('about 5,200 demobilised, from the President, against 5,221', () => {
		expect(summary.categories[0]).toMatchObject({
			id: 'demobilised',
			handed_over: { low: 5200, high: 5200, approximate: true, text: '≈5,200' },
			source: 'mz-president',
			date: '2023-06-15',
			sources_differ: true,
			target: 'renamo_fighters',
			estimate: { low: 5221, high: 5221, approximate: false, text: '5,221' },
			progress: { low: 0.996, high: 0.996, approximate: true },
			unquantified_reports: 0
		});
	});
});

describe("mozambique-2019: issue 14's summary fields (unit, progress.from, measures, estimates)", () => {
	test('the count outranks the shares; progress from the estimate; no measure', () => {
		expect(demobilised.handed_over).toEqual({ low: 5200, high: 5200, approximate: true, text: '≈5,200', unit: 'count' });
		expect(demobilised.estimate).toEqual({ low: 5221, high: 5221, approximate: false, text: '5,221', unit: 'count' });
		expect(demobilised.progress).toEqual({ low: 0.996, high: 0.996, approximate: true, from: 'estimate' });
		expect(demobilised.measures).toEqual({});
		expect(summary.warnings).toEqual([]);
	});

	test('every estimate, most recent first', () => {
		expect(demobilised.estimates).toEqual([
			{ low: 5221, high: 5221, approximate: false, text: '5,221', unit: 'count', source: 'rtp', date: '2023-09' },
			{ low: 5000, high: 5000, approximate: true, text: '≈5,000', unit: 'count', source: 'dw', date: '2022-05' },
			{ low: 5221, high: 5221, approximate: false, text: '5,221', unit: 'count', source: 'renamo', date: '2021-07' }
		]);
	});

	// On 2022-08-17 the latest figure is the UN envoy's "DDR has reached 77 per cent" (line 6): a
	// share as the headline, and progress is that share, never turned into a count.
	test('on 2022-08-17 the headline is the envoy\'s own 77%', () => {
		const onDay = toSummary(buildModel(load, { day: '2022-08-17' as IsoDate }));
		expect(onDay.categories[0]).toMatchObject({
			handed_over: { low: 77, high: 77, approximate: false, text: '77%', unit: 'percent' },
			source: 'un-envoy',
			date: '2022-08-17',
			progress: { low: 0.77, high: 0.77, approximate: false, from: 'reported_share' }
		});
	});
});
