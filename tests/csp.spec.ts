/**
 * The Content Security Policy (svelte.config.js, kit.csp) ships in every page, and no page
 * breaks it: every page the site links to is opened, with JavaScript and without, and the
 * browser must report no violation. A violation shows as a console error ("Refused to ...").
 */
import { expect, test, type Page } from '@playwright/test';

/** Console messages about the policy: the browser logs each violation, with or without JavaScript. */
function collectViolations(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) {
			violations.push(`${page.url()}: ${message.text()}`);
		}
	});
	return violations;
}

/** Every page of the site reachable from `/` by same-origin links (at most `limit`). */
async function sitePages(page: Page, limit = 60): Promise<string[]> {
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length > 0 && seen.size < limit) {
		const path = queue.shift()!;
		await page.goto(path);
		// The prerendered links are relative to the page ("../methodology/"), so by their origin.
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) =>
				(links as HTMLAnchorElement[])
					.filter((a) => a.origin === location.origin)
					.map((a) => a.pathname)
			);
		for (const href of hrefs) {
			if (seen.has(href) || seen.size >= limit || /\.\w+$/.test(href)) continue;
			seen.add(href);
			queue.push(href);
		}
	}
	return [...seen].sort();
}

test('every page has the policy as a meta tag, with hashed scripts only', async ({ page }) => {
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	// The pages have no inline script (islands, issue 7), so no hash may be needed at all.
	expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("base-uri 'self'");
	expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
});

/** The pages to open, found once, with JavaScript (a script reads the links). */
let pages: string[] = [];

test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: true });
	pages = await sitePages(await context.newPage());
	await context.close();
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('no page breaks the policy', async ({ page }) => {
			test.setTimeout(120_000);
			expect(pages.length).toBeGreaterThan(3);
			const violations = collectViolations(page);
			for (const path of pages) {
				await page.goto(path);
				await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
				if (javaScriptEnabled) await page.waitForLoadState('networkidle');
			}
			expect(violations).toEqual([]);
		});
	});
}
