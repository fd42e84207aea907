import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatQuantity } from '../src/lib/data/format';
import { QUALIFIER_RULES, statedToQuantity } from '../src/lib/data/quantity';
import { QUALIFIERS } from '../src/lib/data/types';
import { collectErrors, hydrated, PAGES } from './pages';

for (const path of PAGES) {
	test(`${path}: no console errors, a title, a description, one main landmark`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
		await expect(page).toHaveTitle(/Handover monitor/);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w/);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	});

	for (const { colorScheme, width } of [
		{ colorScheme: 'light', width: 1280 },
		{ colorScheme: 'dark', width: 1280 },
		{ colorScheme: 'light', width: 390 }
	] as const) {
		test(`${path}: axe finds no violations (${colorScheme}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			// Open the quotes so that axe checks them too.
			for (const details of await page.locator('details').all()) {
				await details.locator('summary').click();
			}
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		});
	}
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/karabakh-2023/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('the methodology page lists every qualifier, as the code counts it', async ({ page }) => {
	await page.goto('/methodology/');
	const table = page.getByRole('table');
	for (const qualifier of QUALIFIERS) {
		const row = table
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: qualifier }) });
		await expect(row).toHaveCount(1);
		// As the page writes each (view/methodology.ts's exampleFigure): n = 800, a range to 900.
		const high = qualifier === 'between' ? 900 : null;
		await expect(row).toContainText(
			formatQuantity(statedToQuantity({ value: 800, qualifier, high }))
		);
		await expect(row).toContainText(QUALIFIER_RULES[qualifier].interval);
	}
	for (const heading of [
		'Totals and increments',
		'Corrections',
		'Sources are never added together',
		'Items with no number',
		'Share of an estimate',
		'Shares and ranges',
		'Handed over, verified, seized, destroyed'
	]) {
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	}
});

test('the overview ships little JavaScript before its chart', async ({ page }, testInfo) => {
	const { gzipSync } = await import('node:zlib');
	const sizes: Promise<{ url: string; raw: number; gzip: number }>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		sizes.push(
			response.body().then((body) => ({
				url: new URL(response.url()).pathname,
				raw: body.length,
				gzip: gzipSync(body, { level: 9 }).length
			}))
		);
	});
	const html = await (await page.request.get('/karabakh-2023/')).text();
	await page.goto('/karabakh-2023/');
	await hydrated(page);
	await page.waitForLoadState('networkidle');
	const all = await Promise.all(sizes);
	// No SvelteKit client (csr = false): the page's one script is the islands' entry.
	expect(all.filter((f) => f.url.includes('/entry/'))).toEqual([]);
	expect(html).toMatch(/<script type="module" src="[^"]+"><\/script>/);
	// The scripts that the prerendered HTML names: the entry and Svelte's runtime. The islands
	// and the chart's code (Chart.js) load after, by dynamic imports.
	const files = all.filter((f) => html.includes(f.url.split('/').pop()!));
	const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
	testInfo.annotations.push({
		type: 'js-gzip-bytes',
		description: `${gzip} bytes gzip in ${files.length} files`
	});
	console.log(`overview JavaScript: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} files`);
	expect(files.length).toBeGreaterThan(0);
	// Not the budget (40 KB before charts, all JS 100 KB: `npm run budget`, fatal in CI), a
	// tripwire: Svelte's runtime and the entry are about 22 KB gzip; a library slipping into
	// the first load (Chart.js alone would add 50 KB) fails here.
	expect(gzip).toBeLessThan(28 * 1024);
});
