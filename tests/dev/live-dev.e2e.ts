/**
 * Live reload under `vite dev` (scripts/vite-plugin-data.ts, src/lib/live/dev.ts): saving a CSV
 * updates the open page in place (no reload: a mark on `window` survives), keeps its state (the
 * address, the scroll), and a broken save shows its issue while the figures stay, until it is
 * fixed.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DATA = process.env.LIVE_DEV_DATA ?? '';
const REPORTS = path.join(DATA, 'karabakh-2023', 'reports.csv');
const SEED = readFileSync('tests/fixtures/datasets/karabakh-2023/reports.csv', 'utf8');
const NEW_ROW = '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n';

/** Saves as editors do: a new file renamed over the old one. */
function save(text: string) {
	writeFileSync(`${REPORTS}.tmp`, text);
	renameSync(`${REPORTS}.tmp`, REPORTS);
}

test.beforeAll(async ({ browser }) => {
	expect(DATA).not.toBe('');
	// Three first visits to a fresh `vite dev` (every module compiled on demand): more than the
	// default 30 s on a loaded machine.
	test.setTimeout(120_000);
	// The first visits make Vite bundle what the pages import, and it may reload a page then:
	// done here, before any page is marked.
	const page = await browser.newPage();
	for (const url of ['/karabakh-2023/', '/karabakh-2023/timeline/', '/karabakh-2023/sources/']) {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
	}
	await page.close();
});
test.afterEach(() => save(SEED));

const firearms = (page: Page) => page.getByRole('article', { name: 'Firearms', exact: true });

/** Opens a page once everything it loads later (the charts) has loaded: Vite may reload then. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => Object.assign(window, { __liveMark: 'kept' }));
}
async function expectMarked(page: Page) {
	expect(await page.evaluate(() => (window as { __liveMark?: string }).__liveMark)).toBe('kept');
}

test('a saved reports.csv updates the open overview in place', async ({ page }) => {
	await open(page, '/karabakh-2023/');
	await expect(firearms(page).getByText('800+', { exact: true })).toBeVisible();
	save(SEED + NEW_ROW);
	await expect(firearms(page).getByText('1,000+', { exact: true })).toBeVisible();
	await expect(firearms(page).getByText('at least 10%', { exact: true })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText('Figures as of 2023-09-24.');
	await expectMarked(page);
});

test('the timeline keeps its selected category', async ({ page }) => {
	await open(page, '/karabakh-2023/timeline/?category=firearms');
	const selected = page.locator('.category-select a[aria-current="page"]');
	await expect(selected).toHaveText('Firearms');
	await page.evaluate(() => window.scrollTo(0, 200));
	expect(await page.evaluate(() => window.scrollY)).toBe(200);
	save(SEED + NEW_ROW);
	await expect(page.getByRole('contentinfo')).toContainText('Figures as of 2023-09-24.');
	// The chart of the selected category has the new figure.
	await expect(
		page.getByRole('img', { name: /Firearms: .* to 1,000\+ on 2023-09-24/ })
	).toBeVisible();
	await expect(selected).toHaveText('Firearms');
	expect(page.url()).toMatch(/\?category=firearms$/);
	// The page was mounted anew where the reader was (src/lib/live/render.svelte.ts).
	expect(await page.evaluate(() => window.scrollY)).toBe(200);
	await expectMarked(page);
});

test('a broken save shows its issue and keeps the figures, until it is fixed', async ({ page }) => {
	await open(page, '/karabakh-2023/');
	save(SEED.replace(',800,', ',eight hundred,'));
	await expect(page.getByText(/^reports\.csv:5:4: .*eight hundred/)).toBeVisible();
	await expect(page.locator('[data-live-region]')).toContainText('The data files have errors');
	await expect(firearms(page).getByText('800+', { exact: true })).toBeVisible();
	save(SEED + NEW_ROW);
	await expect(firearms(page).getByText('1,000+', { exact: true })).toBeVisible();
	await expect(page.getByText(/eight hundred/)).toHaveCount(0);
	await expect(page.locator('[data-live]')).toHaveCount(0);
	await expectMarked(page);
});

test('a broken save shows its issues on the other pages too', async ({ page }) => {
	await open(page, '/karabakh-2023/sources/');
	save(SEED.replace(',800,', ',eight hundred,'));
	await expect(page.getByText(/^reports\.csv:5:4: .*eight hundred/)).toBeVisible();
	save(SEED);
	await expect(page.getByText(/eight hundred/)).toHaveCount(0);
	await expectMarked(page);
});
