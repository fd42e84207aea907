/**
 * Exports, embeds and date filters in the reader's language (issue 6): on /ar/ pages the PNG and
 * SVG carry the Arabic title, source line and credit, right to left; the CSV keeps its English
 * header with Arabic labels; the embed snippet points at the Arabic embed view, which opens in
 * Arabic, right to left; the reports' date filters read the same in both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { collectErrors, hydrated } from './pages';

const DATASET = 'karabakh-2023';
const AR = `/ar/${DATASET}/`;
const AS_OF = '2023-09-22';
const TITLE = 'النسبة المُسلَّمة من كل تقدير';
const SOURCE_LINE = 'المصدر: وزارة الدفاع الروسية، 22 سبتمبر 2023؛ التقدير: الحكومة الأذربيجانية';
const SUBTITLE = 'تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023، حتى 22 سبتمبر 2023';

let errors: string[] = [];
test.beforeEach(({ page }) => {
	errors = collectErrors(page);
});
test.afterEach(() => {
	expect(errors).toEqual([]);
});

async function chartFigure(page: Page, title: string): Promise<Locator> {
	const figure = page.getByRole('figure', { name: title });
	await expect(figure.locator('canvas[data-chart="ready"]')).toBeAttached();
	return figure;
}

async function download(page: Page, button: Locator): Promise<Download> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return file;
}

/** The file's bytes; a copy goes to .cache/i6b/ to be looked at. */
async function bytesOf(file: Download): Promise<Buffer> {
	await file.saveAs(`.cache/i6b/ar-${file.suggestedFilename()}`);
	return readFile((await file.path())!);
}

/** Records what the page writes on any canvas (the PNG's words are pixels, not text). */
async function recordCanvasText(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const drawn: { text: string; direction: string }[] = [];
		(window as unknown as { drawnText: typeof drawn }).drawnText = drawn;
		const fillText = CanvasRenderingContext2D.prototype.fillText;
		CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
			drawn.push({ text: String(text), direction: this.direction });
			return fillText.call(this, text, ...rest);
		};
	});
}

test.describe('an Arabic page’s downloads', () => {
	test('PNG: the Arabic title, dataset, source line and credit, right to left', async ({
		page
	}) => {
		await recordCanvasText(page);
		await page.goto(AR);
		const figure = await chartFigure(page, TITLE);
		const file = await download(page, figure.getByRole('button', { name: 'تنزيل PNG' }));
		expect(file.suggestedFilename()).toBe(`${DATASET}-progress-${AS_OF}.png`);
		const png = await bytesOf(file);
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		const drawn = await page.evaluate(
			() => (window as unknown as { drawnText: { text: string; direction: string }[] }).drawnText
		);
		const rtl = drawn.filter((d) => d.direction === 'rtl').map((d) => d.text);
		expect(rtl).toContain(TITLE);
		expect(rtl).toContain(SUBTITLE);
		expect(rtl).toContain(SOURCE_LINE);
		expect(rtl).toContainEqual(
			expect.stringMatching(/^مرصد تسليم الأسلحة: http:\/\/.+\/ar\/karabakh-2023\/\u200e$/)
		);
	});

	test('SVG: parseable, the Arabic title, source line and labels as right-to-left text', async ({
		page
	}) => {
		await page.goto(AR);
		const figure = await chartFigure(page, TITLE);
		const file = await download(page, figure.getByRole('button', { name: 'تنزيل SVG' }));
		expect(file.suggestedFilename()).toBe(`${DATASET}-progress-${AS_OF}.svg`);
		const svg = (await bytesOf(file)).toString('utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const texts = [...doc.querySelectorAll('text')];
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.nodeName,
				texts: texts.map((t) => t.textContent ?? ''),
				rtl: texts.filter((t) => t.getAttribute('direction') === 'rtl').map((t) => t.textContent)
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		for (const text of [TITLE, SUBTITLE, SOURCE_LINE]) expect(parsed.rtl).toContain(text);
		const all = parsed.texts.join('\n');
		for (const label of ['المركبات المدرعة', 'الأسلحة النارية']) expect(all).toContain(label);
	});

	test('with Arabic-Indic digits chosen, the picture’s figures are Arabic-Indic', async ({
		page
	}) => {
		await page.goto(AR);
		await hydrated(page);
		await page.getByRole('button', { name: /الأرقام/ }).click();
		await expect(page.locator('html')).toHaveClass(/digits-arab/);
		const figure = await chartFigure(page, TITLE);
		const file = await download(page, figure.getByRole('button', { name: 'تنزيل SVG' }));
		const svg = (await bytesOf(file)).toString('utf8');
		expect(svg).toContain('المصدر: وزارة الدفاع الروسية، ٢٢ سبتمبر ٢٠٢٣؛');
	});

	test('CSV: the English header, Arabic labels, the figures as the source gave them', async ({
		page
	}) => {
		await page.goto(`${AR}category/firearms/`);
		const figure = await chartFigure(page, 'الأسلحة النارية: المُسلَّم، تراكمي');
		const file = await download(page, figure.getByRole('button', { name: 'تنزيل CSV' }));
		expect(file.suggestedFilename()).toBe(`${DATASET}-timeline-firearms-${AS_OF}.csv`);
		const text = (await bytesOf(file)).toString('utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
			header: true,
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([
			'category',
			'source',
			'date',
			'figure',
			'low',
			'high',
			'qualifier',
			'reports',
			'quote',
			'link',
			'unit',
			'measure',
			'quantity_high'
		]);
		expect(parsed.data).toEqual([
			{
				category: 'الأسلحة النارية',
				source: 'وزارة الدفاع الروسية',
				date: '2023-09-22',
				figure: '800+',
				low: '801',
				high: '',
				qualifier: 'more_than',
				reports: '1',
				quote: 'وأكثر من 800 سلاح ناري',
				link: '',
				unit: 'count',
				measure: 'handed_over',
				quantity_high: ''
			}
		]);
	});

	test('the reports table’s CSV: Arabic source, side and category', async ({ page }) => {
		await page.goto(`${AR}reports/?category=firearms`);
		await hydrated(page);
		const file = await download(page, page.getByRole('button', { name: 'تنزيل CSV' }));
		expect(file.suggestedFilename()).toBe(`${DATASET}-reports-${AS_OF}.csv`);
		const text = (await bytesOf(file)).toString('utf8');
		const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
			header: true,
			skipEmptyLines: true
		});
		expect(parsed.data.map((r) => [r.date, r.source, r.side, r.category, r.figure])).toEqual([
			['2023-09-22', 'وزارة الدفاع الروسية', 'روسيا (قوة حفظ السلام)', 'الأسلحة النارية', '800+']
		]);
	});
});

test.describe('Arabic embeds', () => {
	test('the Embed button gives the Arabic embed view', async ({ page }) => {
		await page.goto(AR);
		const figure = await chartFigure(page, TITLE);
		await figure.getByRole('button', { name: 'تضمين' }).click();
		const code = figure.getByRole('textbox', { name: 'شيفرة HTML تعرض هذا الرسم في صفحة أخرى' });
		await expect(code).toHaveValue(
			new RegExp(
				`^<iframe src="http://localhost:\\d+/ar/${DATASET}/embed/progress/" title="${TITLE}" `
			)
		);
	});

	test('the category timeline’s snippet names its Arabic embed view', async ({ page }) => {
		await page.goto(`${AR}category/firearms/`);
		const figure = await chartFigure(page, 'الأسلحة النارية: المُسلَّم، تراكمي');
		await figure.getByRole('button', { name: 'تضمين' }).click();
		await expect(figure.getByRole('textbox')).toHaveValue(
			new RegExp(`src="http://localhost:\\d+/ar/${DATASET}/embed/timeline/firearms/"`)
		);
	});

	const EMBEDS = [
		{ path: `${AR}embed/progress/`, title: TITLE, back: `${AR}` },
		{
			path: `${AR}embed/timeline/`,
			title: 'كل الفئات: المُسلَّم، تراكمي',
			back: `${AR}timeline/`
		},
		{
			path: `${AR}embed/timeline/firearms/`,
			title: 'الأسلحة النارية: المُسلَّم، تراكمي',
			back: `${AR}category/firearms/`
		}
	];
	for (const embed of EMBEDS) {
		test(`${embed.path}: Arabic, right to left, its source line and a link back`, async ({
			page
		}) => {
			const response = await page.goto(embed.path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await chartFigure(page, embed.title);
			await expect(page.getByRole('navigation')).toHaveCount(0);
			await expect(page.getByText(SOURCE_LINE, { exact: true })).toBeVisible();
			const back = page.getByRole('link', { name: 'افتح هذا الرسم في مرصد تسليم الأسلحة' });
			const href = await back.getAttribute('href');
			expect(new URL(href!, page.url()).pathname).toBe(embed.back);
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
			// Its export data is in Arabic too (what an Arabic page's downloads fetch).
			const data = await page.request.get(new URL('export.json', page.url()).href);
			expect(data.ok()).toBe(true);
			expect(((await data.json()) as { locale: string }).locale).toBe('ar');
		});
	}
});

test.describe('the reports’ date filters', () => {
	const table = (page: Page, name: string) => page.getByRole('table', { name }).locator('tbody tr');

	test('in English: ISO dates, applied as typed, a clear error for a date that is not one', async ({
		page
	}) => {
		await page.goto(`/${DATASET}/reports/`);
		await hydrated(page);
		const from = page.getByRole('textbox', { name: 'From' });
		await expect(from).toHaveAccessibleDescription(
			'Year-month-day; the reports run from \u20682023-09-22\u2069 to \u20682023-09-22\u2069'
		);
		await from.fill('2023-09-23');
		await expect(page).toHaveURL(/\/reports\/\?from=2023-09-23$/);
		await expect(table(page, 'Reported figures')).toHaveCount(0);
		await from.fill('2023-02-30');
		await from.press('Tab');
		await expect(from).toHaveAttribute('aria-invalid', 'true');
		await expect(from).toHaveAccessibleDescription(
			'“\u20682023-02-30\u2069” is not a date: write year-month-day, for example 2023-09-22. This filter is not applied.'
		);
		await expect(page).toHaveURL(/\/reports\/$/);
		await expect(table(page, 'Reported figures')).toHaveCount(5);
		// A looser form reads as the date it is, once the field is left.
		await from.fill('2023/9/22');
		await from.press('Enter');
		await expect(page).toHaveURL(/\/reports\/\?from=2023-09-22$/);
		await expect(from).toHaveValue('2023-09-22');
		await expect(from).toHaveAttribute('aria-invalid', 'false');
	});

	test('in Arabic: the date read in Arabic, Arabic-Indic digits accepted, the order checked', async ({
		page
	}) => {
		await page.goto(`${AR}reports/`);
		await hydrated(page);
		const from = page.getByRole('textbox', { name: 'من' });
		const to = page.getByRole('textbox', { name: 'إلى' });
		await from.fill('٢٠٢٣-٠٩-٢٢');
		await expect(page).toHaveURL(/\/ar\/karabakh-2023\/reports\/\?from=2023-09-22$/);
		await expect(from).toHaveValue('2023-09-22');
		await expect(from).toHaveAccessibleDescription('22 سبتمبر 2023');
		await expect(table(page, 'الأرقام المعلنة')).toHaveCount(5);
		await to.fill('2023-09-21');
		await expect(page).toHaveURL(/\?from=2023-09-22&to=2023-09-21$/);
		await expect(to).toHaveAccessibleDescription(
			'تاريخ «من» (22 سبتمبر 2023) بعد تاريخ «إلى» (21 سبتمبر 2023): لا يمكن أن يطابقهما أي تقرير.'
		);
		await expect(table(page, 'الأرقام المعلنة')).toHaveCount(0);
		await to.fill('أمس');
		await to.press('Tab');
		await expect(to).toHaveAccessibleDescription(/^«\u2068أمس\u2069» ليس تاريخًا/);
		// A link with the dates opens with them in the fields.
		await page.goto(`${AR}reports/?from=2023-09-22`);
		await hydrated(page);
		await expect(page.getByRole('textbox', { name: 'من' })).toHaveValue('2023-09-22');
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});

	test('without JavaScript the form still sends the dates in the URL', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${AR}reports/`);
		await page.getByRole('textbox', { name: 'من' }).fill('2023-09-22');
		await page.getByRole('button', { name: 'تطبيق' }).click();
		await expect(page).toHaveURL(/\/ar\/karabakh-2023\/reports\/\?.*from=2023-09-22/);
		await context.close();
	});
});
