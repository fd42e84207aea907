import { expect, test } from '@playwright/test';
import { collectErrors, expectSeedFigures } from './pages';

for (const path of ['/karabakh-2023/', '/']) {
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

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/karabakh-2023/', '/']) {
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
