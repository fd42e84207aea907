/**
 * The live static site (src/lib/live/static.ts): a copy of the built site, served statically,
 * whose published reports.csv is replaced without a rebuild. Open pages pick up the new file in
 * place (no reload), with a notice; a broken file or a failed fetch keeps the figures and says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pages';

const BUILD = process.env.BUILD_DIR || 'build';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const ORIGIN = `http://localhost:${PORT}`;
const SEED_REPORTS = readFileSync('tests/fixtures/datasets/karabakh-2023/reports.csv', 'utf8');
const NEW_ROW = '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n';

test.describe.configure({ mode: 'serial' });

let site: string;
let server: ChildProcess;

function publish(reports: string) {
	writeFileSync(path.join(site, 'karabakh-2023', 'csv', 'reports.csv'), reports);
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`the static server did not start on ${ORIGIN}`);
}

test.beforeAll(async () => {
	site = mkdtempSync(path.join(tmpdir(), 'handover-live-'));
	cpSync(BUILD, site, { recursive: true });
	server = spawn('node', ['scripts/serve-static.mjs', site, '--port', String(PORT)], {
		stdio: 'ignore'
	});
	await waitForServer();
});

test.afterAll(() => {
	server?.kill();
	rmSync(site, { recursive: true, force: true });
});

test.afterEach(() => publish(SEED_REPORTS));

const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

/** Marks the window: a reload would lose the mark. */
async function mark(page: Page) {
	await page.evaluate(() => Object.assign(window, { __liveMark: 'kept' }));
}
async function expectMarked(page: Page) {
	expect(await page.evaluate(() => (window as { __liveMark?: string }).__liveMark)).toBe('kept');
}

test('the same files as the build: nothing changes, nothing is said', async ({ page }) => {
	const errors = collectErrors(page);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	const checked = page.waitForResponse(`${ORIGIN}/karabakh-2023/csv/reports.csv`);
	await page.goto(`${ORIGIN}/karabakh-2023/`);
	await checked;
	await expect(card(page, 'Firearms').getByText('800+', { exact: true })).toBeVisible();
	await expect(page.locator('[data-live]')).toHaveCount(0);
	// The pipeline never loaded: the files were compared by their fingerprints only.
	expect(workers).toEqual([]);
	expect(errors).toEqual([]);
});

test('a replaced reports.csv updates the open page in place, with a notice', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(`${ORIGIN}/karabakh-2023/`);
	await expect(card(page, 'Firearms').getByText('800+', { exact: true })).toBeVisible();
	await mark(page);
	publish(SEED_REPORTS + NEW_ROW);
	// The tab coming back checks again.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	const notice = page.locator('[data-live-region]');
	await expect(notice).toContainText(
		'New: Russian Ministry of Defence, 2023-09-24, Firearms 1,000+'
	);
	await expect(card(page, 'Firearms').getByText('1,000+', { exact: true })).toBeVisible();
	await expect(card(page, 'Firearms').getByText('at least 10%', { exact: true })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText('Figures as of 2023-09-24.');
	await expectMarked(page);
	expect(errors).toEqual([]);
});

test('a page opened after the file was replaced shows the new figures', async ({ page }) => {
	publish(SEED_REPORTS + NEW_ROW);
	await page.goto(`${ORIGIN}/karabakh-2023/category/firearms/`);
	await expect(page.locator('[data-live-region]')).toContainText(
		'New: Russian Ministry of Defence, 2023-09-24, Firearms 1,000+'
	);
	await expect(page.locator('.figure .number')).toHaveText('1,000+');
	await expect(page.getByRole('cell', { name: '1,000+' })).toBeVisible();
});

test('the reports page lists the new row in place, and filters over the new list', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(`${ORIGIN}/karabakh-2023/reports/?category=firearms`);
	const table = page.getByRole('table', { name: 'Reported figures' });
	const figures = table.locator('tbody tr td:nth-child(4)');
	await expect(figures).toHaveText(['800+']);
	await mark(page);
	publish(SEED_REPORTS + NEW_ROW);
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(page.locator('[data-live-region]')).toContainText(
		'New: Russian Ministry of Defence, 2023-09-24, Firearms 1,000+'
	);
	// Newest first, the filter kept.
	await expect(figures).toHaveText(['1,000+', '800+']);
	await expect(page).toHaveURL(/\?category=firearms$/);
	await expectMarked(page);
	expect(errors).toEqual([]);
});

test('a broken reports.csv keeps the last good figures and lists its issues', async ({ page }) => {
	publish(SEED_REPORTS.replace(',800,', ',eight hundred,'));
	await page.goto(`${ORIGIN}/karabakh-2023/`);
	const notice = page.locator('[data-live-region]');
	await expect(notice).toContainText('The data files have errors');
	await expect(page.getByText(/^reports\.csv:5:4: .*eight hundred/)).toBeVisible();
	// One story: the last good figures are shown, so the list does not say the rest of the files is.
	await expect(page.getByText(/None of their rows is shown until they are fixed/)).toBeVisible();
	await expect(page.getByText(/the rest of the data is shown/)).toHaveCount(0);
	await expect(card(page, 'Firearms').getByText('800+', { exact: true })).toBeVisible();
	// Fixed: the figures come back and the notice goes.
	await mark(page);
	publish(SEED_REPORTS + NEW_ROW);
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(card(page, 'Firearms').getByText('1,000+', { exact: true })).toBeVisible();
	await expect(notice).not.toContainText('errors');
	await expect(page.getByText(/eight hundred/)).toHaveCount(0);
	await expectMarked(page);
});

test('a failed fetch keeps the figures and says so', async ({ page }) => {
	await page.route('**/csv/reports.csv', (route) => route.abort());
	await page.goto(`${ORIGIN}/karabakh-2023/`);
	await expect(page.locator('[data-live-region]')).toContainText(
		'The latest data files could not be fetched'
	);
	await expect(card(page, 'Firearms').getByText('800+', { exact: true })).toBeVisible();
	// The next check that succeeds clears the notice.
	await page.unroute('**/csv/reports.csv');
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(page.locator('[data-live]')).toHaveCount(0);
});

test('the published CSV files are the data files, byte for byte', async ({ request }) => {
	for (const file of [
		'reports.csv',
		'categories.csv',
		'sources.csv',
		'estimates.csv',
		'events.csv'
	]) {
		const response = await request.get(`/karabakh-2023/csv/${file}`);
		expect(response.ok()).toBe(true);
		expect(
			(await response.body()).equals(readFileSync(`tests/fixtures/datasets/karabakh-2023/${file}`))
		).toBe(true);
	}
});
