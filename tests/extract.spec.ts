/**
 * "Paste a report" on the Data page, in both languages: the seed's Arabic report pasted gives
 * its five rows and two estimates, its figures highlighted; one row unticked, the others added,
 * the downloaded reports.csv holds them after the published rows. Axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { collectErrors } from './pages';

const SEED = path.resolve('tests/fixtures/datasets/karabakh-2023');
const seedReports = readFileSync(path.join(SEED, 'reports.csv'), 'utf8');
const TEXT = readFileSync(path.resolve('tests/fixtures/texts/karabakh-2023-seed.ar.txt'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

const LANGUAGES = [
	{
		name: 'English',
		url: '/karabakh-2023/data/',
		text: "The report's text",
		find: 'Find the figures',
		source: 'Source (every row)',
		date: 'Date (every row)',
		row: (n: number) => `Add row ${n}`,
		category: (n: number) => `Category (row ${n})`,
		add: 'Add selected (4)',
		added: 'Rows added to reports.csv: 4.',
		download: 'Download the updated reports.csv (4 reports added)',
		estimates: ['Armenian fighters in Karabakh: ≈10,000', 'Tanks and armoured vehicles: ≈100']
	},
	{
		name: 'Arabic',
		url: '/ar/karabakh-2023/data/',
		text: 'نص التقرير',
		find: 'استخرج الأعداد',
		source: 'المصدر (لكل الصفوف)',
		date: 'التاريخ (لكل الصفوف)',
		row: (n: number) => `أضف الصف ${n}`,
		category: (n: number) => `الفئة (الصف ${n})`,
		add: 'أضف المحدد (4)',
		added: 'الصفوف المضافة إلى reports.csv: 4.',
		download: null,
		estimates: ['المسلحون الأرمن في قره باغ: نحو 10,000', 'الدبابات والمدرعات: نحو 100']
	}
] as const;

for (const lang of LANGUAGES) {
	test(`${lang.name}: the seed report pasted gives 5 rows and 2 estimates; 4 added to reports.csv`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(lang.url);
		await page.getByLabel(lang.text, { exact: true }).fill(TEXT);
		await expect(page.getByRole('button', { name: lang.find })).toBeEnabled();
		await page.getByRole('button', { name: lang.find }).click();

		// The text with its seven figures highlighted, each as written.
		const marks = page.getByTestId('paste-marked').locator('mark');
		await expect(marks).toHaveText([
			'6 وحدات من المركبات المدرعة',
			'وصواريخ مضادة للدروع',
			'ومنظومات دفاع جوي محمولة',
			'وأكثر من 800 سلاح ناري',
			'ونحو 5 آلاف قطعة من الذخيرة',
			'نحو 10 آلاف مسلح',
			'نحو 100 دبابة ومدرعة'
		]);
		await expect(page.getByTestId('paste-marked')).toHaveText(TEXT.trim(), { useInnerText: false });
		await expect(page.getByTestId('paste-estimates').locator('li')).toHaveText([...lang.estimates]);
		await expect(page.getByTestId('paste-rows').locator(':scope > li')).toHaveCount(5);
		const categories = [1, 2, 3, 4, 5].map((n) =>
			page.getByRole('combobox', { name: lang.category(n), exact: true })
		);
		const expected = [
			'armored_vehicles',
			'anti_tank_missiles',
			'manpads',
			'firearms',
			'ammunition'
		];
		for (const [i, select] of categories.entries()) await expect(select).toHaveValue(expected[i]!);

		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('textbox', { name: lang.date, exact: true }).fill('2023-09-22');
		await page.getByRole('combobox', { name: lang.source, exact: true }).selectOption('ru-mod');
		await page.getByRole('checkbox', { name: lang.row(2), exact: true }).uncheck();
		await page.getByRole('button', { name: lang.add }).click();
		await expect(page.getByText(lang.added)).toBeVisible();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByTestId('paste-rows')
				.locator('xpath=..')
				.getByRole('link', lang.download ? { name: lang.download } : {})
				.first()
				.click()
		]);
		const saved = readFileSync((await download.path())!, 'utf8');
		expect(saved.startsWith(seedReports)).toBe(true);
		const rows = Papa.parse<string[]>(saved.slice(seedReports.length).trim()).data;
		expect(rows.map((r) => r.slice(0, 6).join(','))).toEqual([
			'2023-09-22,ru-mod,armored_vehicles,6,exact,cumulative',
			'2023-09-22,ru-mod,manpads,,,cumulative',
			'2023-09-22,ru-mod,firearms,800,more_than,cumulative',
			'2023-09-22,ru-mod,ammunition,5000,about,cumulative'
		]);
		expect(rows[0]![7]).toContain('إن الانفصاليين سلموا 6 وحدات من المركبات المدرعة');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
