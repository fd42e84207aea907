/**
 * Issue 14 in a browser, on the Colombia fixture (tests/fixtures/datasets/colombia-2017): other
 * measures beside the handed-over headline (cards, category page), every estimate with its date,
 * the reports table's measure filter, in English and Arabic; axe on the pages that show them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './pages';

const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

async function noViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('the overview: arms caches handed over 1,027, destroyed 750 and verified 77 beside it', async ({
	page
}) => {
	await page.goto('/colombia-2017/');
	const caches = card(page, 'Arms caches');
	await expect(caches.locator('.figure .number')).toHaveText('1,027');
	const measures = caches.locator('.measures li');
	await expect(measures).toHaveText([
		/Verified:\s*77\s*UN Mission in Colombia, 2017-06-26/,
		/Destroyed:\s*750\s*UN Mission in Colombia, 2017-09-22/
	]);
	// Another measure is never a disagreement with the figure handed over.
	await expect(caches.getByText('Sources differ')).toHaveCount(0);
	await expect(card(page, 'Ammunition').locator('.measures li')).toHaveText([
		/Destroyed:\s*≈1,300,000/
	]);
	await noViolations(page);
});

test('the same in Arabic: the measures’ names and the figures in Arabic words', async ({
	page
}) => {
	await page.goto('/ar/colombia-2017/');
	const caches = card(page, 'مخابئ الأسلحة');
	await expect(caches.locator('.measures li')).toHaveText([/تحقّق منه:\s*77/, /دُمّر:\s*750/]);
	await expect(card(page, 'الذخيرة').locator('.measures li')).toHaveText([/دُمّر:\s*نحو 1,300,000/]);
	await noViolations(page);
});

test('the category page lists every estimate of the target, newest first, with its date', async ({
	page
}) => {
	await page.goto('/colombia-2017/category/weapons/');
	const estimates = page.locator('.estimates li');
	await expect(estimates.first()).toContainText('8,994');
	await expect(estimates.first()).toContainText('2017-09-22');
	await expect(estimates).toHaveCount(5);
	await expect(estimates.nth(1)).toContainText('7,132');
	await expect(estimates.nth(4)).toContainText('≈14,000');
	await page.goto('/colombia-2017/category/arms_caches/');
	await expect(page.locator('.measures')).toContainText('What each count means');
	await expect(page.locator('.measures a')).toHaveAttribute('href', /\/methodology\/#measures$/);
	await noViolations(page);
});

test('the reports table filters by measure, and the address keeps the filter', async ({ page }) => {
	await page.goto('/colombia-2017/reports/');
	await hydrated(page);
	const measure = page.getByLabel('Measure');
	await expect(measure.locator('option')).toHaveText([
		'All',
		'Handed over',
		'Verified',
		'Destroyed'
	]);
	await measure.selectOption('destroyed');
	await expect(page).toHaveURL(/\?measure=destroyed$/);
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	for (const row of await rows.all()) await expect(row.locator('.measure')).toHaveText('Destroyed');
	await noViolations(page);
});
