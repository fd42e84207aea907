/**
 * The whole pipeline the pages use, from files on disk to the view model: the seed dataset,
 * and a fixture with one broken cell (tests/fixtures/broken: reports.csv line 5, the firearms
 * quantity, reads "eight hundred").
 */
import { describe, expect, test } from 'vitest';
import { datasetList, overviewPage } from './views';

const FIXTURES = 'tests/fixtures';

function card(page: ReturnType<typeof overviewPage>, id: string) {
	const found = page.overview.categories.find((c) => c.id === id);
	if (!found) throw new Error(`no card ${id}`);
	return found;
}

describe('the seed dataset', () => {
	const page = overviewPage('karabakh-2023');

	test.each([
		{ id: 'armored_vehicles', figure: '6', estimate: '≈100', progress: '6%' },
		{ id: 'firearms', figure: '800+', estimate: '≈10,000', progress: 'at least 8%' },
		{ id: 'ammunition', figure: '≈5,000', estimate: null, progress: 'no estimate' },
		{ id: 'anti_tank_missiles', figure: null, estimate: null, progress: 'no estimate' },
		{ id: 'manpads', figure: null, estimate: null, progress: 'no estimate' }
	])('$id: $figure of $estimate, $progress', ({ id, figure, estimate, progress }) => {
		const view = card(page, id);
		expect(view.figure).toBe(figure);
		expect(view.estimate?.text ?? null).toBe(estimate);
		expect(view.progressText).toBe(progress);
		expect(view.reportedBy?.attribution).toBe('Russian Ministry of Defence, 2023-09-22');
		expect(view.reportedBy?.source.side).toBe('Russia (peacekeeping force)');
		expect(view.quotes).toHaveLength(1);
		expect(view.quotes[0]).toMatchObject({ lang: 'ar', dir: 'rtl' });
		if (figure === null) expect(view.caption).toBe('handed over, no number given');
	});

	test('firearms: the assumption, the estimate with its source and note, the bar', () => {
		const firearms = card(page, 'firearms');
		expect(firearms.assumption).toMatch(/^One firearm per fighter: an assumption/);
		expect(firearms.estimate).toMatchObject({
			label: 'Armenian fighters in Karabakh',
			attribution: 'Government of Azerbaijan, 2023-09',
			note: expect.stringMatching(/gives no date/)
		});
		expect(firearms.bar?.label).toBe(
			'Firearms: at least 801 handed over, at least 8% of an estimated 10,000'
		);
		expect(firearms.bar?.range?.open).toBe(true);
		expect(firearms.caption).toBe('firearms handed over');
	});

	test('the page head and footer', () => {
		expect(page.overview.asOf).toBe('as of 2023-09-22');
		expect(page.overview.issues).toEqual([]);
		expect(page.footer).toEqual({
			credit: expect.stringMatching(/^Figures as reported by Al Jazeera/),
			asOf: 'Figures as of 2023-09-22.'
		});
	});

	test('the list of datasets', () => {
		// Every fixture dataset, by id: the seed and the two real datasets of issue 14.
		expect(datasetList()).toEqual([
			{
				id: 'colombia-2017',
				title: 'FARC-EP laying down of arms, Colombia, 2017',
				description: expect.stringMatching(/^The FARC-EP's laying down of arms/)
			},
			{
				id: 'karabakh-2023',
				title: 'Nagorno-Karabakh weapons handover, September 2023',
				description: expect.stringMatching(/^The handover of weapons/)
			},
			{
				id: 'mozambique-2019',
				title: 'RENAMO disarmament, demobilisation and reintegration, Mozambique, 2019-2023',
				description: expect.stringMatching(/^The demobilisation of RENAMO's fighters/)
			}
		]);
	});
});

describe('a dataset with a broken cell', () => {
	const page = overviewPage('broken', FIXTURES);

	test('lists the issue at its exact position', () => {
		expect(page.overview.issues).toHaveLength(1);
		expect(page.overview.issues[0]).toMatchObject({ severity: 'error', severityLabel: 'error' });
		expect(page.overview.issues[0]?.text).toMatch(/^reports\.csv:5:4: .*eight hundred/);
		expect(page.overview.issuesIntro).toMatch(/^1 problem was found/);
	});

	test('still shows the good figures, and leaves the bad row out', () => {
		expect(card(page, 'armored_vehicles').figure).toBe('6');
		expect(card(page, 'armored_vehicles').progressText).toBe('6%');
		expect(card(page, 'ammunition').figure).toBe('≈5,000');
		expect(card(page, 'firearms').figure).toBeNull();
		expect(card(page, 'firearms').estimate?.text).toBe('≈10,000');
	});
});
