/**
 * Arabic-Indic digits, when the reader chose them: from the first paint (static/digits-early.js,
 * before any of the page's code), in every text the charts draw (charts/digits-plugin.ts), and
 * in the exported SVG's text.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const OVERVIEW = '/ar/karabakh-2023/';

async function chooseArabicDigits(page: Page) {
	await page.addInitScript(() => {
		localStorage.setItem('handover-monitor:digits', 'arab');
		// Every text drawn on a canvas, as drawn (after the chart's own reshaping).
		const drawn: string[] = [];
		(window as unknown as { __drawn: string[] }).__drawn = drawn;
		const fill = CanvasRenderingContext2D.prototype.fillText;
		CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
			drawn.push(String(text));
			return fill.call(this, text, ...rest);
		};
	});
}

test('the first paint already has Arabic-Indic digits, with none of the page’s code run', async ({
	page
}) => {
	await chooseArabicDigits(page);
	// The page's own JavaScript never arrives: only the head's small script can reshape.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto(OVERVIEW);
	await expect(page.locator('html')).toHaveClass(/digits-arab/);
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText('٢٠٢٣');
	expect(await footer.innerText()).not.toMatch(/[0-9]/);
});

test('a chart draws every number in Arabic-Indic digits, and its SVG export writes them', async ({
	page
}) => {
	await chooseArabicDigits(page);
	await page.goto(OVERVIEW);
	const figure = page.getByRole('figure').first();
	await expect(figure.locator('canvas[data-chart="ready"]')).toBeAttached();
	await expect(page.locator('html')).toHaveClass(/digits-arab/);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn))
		.toContainEqual(expect.stringMatching(/[٠-٩]/));
	const drawn = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
	// The last drawing of the chart (after the digits applied): no Latin digit in any text.
	const withDigits = drawn.filter((t) => /[0-9٠-٩]/.test(t));
	expect(withDigits.slice(-8).filter((t) => /[0-9]/.test(t))).toEqual([]);

	const [file] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: /SVG/ }).click()
	]);
	const svg = await readFile((await file.path())!, 'utf8');
	const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
	// Every text but the site's address (a link keeps its digits) is in Arabic-Indic digits.
	const latin = texts.filter((t) => /[0-9]/.test(t) && !t.includes('http'));
	expect(latin).toEqual([]);
	expect(texts.some((t) => /[٠-٩]/.test(t))).toBe(true);
});
