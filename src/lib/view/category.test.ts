import { describe, expect, test } from 'vitest';
import { categoryView } from './category';
import { richModel, seedModel } from '$lib/testing/chart-fixtures';

describe('categoryView', () => {
	test('the seed’s firearms: the report, the estimate, the assumption', () => {
		const view = categoryView(seedModel(), 'firearms');
		expect(view.label).toBe('Firearms');
		expect(view.card.figure).toBe('800+');
		expect(view.history).toEqual([
			{
				line: 5,
				date: '2023-09-22',
				source: 'Russian Ministry of Defence',
				side: 'Russia (peacekeeping force)',
				figure: '800+',
				quantified: true,
				basis: 'cumulative',
				measure: null,
				quote: 'وأكثر من 800 سلاح ناري',
				quoteLang: 'ar',
				note: 'Reported by Al Jazeera (Arabic service).',
				url: null
			}
		]);
		expect(view.historyNote).toBeNull();
		expect(view.estimates.map((e) => e.text)).toEqual(['≈10,000']);
		expect(view.card.assumption).toMatch(/One firearm per fighter/);
	});

	test('a report with no number is in the history, as reported', () => {
		const [row] = categoryView(seedModel(), 'manpads').history;
		expect(row).toMatchObject({ figure: 'no number given', quantified: false });
	});

	test('the history is newest first, every source; every estimate, the one used first', () => {
		const view = categoryView(richModel(), 'firearms');
		expect(view.history.map((r) => `${r.date} ${r.source} ${r.figure} ${r.basis}`)).toEqual([
			'2023-09-27 Azerbaijani Ministry of Foreign Affairs 2,300 cumulative',
			'2023-09-26 Russian Ministry of Defence ≈1,200 cumulative',
			'2023-09-25 Azerbaijani Ministry of Foreign Affairs 2,500 cumulative',
			'2023-09-24 Russian Ministry of Defence 300 increment',
			'2023-09-23 Azerbaijani Ministry of Foreign Affairs 900 cumulative',
			'2023-09-23 Russian Ministry of Defence 1,000+ cumulative',
			'2023-09-22 Russian Ministry of Defence 800+ cumulative'
		]);
		expect(view.estimates.map((e) => e.text)).toEqual(['≈7,000', '≤12,000', '≈10,000']);
		expect(view.reportCount).toBe(7);
	});

	test('an unknown category is a bug', () => {
		expect(() => categoryView(seedModel(), 'tanks')).toThrow(/no category 'tanks'/);
	});
});
