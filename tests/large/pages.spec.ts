/**
 * Every page of the generated 100,000-row dataset opens: no console errors, every chart canvas
 * painted, no axe violations, and prerendered HTML of at most 100 KB (the pages ship aggregates
 * and one page of table rows, never all rows). Also prints the timeline's first render time.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectErrors } from '../pages';
import {
	expectCanvasesPainted,
	htmlBytes,
	ID,
	LARGE,
	MAX_HTML_BYTES,
	PAGES,
	watchFirstPaint
} from './helpers';
import { htmlPages } from '../../scripts/large-site';

for (const { path, charts } of PAGES) {
	test(`${path} opens with no console errors${charts ? ' and painted charts' : ''}`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		const response = await page.goto(path);
		expect(response?.status(), `${path} is not in the build`).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectCanvasesPainted(page, charts);
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});

	test(`${path}: axe finds no violations`, async ({ page }) => {
		await page.goto(path);
		await expectCanvasesPainted(page, charts);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});

	test(`${path}: prerendered HTML is at most 100 KB`, async ({ request }, testInfo) => {
		const bytes = await htmlBytes(request, path);
		testInfo.annotations.push({ type: 'html-bytes', description: String(bytes) });
		console.log(`HTML ${path}: ${(bytes / 1024).toFixed(1)} KB`);
		expect(bytes).toBeLessThanOrEqual(MAX_HTML_BYTES);
	});
}

test('every other prerendered page opens with no console errors, within 100 KB', async ({
	page
}) => {
	const tested = new Set(PAGES.map((p) => p.path));
	const others = htmlPages(LARGE.buildDir).filter((p) => p.url.endsWith('/') && !tested.has(p.url));
	console.log(`other pages: ${others.map((p) => p.url).join(' ') || 'none'}`);
	for (const other of others) {
		expect(other.bytes, `${other.url} HTML bytes`).toBeLessThanOrEqual(MAX_HTML_BYTES);
		const errors = collectErrors(page);
		const response = await page.goto(other.url);
		expect(response?.status()).toBe(200);
		await expectCanvasesPainted(page, false);
		await page.waitForLoadState('networkidle');
		expect(errors, other.url).toEqual([]);
		page.removeAllListeners('console');
		page.removeAllListeners('pageerror');
	}
});

test('the timeline’s first render over 100,000 reports (printed, not asserted)', async ({
	browser
}, testInfo) => {
	const runs: { painted: number; dcl: number; lastScript: number }[] = [];
	for (let run = 0; run < 3; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await watchFirstPaint(page);
		await page.goto(`/${ID}/timeline/`);
		await page.waitForFunction(
			() => (window as unknown as { __chartsPainted?: number }).__chartsPainted !== undefined,
			undefined,
			{ timeout: 30_000 }
		);
		runs.push(
			await page.evaluate(() => {
				const painted = (window as unknown as { __chartsPainted: number }).__chartsPainted;
				const navigation = performance.getEntriesByType(
					'navigation'
				)[0] as PerformanceNavigationTiming;
				// The last script that arrived before the paint: the chart code, lazily loaded.
				const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
					.filter((r) => r.initiatorType === 'script' || /\.m?js$/.test(new URL(r.name).pathname))
					.map((r) => r.responseEnd)
					.filter((end) => end <= painted);
				return {
					painted,
					dcl: navigation.domContentLoadedEventEnd,
					lastScript: Math.max(navigation.domContentLoadedEventEnd, ...scripts)
				};
			})
		);
		await context.close();
	}
	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	const painted = median(runs.map((r) => r.painted));
	const afterDcl = median(runs.map((r) => r.painted - r.dcl));
	const afterScripts = median(runs.map((r) => r.painted - r.lastScript));
	const line =
		`timeline first render (100,000 reports), median of ${runs.length}: ` +
		`${painted.toFixed(0)} ms from navigation start, ${afterDcl.toFixed(0)} ms after ` +
		`DOMContentLoaded, ${afterScripts.toFixed(0)} ms after the last script (the chart code) ` +
		`arrived (runs: ${runs.map((r) => r.painted.toFixed(0)).join(', ')} ms)`;
	console.log(line);
	testInfo.annotations.push({ type: 'timeline-first-render', description: line });
});
