/**
 * The site in Arabic (issue 6): the Arabic pages carry `<html lang="ar" dir="rtl">` in their
 * prerendered HTML, show the data's Arabic labels and the same figures as the English pages in
 * Arabic words, draw their charts, pass axe, and the language switch keeps the view (path and
 * filters). Screenshots of the Arabic overview, timeline and reports pages, light and dark, go
 * to .cache/screenshots/ to be looked at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pages';

const DATASET = 'karabakh-2023';
const AR = `/ar/${DATASET}/`;

const ARABIC_PAGES = [
	{ name: 'overview', path: AR },
	{ name: 'timeline', path: `${AR}timeline/` },
	{ name: 'reports', path: `${AR}reports/` },
	{ name: 'sources', path: `${AR}sources/` },
	{ name: 'category', path: `${AR}category/firearms/` },
	{ name: 'methodology', path: '/ar/methodology/' }
] as const;

/** Each card's figure, by category id (the heading's id is `category-<id>`). */
async function figures(page: Page): Promise<Record<string, string>> {
	return page
		.locator('article.card')
		.evaluateAll((cards) =>
			Object.fromEntries(
				cards.map((card) => [
					card.querySelector('h3')?.id ?? '',
					card.querySelector('.figure .number')?.textContent?.trim() ?? ''
				])
			)
		);
}

/** The numbers in a text, without grouping: "أكثر من 5,000" -> ["5000"]. */
const numbers = (text: string) => (text.replaceAll(',', '').match(/\d+/g) ?? []).join(' ');

/** How many pixels of each canvas are painted, once every chart of the page is ready. */
async function paintedCharts(page: Page): Promise<number[]> {
	const canvases = page.locator('canvas[role="img"]');
	await expect(canvases.first()).toBeAttached();
	await expect(page.locator('canvas[data-chart="ready"]')).toHaveCount(await canvases.count());
	return canvases.evaluateAll((elements) =>
		(elements as HTMLCanvasElement[]).map((canvas) => {
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			let painted = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
			return painted;
		})
	);
}

test.describe('the Arabic overview', () => {
	test('is right to left, in Arabic, with the same figures as the English page', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`/${DATASET}/`);
		const english = await figures(page);

		await page.goto(AR);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(
			page.getByRole('heading', {
				level: 1,
				name: 'تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023'
			})
		).toBeVisible();
		// The categories' Arabic labels, from label_ar in categories.csv.
		const card = (name: string) => page.getByRole('article', { name, exact: true });
		await expect(card('المركبات المدرعة')).toBeVisible();
		await expect(card('الأسلحة النارية')).toBeVisible();
		// The source's strength in words: "800+" is "أكثر من 800", "≈10,000" is "نحو 10,000".
		await expect(card('الأسلحة النارية').getByText('أكثر من 800', { exact: true })).toBeVisible();
		await expect(card('الأسلحة النارية').getByText('نحو 10,000', { exact: true })).toBeVisible();
		await expect(card('المركبات المدرعة').getByText('6', { exact: true })).toBeVisible();

		const arabic = await figures(page);
		expect(Object.keys(arabic)).toEqual(Object.keys(english));
		for (const id of Object.keys(english)) {
			expect(numbers(arabic[id]!), id).toBe(numbers(english[id]!));
		}
		expect(english['category-firearms']).toBe('800+');
		expect(arabic['category-firearms']).toBe('أكثر من 800');
		await expect(page.getByRole('contentinfo')).toContainText('الأرقام حتى 22 سبتمبر 2023.');
		expect(errors).toEqual([]);
	});

	test('is right to left in the prerendered HTML itself (no JavaScript)', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const { path } of ARABIC_PAGES) {
			await page.goto(path);
			await expect(page.locator('html'), path).toHaveAttribute('lang', 'ar');
			await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl');
		}
		await page.goto(`/${DATASET}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await context.close();
	});

	test('draws its charts, right to left', async ({ page }) => {
		for (const path of [AR, `${AR}timeline/`]) {
			await page.goto(path);
			const painted = await paintedCharts(page);
			expect(painted.length, path).toBeGreaterThan(0);
			for (const pixels of painted) expect(pixels, path).toBeGreaterThan(1000);
		}
	});

	test('keeps quotes in their own language and direction', async ({ page }) => {
		await page.goto(AR);
		const quote = page.locator('blockquote', { hasText: 'وأكثر من 800 سلاح ناري' });
		await expect(quote).toHaveAttribute('lang', 'ar');
		await expect(quote).toHaveAttribute('dir', 'rtl');
	});
});

test.describe('axe on the Arabic pages', () => {
	for (const { name, path } of ARABIC_PAGES) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`${name} (${colorScheme}) has no violations`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			});
		}
	}
});

test.describe('the language switch', () => {
	test('keeps the reports page’s filters, both ways', async ({ page }) => {
		await page.goto(`/${DATASET}/reports/?category=firearms`);
		await expect(page.getByLabel('Category')).toHaveValue('firearms');
		const arabic = page.getByRole('link', { name: 'العربية' });
		await expect(arabic).toHaveAttribute('href', `${AR}reports/?category=firearms`);
		await arabic.click();
		await expect(page).toHaveURL(`${AR}reports/?category=firearms`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.getByLabel('الفئة')).toHaveValue('firearms');
		await expect(page.getByRole('table')).toContainText('الأسلحة النارية');
		await expect(page.getByRole('table')).not.toContainText('المركبات المدرعة');

		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(`/${DATASET}/reports/?category=firearms`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.getByLabel('Category')).toHaveValue('firearms');
	});

	test('keeps the timeline’s category', async ({ page }) => {
		await page.goto(`${AR}timeline/?category=firearms`);
		const link = page.getByRole('link', { name: 'English' });
		await expect(link).toHaveAttribute('href', `/${DATASET}/timeline/?category=firearms`);
		await link.click();
		await expect(page).toHaveURL(`/${DATASET}/timeline/?category=firearms`);
	});

	test('links inside an Arabic page stay in Arabic', async ({ page }) => {
		await page.goto(AR);
		const nav = page.getByRole('navigation');
		// The address it opens (prerendered relative to the page: the pages do not hydrate).
		const timeline = nav.getByRole('link', { name: 'الخط الزمني' });
		expect(await timeline.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe(
			`${AR}timeline/`
		);
		await nav.getByRole('link', { name: 'التقارير' }).click();
		await expect(page).toHaveURL(`${AR}reports/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	});
});

test.describe('digits', () => {
	test('are Latin as prerendered, Arabic-Indic by choice, and the choice is kept', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(AR);
		const firearms = page.getByRole('article', { name: 'الأسلحة النارية', exact: true });
		await expect(firearms.getByText('أكثر من 800', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: /الأرقام/ }).click();
		await expect(firearms.getByText('أكثر من ٨٠٠', { exact: true })).toBeVisible();
		await expect(firearms.getByText('نحو ١٠٬٠٠٠', { exact: true })).toBeVisible();
		// The report's own words keep the digits the source wrote.
		await expect(firearms.locator('blockquote', { hasText: 'سلاح ناري' })).toContainText('800');
		await expect(page.locator('html')).toHaveClass(/digits-arab/);
		await page.reload();
		await expect(firearms.getByText('أكثر من ٨٠٠', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: /الأرقام/ }).click();
		await expect(firearms.getByText('أكثر من 800', { exact: true })).toBeVisible();
		expect(errors).toEqual([]);
	});
});

test.describe('screenshots to look at', () => {
	for (const { name, path } of ARABIC_PAGES.slice(0, 3)) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`ar ${name} (${colorScheme})`, async ({ page }) => {
				await page.setViewportSize({ width: 1280, height: 900 });
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				if (name !== 'reports') await paintedCharts(page);
				await page.screenshot({
					path: `.cache/screenshots/ar-${name}-${colorScheme}.png`,
					fullPage: true
				});
			});
		}
	}
});
