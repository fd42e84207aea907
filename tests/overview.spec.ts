import { expect, test } from '@playwright/test';
import { collectErrors, expectSeedFigures } from './pages';

// `/` is a dataset's overview only when the data root holds one dataset; the fixtures hold
// three (the seed, colombia-2017, mozambique-2019), so `/` lists them (below).
for (const path of ['/karabakh-2023/']) {
	test.describe(`overview at ${path}`, () => {
		test('shows every category in the source’s strength, with source and date', async ({
			page
		}) => {
			const errors = collectErrors(page);
			await page.goto(path);
			await expect(page).toHaveTitle(/Nagorno-Karabakh weapons handover/);
			await expect(
				page.getByRole('heading', { level: 1, name: /Nagorno-Karabakh weapons handover/ })
			).toBeVisible();
			await expectSeedFigures(page);
			await expect(page.getByRole('contentinfo')).toContainText(
				'Figures as reported by Al Jazeera'
			);
			await expect(page.getByRole('contentinfo')).toContainText('Figures as of 2023-09-22.');
			expect(errors).toEqual([]);
		});

		test('the report’s Arabic words open with one click', async ({ page }) => {
			await page.goto(path);
			const firearms = page.getByRole('article', { name: 'Firearms', exact: true });
			const quote = firearms.locator('blockquote', { hasText: 'وأكثر من 800 سلاح ناري' });
			await expect(quote).toBeHidden();
			await firearms.getByText("The report's words").click();
			await expect(quote).toBeVisible();
			await expect(quote).toHaveAttribute('lang', 'ar');
			await expect(quote).toHaveAttribute('dir', 'rtl');
		});
	});
}

/** The fixture datasets as `/` lists them: by id, each linking to its overview. */
const DATASETS = [
	['colombia-2017', 'FARC-EP laying down of arms, Colombia, 2017'],
	['karabakh-2023', 'Nagorno-Karabakh weapons handover, September 2023'],
	['mozambique-2019', 'RENAMO disarmament, demobilisation and reintegration, Mozambique, 2019-2023']
] as const;

test('/ lists every dataset, each linking to its overview', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weapons handovers');
	const links = page.getByRole('heading', { level: 2 }).getByRole('link');
	await expect(links).toHaveText(DATASETS.map(([, title]) => title));
	// The prerendered links are relative to the page ("./colombia-2017/").
	for (const [id, title] of DATASETS) {
		await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute(
			'href',
			`./${id}/`
		);
	}
	await page.getByRole('link', { name: DATASETS[1][1], exact: true }).click();
	await expect(page).toHaveURL(/\/karabakh-2023\/$/);
	await expectSeedFigures(page);
	expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/karabakh-2023/']) {
		test(`${path} shows the same figures, and the quote still opens`, async ({ page }) => {
			await page.goto(path);
			await expectSeedFigures(page);
			const firearms = page.getByRole('article', { name: 'Firearms', exact: true });
			const quote = firearms.locator('blockquote[lang="ar"]', { hasText: 'سلاح ناري' });
			await expect(quote).toBeHidden();
			await firearms.getByText("The report's words").click();
			await expect(quote).toBeVisible();
		});
	}

	test('the methodology page reads', async ({ page }) => {
		await page.goto('/methodology/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How figures are counted');
	});
});
