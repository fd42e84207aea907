/**
 * The reports table over 100,000 rows: one page of rows (prerendered and live), the count of
 * all of them, sorting, and filters that live in the URL. Expected counts come from the
 * generated reports.csv itself.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../pages';
import { count, generatedRows, ID, LARGE } from './helpers';

const REPORTS = `/${ID}/reports/`;
/** Names as sources.csv and categories.csv write them. */
const RU_MOD = 'Russian Ministry of Defence';
const FIREARMS = 'Firearms';
const MANPADS = 'Man-portable air-defence systems';

const table = (page: Page) => page.getByRole('table', { name: 'Reported figures' });
const bodyRows = (page: Page) => table(page).locator('tbody tr');

function matching(category: string | null, source: string | null): number {
	return generatedRows().filter(
		(row) => (category === null || row[2] === category) && (source === null || row[1] === source)
	).length;
}

test('the page shows one page of rows and the count of all 100,000', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(REPORTS);
	await expect(page.getByText(`of ${count(LARGE.rows)} figures`)).toBeVisible();
	const rows = await bodyRows(page).count();
	expect(rows).toBeGreaterThan(0);
	expect(rows).toBeLessThanOrEqual(200);
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
});

test('without JavaScript, the prerendered page holds one page of rows', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(REPORTS);
	const rows = await bodyRows(page).count();
	expect(rows).toBeGreaterThan(0);
	expect(rows).toBeLessThanOrEqual(200);
	// Newest first: the last generated day.
	const last = generatedRows().at(-1)![0]!;
	await expect(bodyRows(page).first()).toContainText(last);
	await context.close();
});

test('sorting by date puts the oldest figures first, and the URL keeps it', async ({ page }) => {
	await page.goto(REPORTS);
	const [first, last] = [generatedRows()[0]![0]!, generatedRows().at(-1)![0]!];
	await expect(bodyRows(page).first()).toContainText(last);
	const header = table(page).getByRole('columnheader', { name: /Date/ });
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	await expect(bodyRows(page).first()).toContainText(first);
	await expect(page).toHaveURL(/[?&]dir=asc/);
	await page.reload();
	await expect(bodyRows(page).first()).toContainText(first);
});

test('a filter in the URL shows only its rows, with their count', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(`${REPORTS}?category=firearms&source=ru-mod`);
	const expected = matching('firearms', 'ru-mod');
	await expect(page.getByText(`of ${count(expected)} figures that match`)).toBeVisible();
	const rows = bodyRows(page);
	expect(await rows.count()).toBeGreaterThan(0);
	for (const row of await rows.all()) {
		await expect(row).toContainText(FIREARMS);
		await expect(row).toContainText(RU_MOD);
	}
	expect(errors).toEqual([]);
});

test('choosing a category filters the rows and puts the filter in the URL', async ({ page }) => {
	await page.goto(REPORTS);
	await expect(page.getByText(`of ${count(LARGE.rows)} figures`)).toBeVisible();
	await page.getByLabel('Category').selectOption({ label: MANPADS });
	const apply = page.getByRole('button', { name: 'Apply' });
	if (await apply.isVisible()) await apply.click();
	await expect(page).toHaveURL(/[?&]category=manpads/);
	await expect(
		page.getByText(`of ${count(matching('manpads', null))} figures that match`)
	).toBeVisible();
	for (const row of await bodyRows(page).all()) await expect(row).toContainText(MANPADS);
});

test('the pages turn in place, and back and forward go through them', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(`${REPORTS}?category=firearms`);
	const expected = matching('firearms', null);
	const status = page.getByRole('status');
	await expect(status).toContainText(`of ${count(expected)} figures that match`);
	const firstPage = await bodyRows(page).allInnerTexts();
	// Marks the document: a page turned in place keeps it, a page loaded again would not.
	await page.evaluate(() => ((window as { turned?: boolean }).turned = true));

	const pages = page.getByRole('navigation', { name: 'Pages' });
	await pages.getByRole('link', { name: 'Next' }).click();
	await expect(page).toHaveURL(/\?category=firearms&page=2$/);
	await expect(status).toContainText(`Showing 51–100 of ${count(expected)} figures that match`);
	await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
	const secondPage = await bodyRows(page).allInnerTexts();
	expect(secondPage).not.toEqual(firstPage);
	for (const row of secondPage) expect(row).toContain(FIREARMS);

	await page.goBack();
	await expect(page).toHaveURL(/\?category=firearms$/);
	await expect(status).toContainText(`Showing 1–50 of ${count(expected)} figures that match`);
	expect(await bodyRows(page).allInnerTexts()).toEqual(firstPage);

	await page.goForward();
	await expect(page).toHaveURL(/\?category=firearms&page=2$/);
	await expect(status).toContainText('Showing 51–100');
	expect(await bodyRows(page).allInnerTexts()).toEqual(secondPage);
	expect(await page.evaluate(() => (window as { turned?: boolean }).turned)).toBe(true);
	expect(errors).toEqual([]);
});
