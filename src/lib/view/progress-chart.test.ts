import { describe, expect, test } from 'vitest';
import { progressChartOf, richModel, seedModel } from '$lib/testing/chart-fixtures';

describe('progressChartView on the seed', () => {
	const view = progressChartOf(seedModel());

	test.each([
		{
			id: 'armored_vehicles',
			low: 6,
			high: 6,
			figure: '6',
			share: '6%',
			sentence: 'Armoured vehicles: 6 handed over, 6% of an estimated 100'
		},
		{
			id: 'firearms',
			low: 8.01,
			high: null,
			figure: '800+',
			share: 'at least 8%',
			sentence: 'Firearms: at least 801 handed over, at least 8% of an estimated 10,000'
		}
	])('$id: $figure is $share', ({ id, ...expected }) => {
		const row = view.rows.find((r) => r.id === id)!;
		expect(row).toMatchObject(expected);
		expect(row.estimates).toEqual([
			expect.objectContaining({ at: 100, current: true, approximate: true })
		]);
	});

	test('the figure and the estimate, with who gave them, as the tooltip and the table say', () => {
		expect(view.rows[1]!.details).toEqual([
			'Figure: 800+ (Russian Ministry of Defence, 2023-09-22)',
			'Estimate: ≈10,000 (Government of Azerbaijan, 2023-09)'
		]);
	});

	test('no estimate, or no number: listed beside the chart, not dropped', () => {
		expect(view.outside).toEqual([
			{ id: 'ammunition', label: 'Ammunition', text: '≈5,000 handed over; no estimate' },
			{
				id: 'anti_tank_missiles',
				label: 'Anti-armour missiles',
				text: 'handed over, no number given'
			},
			{
				id: 'manpads',
				label: 'Man-portable air-defence systems',
				text: 'handed over, no number given'
			}
		]);
	});

	test('the chart’s sentence names every bar', () => {
		expect(view.label).toBe(
			'Bar chart of the share of each estimate handed over, 2 categories. ' +
				'Armoured vehicles: 6 handed over, 6% of an estimated 100; ' +
				'Firearms: at least 801 handed over, at least 8% of an estimated 10,000.'
		);
	});
});

describe('progressChartView with several estimates of one target', () => {
	const view = progressChartOf(richModel());
	const firearms = view.rows.find((r) => r.id === 'firearms')!;

	test('measured against the most recent (≈7,000); the others placed beside it', () => {
		expect(firearms).toMatchObject({ figure: '2,300', low: 32.86, high: 32.86, share: '33%' });
		expect(firearms.estimates.map((e) => [e.text, e.at, e.current, e.label])).toEqual([
			['≈7,000', 100, true, '≈7,000 (Azerbaijani Ministry of Foreign Affairs)'],
			['≤12,000', 171.43, false, '≤12,000 (Armenian separatists in Nagorno-Karabakh)'],
			['≈10,000', 142.86, false, '≈10,000 (Government of Azerbaijan)']
		]);
	});

	test('an open figure: no upper bound', () => {
		expect(view.rows.find((r) => r.id === 'armored_vehicles')).toMatchObject({
			figure: '≥20',
			low: 20,
			high: null,
			share: 'at least 20%'
		});
	});

	test('the model is not changed', () => {
		const model = richModel();
		const before = structuredClone(model);
		progressChartOf(model);
		expect(model).toEqual(before);
	});
});
