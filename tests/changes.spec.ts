/**
 * Following a handover: the changes page in both languages (prerendered, readable without
 * JavaScript), the Atom feeds it names, and "new since your last visit" on a copy of the built
 * site whose published reports.csv gets one more report (as tests/live.spec.ts serves it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { collectErrors } from './pages';

const BUILD = process.env.BUILD_DIR || 'build';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 21;
const ORIGIN = `http://localhost:${PORT}`;
const SEED_REPORTS = readFileSync('tests/fixtures/datasets/karabakh-2023/reports.csv', 'utf8');
const NEW_ROW =
	'2023-09-24,az-mfa,firearms,1200,more_than,cumulative,https://example.org/az-mfa,,,\n';
const SEEN_KEY = 'handover-monitor:seen:karabakh-2023';

test.describe.configure({ mode: 'serial' });

let site: string;
let server: ChildProcess;

function publish(reports: string) {
	writeFileSync(path.join(site, 'karabakh-2023', 'csv', 'reports.csv'), reports);
}

test.beforeAll(async () => {
	site = mkdtempSync(path.join(tmpdir(), 'handover-changes-'));
	cpSync(BUILD, site, { recursive: true });
	server = spawn('node', ['scripts/serve-static.mjs', site, '--port', String(PORT)], {
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`the static server did not start on ${ORIGIN}`);
});

test.afterAll(() => {
	server?.kill();
	rmSync(site, { recursive: true, force: true });
});

test.afterEach(() => publish(SEED_REPORTS));

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const LANGUAGES = [
	{
		name: 'English',
		prefix: '',
		heading: 'What changed',
		entry: 'Russian Ministry of Defence, 2023-09-22',
		rows: 'Its rows in the reports table',
		follow: 'Follow (Atom feed)',
		figures: ['6', '800+', '≈5,000', 'no number given', 'no number given'],
		fresh: 'New since your last visit: 1 report',
		newEntry: 'Azerbaijani Ministry of Foreign Affairs, 2023-09-24',
		markAll: 'Mark all as seen',
		see: 'See what changed',
		mark: 'New',
		lang: 'en'
	},
	{
		name: 'Arabic',
		prefix: '/ar',
		heading: 'ما الذي تغيّر',
		entry: 'وزارة الدفاع الروسية، 22 سبتمبر 2023',
		rows: 'صفوفه في جدول التقارير',
		follow: 'تابِع (موجز Atom)',
		figures: ['6', 'أكثر من 800', 'نحو 5,000', 'دون ذكر عدد', 'دون ذكر عدد'],
		fresh: 'جديد منذ زيارتك الأخيرة: تقرير واحد',
		newEntry: 'وزارة الخارجية الأذربيجانية، 24 سبتمبر 2023',
		markAll: 'اعتبرها كلها مقروءة',
		see: 'اطّلع على ما تغيّر',
		mark: 'جديد',
		lang: 'ar'
	}
] as const;

for (const l of LANGUAGES) {
	test.describe(l.name, () => {
		test('the changes page, without JavaScript: the seed`s one entry and its links', async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`${ORIGIN}${l.prefix}/karabakh-2023/changes/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.heading);
			const entries = page.locator('[data-change]');
			await expect(entries).toHaveCount(1);
			await expect(entries.getByRole('heading', { level: 2 })).toHaveText(l.entry);
			await expect(entries.locator('td.figure')).toHaveText([...l.figures]);
			const rows = page.getByRole('link', { name: l.rows });
			await expect(rows).toHaveAttribute(
				'href',
				/reports\/\?source=ru-mod&from=2023-09-22&to=2023-09-22$/
			);
			await expect(page.getByRole('link', { name: l.follow })).toBeVisible();
			await context.close();
		});

		test('the feed: named by every page of the dataset, linked from the overview', async ({
			page
		}) => {
			for (const route of ['', 'timeline/', 'reports/', 'changes/', 'sources/']) {
				await page.goto(`${ORIGIN}${l.prefix}/karabakh-2023/${route}`);
				const link = page.locator('link[rel="alternate"][type="application/atom+xml"]');
				await expect(link).toHaveCount(1);
				const href = new URL((await link.getAttribute('href'))!, page.url()).href;
				expect(href).toBe(`${ORIGIN}${l.prefix}/karabakh-2023/feed.xml`);
			}
			await page.goto(`${ORIGIN}${l.prefix}/karabakh-2023/`);
			const follow = page.getByRole('link', { name: l.follow });
			await expect(follow).toBeVisible();
			const response = await page.request.get(
				new URL((await follow.getAttribute('href'))!, page.url()).href
			);
			expect(response.status()).toBe(200);
			const xml = await response.text();
			expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${l.lang}">`);
			expect(xml).toContain(
				`<entry>\n<id>tag:handover-monitor,2026:${l.lang}/karabakh-2023/2023-09-22/ru-mod</id>`
			);
		});

		test('new since your last visit: marked on the next visit, listed first, cleared', async ({
			browser
		}) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const errors = collectErrors(page);
			const base = `${ORIGIN}${l.prefix}/karabakh-2023/`;
			// The first visit marks nothing, and remembers what there is.
			await page.goto(base);
			await page.waitForFunction((key) => localStorage.getItem(key) !== null, SEEN_KEY);
			expect(await page.evaluate((key) => localStorage.getItem(key), SEEN_KEY)).toBe(
				'["karabakh-2023/2023-09-22/ru-mod"]'
			);
			await expect(page.locator('.seen-notice')).toHaveCount(0);

			publish(SEED_REPORTS + NEW_ROW);
			await page.goto(base);
			const notice = page.locator('[data-seen-notice] .seen-notice');
			await expect(notice.locator('strong')).toHaveText(l.fresh);
			await expectNoAxeViolations(page);
			await page.screenshot({
				path: `.cache/screenshots/changes-seen-${l.lang}.png`,
				fullPage: true
			});

			// The timeline and the reports table say it too; the new row is marked.
			await page.goto(`${base}timeline/`);
			await expect(notice.locator('strong')).toHaveText(l.fresh);
			await page.goto(`${base}reports/`);
			await expect(notice.locator('strong')).toHaveText(l.fresh);
			await expect(page.locator('tr[data-seen-new]')).toHaveCount(1);
			await expect(page.locator('tr[data-seen-new] > td').first()).toHaveAttribute(
				'data-seen-label',
				l.mark
			);
			await expect(page.locator('tr[data-seen-new]')).toHaveAttribute(
				'data-change',
				'2023-09-24/az-mfa'
			);

			// The changes page lists it first (the live data mounts the newer entries).
			await notice.getByRole('link', { name: l.see }).click();
			await expect(page).toHaveURL(`${base}changes/`);
			const entries = page.locator('li[data-change]');
			await expect(entries.first().getByRole('heading', { level: 2 })).toHaveText(l.newEntry);
			await expect(entries).toHaveCount(2);
			await expect(entries.first().locator('> article')).toHaveAttribute('data-seen-label', l.mark);
			await expectNoAxeViolations(page);
			await page.screenshot({
				path: `.cache/screenshots/changes-page-${l.lang}.png`,
				fullPage: true
			});

			// Mark all as seen clears it, on this page and the next visit.
			await page.goto(base);
			await notice.getByRole('button', { name: l.markAll }).click();
			await expect(page.locator('.seen-notice')).toHaveCount(0);
			// Listened for before the visit: a fetch that answered before the wait began would
			// otherwise hold the test until its timeout. The check may also fetch nothing new.
			const checked = page
				.waitForResponse(`${ORIGIN}/karabakh-2023/csv/reports.csv`, { timeout: 10_000 })
				.catch(() => null);
			await page.goto(base);
			await checked;
			await page.waitForTimeout(300);
			await expect(page.locator('.seen-notice')).toHaveCount(0);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('a fresh profile marks nothing, even with reports newer than the build', async ({
			browser
		}) => {
			publish(SEED_REPORTS + NEW_ROW);
			const context = await (browser as Browser).newContext();
			const page = await context.newPage();
			await page.goto(`${ORIGIN}${l.prefix}/karabakh-2023/`);
			await page.waitForFunction((key) => localStorage.getItem(key) !== null, SEEN_KEY);
			expect(await page.evaluate((key) => localStorage.getItem(key), SEEN_KEY)).toBe(
				'["karabakh-2023/2023-09-24/az-mfa","karabakh-2023/2023-09-22/ru-mod"]'
			);
			await expect(page.locator('.seen-notice')).toHaveCount(0);
			await context.close();
		});
	});
}
