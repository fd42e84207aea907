/**
 * Screenshots to look at (not compared): .cache/screenshots/<page>-<scheme>-<width>.png.
 * Quotes are opened so that the Arabic text is in the picture.
 */
import { test } from '@playwright/test';

const SHOTS = [
	{ name: 'overview', path: '/karabakh-2023/' },
	{ name: 'methodology', path: '/methodology/' },
	// Issue 14's real dataset: its overview, timeline and weapons, in English and Arabic.
	{ name: 'colombia-overview', path: '/colombia-2017/' },
	{ name: 'colombia-timeline', path: '/colombia-2017/timeline/' },
	{ name: 'colombia-weapons', path: '/colombia-2017/category/weapons/' },
	{ name: 'ar-colombia-overview', path: '/ar/colombia-2017/' },
	{ name: 'ar-colombia-timeline', path: '/ar/colombia-2017/timeline/' },
	{ name: 'ar-colombia-weapons', path: '/ar/colombia-2017/category/weapons/' }
];
const VIEWPORTS = [
	{ label: 'desktop', width: 1280, height: 900 },
	{ label: 'phone', width: 390, height: 844 }
];

for (const shot of SHOTS) {
	for (const viewport of VIEWPORTS) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`screenshot ${shot.name} ${colorScheme} ${viewport.label}`, async ({ page }) => {
				await page.setViewportSize({ width: viewport.width, height: viewport.height });
				await page.emulateMedia({ colorScheme });
				await page.goto(shot.path);
				const firstQuote = page.locator('details').first();
				if ((await firstQuote.count()) > 0) await firstQuote.locator('summary').click();
				await page.screenshot({
					path: `.cache/screenshots/${shot.name}-${colorScheme}-${viewport.label}.png`,
					fullPage: true
				});
			});
		}
	}
}
