/**
 * Issue 14's counting rules, from reports.csv cells to the model and the summary: shares
 * (unit percent), ranges (between), measures other than handed over, and revised estimates.
 * Each case is the seed plus a few rows, as a user would add them.
 */
import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { formatQuantity } from './format';
import { loadDataset } from './load';
import { toSummary } from './summary';
import { DATASET_FILES } from './types';
import { SEED_ID, csv, seedWith } from '$lib/testing/seed';

const HEADER = 'date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure';

/**
 * The seed's counted figures (ru-mod, 2023-09-22: 800+ firearms, 6 armoured vehicles) in the new
 * header, plus these rows of reports.csv; the model, after checking that nothing is an error.
 */
function withRows(...rows: string[]) {
	const load = loadDataset(
		SEED_ID,
		seedWith({
			[DATASET_FILES.reports]: csv(
				HEADER,
				'2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,,,',
				'2023-09-22,ru-mod,armored_vehicles,6,exact,cumulative,,,,,,',
				...rows
			)
		})
	);
	expect(load.issues.filter((i) => i.severity === 'error')).toEqual([]);
	return buildModel(load);
}

const firearms = (model: ReturnType<typeof withRows>) => model.categories[1]!;

describe('shares: the source’s own percent', () => {
	test.each([
		{
			name: 'a later share is the headline, and progress is the share itself',
			rows: ['2023-09-25,az-gov,firearms,40,about,cumulative,,,,,percent,'],
			headline: '≈40%',
			source: 'az-gov',
			progress: { low: 0.4, high: 0.4, approximate: true },
			from: 'reported_share'
		},
		{
			name: 'more than 60%: progress from 0.6 to 1',
			rows: ['2023-09-25,az-gov,firearms,60,more_than,cumulative,,,,,percent,'],
			headline: '60%+',
			source: 'az-gov',
			progress: { low: 0.6, high: 1, approximate: false },
			from: 'reported_share'
		},
		{
			name: 'on one source’s same day, a count outranks a share',
			rows: ['2023-09-22,ru-mod,firearms,44.5,exact,cumulative,,,,,percent,'],
			headline: '800+',
			source: 'ru-mod',
			progress: { low: 0.0801, high: null, approximate: true },
			from: 'estimate'
		},
		{
			name: 'an earlier share does not replace a later count',
			rows: ['2023-09-20,az-gov,firearms,10,exact,cumulative,,,,,percent,'],
			headline: '800+',
			source: 'ru-mod',
			progress: { low: 0.0801, high: null, approximate: true },
			from: 'estimate'
		}
	])('$name', ({ rows, headline, source, progress, from }) => {
		const summary = firearms(withRows(...rows));
		expect(formatQuantity(summary.headline!.total)).toBe(headline);
		expect(summary.headline!.source).toBe(source);
		expect(summary.progress).toEqual(progress);
		expect(summary.progressFrom).toBe(from);
		// A share is never compared with a count: the two sources do not differ.
		expect(summary.sourcesDiffer).toBe(false);
	});

	test('the summary gives the share with unit percent, and progress from the reported share', () => {
		const model = withRows('2023-09-25,az-gov,firearms,40,about,cumulative,,,,,percent,');
		const [, firearmsSummary] = toSummary(model).categories;
		expect(firearmsSummary!.handed_over).toEqual({
			low: 40,
			high: 40,
			approximate: true,
			text: '≈40%',
			unit: 'percent'
		});
		expect(firearmsSummary!.progress).toEqual({
			low: 0.4,
			high: 0.4,
			approximate: true,
			from: 'reported_share'
		});
	});

	test('two sources’ shares that differ are a disagreement; a share and a count are not', () => {
		const model = withRows(
			'2023-09-25,az-gov,firearms,40,about,cumulative,,,,,percent,',
			'2023-09-25,az-mfa,firearms,30,exact,cumulative,,,,,percent,'
		);
		expect(firearms(model).sourcesDiffer).toBe(true);
		expect(firearms(model).bySource.map((t) => [t.source, formatQuantity(t.total)])).toEqual([
			['az-gov', '≈40%'],
			['az-mfa', '30%'],
			['ru-mod', '800+']
		]);
	});
});

describe('ranges: between … and …', () => {
	test('a range is its two ends, not approximate, and progress spans them', () => {
		const model = withRows('2023-09-25,ru-mod,firearms,500,between,cumulative,,,,600,,');
		const summary = firearms(model);
		expect(summary.headline!.total).toEqual({ low: 500, high: 600, approximate: false, style: 'range' });
		expect(formatQuantity(summary.headline!.total, 'ar')).toBe('من 500 إلى 600');
		expect(toSummary(model).categories[1]!.handed_over).toEqual({
			low: 500,
			high: 600,
			approximate: false,
			text: '500–600',
			unit: 'count'
		});
		// 500-600 of about 10,000: 5% to 6%, approximate (the estimate is).
		expect(summary.progress).toEqual({ low: 0.05, high: 0.06, approximate: true });
	});

	test('an increment on a range adds to both ends', () => {
		const model = withRows(
			'2023-09-25,ru-mod,firearms,500,between,cumulative,,,,600,,',
			'2023-09-26,ru-mod,firearms,50,exact,increment,,,,,,'
		);
		expect(formatQuantity(firearms(model).headline!.total)).toBe('550–650');
	});
});

describe('measures: verified, seized, destroyed', () => {
	test('each is counted on its own, beside the handed-over headline, never as a disagreement', () => {
		const model = withRows(
			'2023-09-24,az-gov,firearms,1200,more_than,cumulative,,,,,,seized',
			'2023-09-25,ru-mod,firearms,700,exact,cumulative,,,,,,verified',
			'2023-09-26,ru-mod,firearms,100,exact,increment,,,,,,verified',
			'2023-09-26,ru-mod,firearms,300,exact,cumulative,,,,,,destroyed'
		);
		const summary = firearms(model);
		// The headline stays the handed-over 800+, and nothing differs.
		expect(formatQuantity(summary.headline!.total)).toBe('800+');
		expect(summary.sourcesDiffer).toBe(false);
		expect(summary.progressFrom).toBe('estimate');
		expect(
			summary.measures.map((m) => [m.measure, m.headline!.source, m.headline!.date, formatQuantity(m.headline!.total)])
		).toEqual([
			['verified', 'ru-mod', '2023-09-26', '800'],
			['seized', 'az-gov', '2023-09-24', '1,200+'],
			['destroyed', 'ru-mod', '2023-09-26', '300']
		]);
		expect(toSummary(model).categories[1]!.measures).toEqual({
			verified: { low: 800, high: 800, approximate: false, text: '800', unit: 'count', source: 'ru-mod', date: '2023-09-26', sources_differ: false },
			seized: { low: 1201, high: null, approximate: false, text: '1,200+', unit: 'count', source: 'az-gov', date: '2023-09-24', sources_differ: false },
			destroyed: { low: 300, high: 300, approximate: false, text: '300', unit: 'count', source: 'ru-mod', date: '2023-09-26', sources_differ: false }
		});
	});

	test('a verified figure lower than the handed-over one is no correction warning', () => {
		const model = withRows('2023-09-25,ru-mod,firearms,100,exact,cumulative,,,,,,verified');
		expect(model.issues).toEqual([]);
	});

	test('two sources of one measure that differ say so, in that measure only', () => {
		const model = withRows(
			'2023-09-25,ru-mod,firearms,700,exact,cumulative,,,,,,verified',
			'2023-09-25,az-gov,firearms,650,exact,cumulative,,,,,,verified'
		);
		const verified = firearms(model).measures[0]!;
		expect(verified.sourcesDiffer).toBe(true);
		expect(firearms(model).sourcesDiffer).toBe(false);
		expect(toSummary(model).categories[1]!.measures.verified?.sources_differ).toBe(true);
	});

	test('with no other measure, `measures` is empty', () => {
		expect(toSummary(withRows()).categories[1]!.measures).toEqual({});
	});
});

describe('revised estimates', () => {
	const ESTIMATES_HEADER = 'target,label,quantity,qualifier,date,source,url,quote,note,quantity_high';

	test('all are kept, most recent first; the most recent is the headline estimate', () => {
		const load = loadDataset(
			SEED_ID,
			seedWith({
				[DATASET_FILES.estimates]: csv(
					ESTIMATES_HEADER,
					'fighters,Fighters,7000,about,2023-09-01,az-gov,,,,',
					'fighters,Fighters,7000,between,2023-09-10,ru-mod,,,,13000',
					'fighters,Fighters,8994,exact,2023-09-20,az-gov,,,,',
					'tanks_and_armored_vehicles,Tanks,100,about,2023-09,az-gov,,,,'
				)
			})
		);
		expect(load.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const summary = toSummary(buildModel(load)).categories[1]!;
		expect(summary.estimate?.text).toBe('8,994');
		expect(summary.estimates.map((e) => [e.date, e.source, e.text, e.low, e.high])).toEqual([
			['2023-09-20', 'az-gov', '8,994', 8994, 8994],
			['2023-09-10', 'ru-mod', '7,000–13,000', 7000, 13000],
			['2023-09-01', 'az-gov', '≈7,000', 7000, 7000]
		]);
		// 800+ of exactly 8,994: at least 8.91%.
		expect(summary.progress).toEqual({ low: 0.0891, high: null, approximate: false, from: 'estimate' });
	});
});
