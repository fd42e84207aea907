/**
 * The reports page on the bundled dataset: the prerendered table, sorting, filters that live in
 * the URL, the navigation, the colour theme, axe in both themes, and screenshots to look at.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, hydrated } from './pages';

const REPORTS = '/karabakh-2023/reports/';

const table = (page: Page) => page.getByRole('table', { name: 'Reported figures' });
const rows = (page: Page) => table(page).locator('tbody tr');
/** The figure column (the fourth), as the rows show it. */
const figures = (page: Page) => rows(page).locator('td:nth-child(4)');
const header = (page: Page, name: RegExp) => table(page).getByRole('columnheader', { name });
const status = (page: Page) => page.getByRole('status');

/** In file order, the seed's five figures, all from one source on one day. */
const SEED_FIGURES = ['6', 'no number given', 'no number given', '800+', '≈5,000'];
/** Sorted by figure, largest first: reports with no number last, in file order. */
const BY_FIGURE_DESCENDING = ['≈5,000', '800+', '6', 'no number given', 'no number given'];

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test('the prerendered table: every figure in the source’s strength, with source, side and words', async ({
	page
}) => {
	const errors = collectErrors(page);
	const json: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/reports.json')) json.push(request.url());
	});
	await page.goto(REPORTS);
	await expect(page).toHaveTitle(/^Reports: Nagorno-Karabakh weapons handover/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports');
	await expect(status(page)).toHaveText('Showing 1–5 of 5 figures');
	await expect(figures(page)).toHaveText(SEED_FIGURES);

	const firearms = rows(page).filter({ hasText: '800+' });
	await expect(firearms.locator('td').nth(0)).toHaveText('2023-09-22');
	await expect(firearms.locator('td').nth(1)).toContainText('Russian Ministry of Defence');
	await expect(firearms.locator('td').nth(1)).toContainText('Russia (peacekeeping force)');
	await expect(firearms.getByRole('link', { name: 'Firearms' })).toHaveAttribute(
		'href',
		/\/karabakh-2023\/category\/firearms\/$/
	);
	await expect(firearms.locator('td').nth(4)).toHaveText('cumulative');
	const quote = firearms.locator('td').nth(5).locator('span');
	await expect(quote).toHaveText('وأكثر من 800 سلاح ناري');
	await expect(quote).toHaveAttribute('lang', 'ar');
	await expect(quote).toHaveAttribute('dir', 'rtl');

	await expect(page.getByRole('contentinfo')).toContainText('Figures as reported by Al Jazeera');
	await expect(page.getByRole('contentinfo')).toContainText('Figures as of 2023-09-22.');
	await page.waitForLoadState('networkidle');
	// The default view is the prerendered one: the whole list is not fetched.
	expect(json).toEqual([]);
	expect(errors).toEqual([]);
});

test('a click on a column’s header sorts by it, both ways, and says so in aria-sort', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(REPORTS);
	await expect(header(page, /^Date/)).toHaveAttribute('aria-sort', 'descending');
	await expect(header(page, /^Figure/)).toHaveAttribute('aria-sort', 'none');

	await header(page, /^Figure/)
		.getByRole('button')
		.click();
	await expect(header(page, /^Figure/)).toHaveAttribute('aria-sort', 'ascending');
	await expect(header(page, /^Date/)).toHaveAttribute('aria-sort', 'none');
	// Smallest first by lower bound (800+ is at least 801); reports with no number last.
	await expect(figures(page)).toHaveText([
		'6',
		'800+',
		'≈5,000',
		'no number given',
		'no number given'
	]);
	await expect(page).toHaveURL(/\?sort=figure$/);

	await header(page, /^Figure/)
		.getByRole('button')
		.click();
	await expect(header(page, /^Figure/)).toHaveAttribute('aria-sort', 'descending');
	await expect(figures(page)).toHaveText(BY_FIGURE_DESCENDING);
	await expect(page).toHaveURL(/\?sort=figure&dir=desc$/);

	await header(page, /^Category/)
		.getByRole('button')
		.click();
	await expect(rows(page).locator('td:nth-child(3)')).toHaveText([
		'Ammunition',
		'Anti-armour missiles',
		'Armoured vehicles',
		'Firearms',
		'Man-portable air-defence systems'
	]);
	expect(errors).toEqual([]);
});

test('the keyboard sorts too, and the focus stays, visibly, on the button', async ({ page }) => {
	await page.goto(REPORTS);
	await header(page, /^Date/).getByRole('button').focus();
	await page.keyboard.press('Tab');
	const source = header(page, /^Source and side/).getByRole('button');
	await expect(source).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(header(page, /^Source and side/)).toHaveAttribute('aria-sort', 'ascending');
	await expect(page).toHaveURL(/\?sort=source$/);
	await expect(source).toBeFocused();
	const outline = await source.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

test('choosing a category filters the rows and puts the filter in the URL', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(REPORTS);
	await expect(figures(page)).toHaveCount(5);
	await hydrated(page);
	// As a reader would: focus the select, then choose (selectOption alone does not focus).
	await page.getByLabel('Category').focus();
	await page.getByLabel('Category').selectOption('firearms');
	await expect(page).toHaveURL(/\/karabakh-2023\/reports\/\?category=firearms$/);
	await expect(figures(page)).toHaveText(['800+']);
	await expect(status(page)).toHaveText('Showing the 1 figure that matches the filters (5 in all)');
	await expect(page.getByLabel('Category')).toBeFocused();

	await page.getByLabel('Source').selectOption('ru-mod');
	await expect(page).toHaveURL(/\?category=firearms&source=ru-mod$/);
	await expect(figures(page)).toHaveText(['800+']);

	await page.getByLabel('Category').selectOption('');
	await expect(page).toHaveURL(/\?source=ru-mod$/);
	await expect(figures(page)).toHaveCount(5);

	await page.getByLabel('From').fill('2023-09-23');
	await expect(page).toHaveURL(/\?source=ru-mod&from=2023-09-23$/);
	await expect(status(page)).toHaveText('No figure matches these filters.');
	await expect(table(page)).toHaveCount(0);
	await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page).toHaveURL(/\/karabakh-2023\/reports\/$/);
	await expect(figures(page)).toHaveText(SEED_FIGURES);
	expect(errors).toEqual([]);
});

test('a link with filters opens the same view in a new page', async ({ context }) => {
	const first = await context.newPage();
	await first.goto(REPORTS);
	await hydrated(first);
	await first.getByLabel('Category').selectOption('firearms');
	await first.getByLabel('Source').selectOption('ru-mod');
	await expect(first).toHaveURL(/\?category=firearms&source=ru-mod$/);
	// The rows of the filtered view, once shown (the address may change before the table does).
	await expect(figures(first)).toHaveText(['800+']);
	const shown = await rows(first).allInnerTexts();

	const second = await context.newPage();
	const errors = collectErrors(second);
	await second.goto(`${REPORTS}?category=firearms&source=ru-mod`);
	await expect(figures(second)).toHaveText(['800+']);
	expect(await rows(second).allInnerTexts()).toEqual(shown);
	await expect(second.getByLabel('Category')).toHaveValue('firearms');
	await expect(second.getByLabel('Source')).toHaveValue('ru-mod');
	await expect(status(second)).toHaveText(
		'Showing the 1 figure that matches the filters (5 in all)'
	);
	expect(errors).toEqual([]);
});

test('Download CSV gives the filtered rows in the order shown, every page of them', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(`${REPORTS}?sort=figure&dir=desc`);
	await hydrated(page);
	await expect(figures(page)).toHaveText(BY_FIGURE_DESCENDING);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(file.suggestedFilename()).toBe('karabakh-2023-reports-2023-09-22.csv');
	const text = await readFile((await file.path())!, 'utf8');
	const lines = text
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe(
		'date,source,side,category,figure,low,high,qualifier,basis,quote,link,unit,measure,quantity_high'
	);
	expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual([
		'Ammunition',
		'Firearms',
		'Armoured vehicles',
		'Anti-armour missiles',
		'Man-portable air-defence systems'
	]);
	await expect(page.getByText('karabakh-2023-reports-2023-09-22.csv')).toBeVisible();
	expect(errors).toEqual([]);
});

test('bad parameters in a link are ignored, not an error', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(`${REPORTS}?category=planes&from=2023-02-30&page=-3&sort=evil&dir=up`);
	await expect(figures(page)).toHaveText(SEED_FIGURES);
	await expect(status(page)).toHaveText('Showing 1–5 of 5 figures');
	await expect(page.getByLabel('Category')).toHaveValue('');
	expect(errors).toEqual([]);
});

test('the navigation: one click between the pages, the current one marked', async ({ page }) => {
	const errors = collectErrors(page);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await page.goto(REPORTS);
	await expect(nav.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
	await expect(nav.locator('[aria-current]')).toHaveCount(1);

	// The methodology page last: a page of no dataset links into the default dataset (the first
	// by id, colombia-2017 among the fixtures), not back into the one the reader came from.
	const steps = [
		{ link: 'Sources', url: /\/karabakh-2023\/sources\/$/, heading: 'Sources' },
		{ link: 'Timeline', url: /\/karabakh-2023\/timeline\/$/, heading: null },
		{ link: 'Reports', url: /\/karabakh-2023\/reports\/$/, heading: 'Reports' },
		{ link: 'Overview', url: /\/karabakh-2023\/$/, heading: /Nagorno-Karabakh/ },
		{
			link: 'How figures are counted',
			url: /\/methodology\/$/,
			heading: 'How figures are counted'
		}
	];
	for (const step of steps) {
		await nav.getByRole('link', { name: step.link, exact: true }).click();
		await expect(page).toHaveURL(step.url);
		await expect(nav.getByRole('link', { name: step.link, exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
		if (step.heading) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.heading);
		}
		await expect(page.getByRole('contentinfo')).toContainText(
			step.link === 'How figures are counted' ? 'Handover monitor' : 'Figures as of 2023-09-22.'
		);
	}

	// The overview's cards and the reports table link to each category's page.
	await page.goto('/karabakh-2023/');
	await page
		.getByRole('article', { name: 'Firearms', exact: true })
		.getByRole('link', { name: 'Firearms' })
		.click();
	await expect(page).toHaveURL(/\/karabakh-2023\/category\/firearms\/$/);
	await page.goto(REPORTS);
	await rows(page).getByRole('link', { name: 'Ammunition' }).click();
	await expect(page).toHaveURL(/\/karabakh-2023\/category\/ammunition\/$/);
	expect(errors).toEqual([]);
});

test('the theme button: auto, light, dark, remembered across a reload', async ({ page }) => {
	const errors = collectErrors(page);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(REPORTS);
	const html = page.locator('html');
	const button = page.getByRole('button', { name: /^Theme:/ });
	const background = () =>
		page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

	await expect(button).toHaveText('Theme: auto');
	await expect(html).not.toHaveAttribute('data-theme');
	expect(await background()).toBe('rgb(255, 255, 255)');

	await button.click();
	await expect(button).toHaveText('Theme: light');
	await expect(html).toHaveAttribute('data-theme', 'light');

	await button.click();
	await expect(button).toHaveText('Theme: dark');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await background()).toBe('rgb(18, 20, 22)');

	await page.reload();
	await expect(button).toHaveText('Theme: dark');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await background()).toBe('rgb(18, 20, 22)');

	// Another page of the site keeps the choice too.
	await page.goto('/methodology/');
	await expect(html).toHaveAttribute('data-theme', 'dark');

	await button.click();
	await expect(button).toHaveText('Theme: auto');
	await expect(html).not.toHaveAttribute('data-theme');
	await page.reload();
	await expect(button).toHaveText('Theme: auto');
	expect(await background()).toBe('rgb(255, 255, 255)');
	expect(errors).toEqual([]);
});

test('light chosen on a dark system stays light', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(REPORTS);
	await page.evaluate(() => localStorage.setItem('handover-monitor:theme', 'light'));
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	expect(background).toBe('rgb(255, 255, 255)');
});

for (const { name, scheme, theme } of [
	{ name: 'light', scheme: 'light', theme: null },
	{ name: 'dark (system)', scheme: 'dark', theme: null },
	{ name: 'dark (chosen)', scheme: 'light', theme: 'dark' }
] as const) {
	test(`axe finds no violations, ${name}, sorted and filtered too`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		if (theme) {
			await page.addInitScript((t) => localStorage.setItem('handover-monitor:theme', t), theme);
		}
		await page.goto(REPORTS);
		await expect(page.getByRole('button', { name: /^Theme:/ })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${REPORTS}?source=ru-mod&sort=figure`);
		await expect(header(page, /^Figure/)).toHaveAttribute('aria-sort', 'ascending');
		await expect(figures(page).first()).toHaveText('6');
		// The whole list has loaded: while it loads the rows are dimmed (aria-busy), which axe
		// would measure as low contrast.
		await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${REPORTS}?category=firearms&source=az-gov`);
		await expect(status(page)).toHaveText('No figure matches these filters.');
		expect(await axeViolations(page)).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table reads, and the page says what needs JavaScript', async ({ page }) => {
		await page.goto(REPORTS);
		await expect(figures(page)).toHaveText(SEED_FIGURES);
		await expect(status(page)).toHaveText('Showing 1–5 of 5 figures');
		await expect(
			page.getByText(/Without JavaScript, this page lists the 50 most recent/)
		).toBeVisible();
		await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveCount(0);
		// The filter form is a plain GET form.
		const form = page.getByRole('form', { name: 'Filter the figures' });
		await expect(form).toHaveAttribute('method', 'get');
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
			'Overview',
			'Timeline',
			'Reports',
			'Changes',
			'Sources',
			'Data',
			'How figures are counted'
		]);
	});
});

const VIEWPORTS = [
	{ label: 'desktop', width: 1280, height: 900 },
	{ label: 'phone', width: 390, height: 844 }
];

for (const viewport of VIEWPORTS) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`screenshot reports ${scheme} ${viewport.label}`, async ({ page }) => {
			await page.setViewportSize({ width: viewport.width, height: viewport.height });
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`${REPORTS}?sort=figure`);
			await expect(figures(page).first()).toHaveText('6');
			await page.screenshot({
				path: `.cache/screenshots/reports-${scheme}-${viewport.label}.png`,
				fullPage: true
			});
		});
	}
}

for (const { lang, path, source } of [
	{ lang: 'English', path: REPORTS, source: 'Russian Ministry of Defence' },
	{ lang: 'Arabic', path: `/ar${REPORTS}`, source: 'وزارة الدفاع الروسية' }
]) {
	test(`on a 390 px phone (${lang}): one card per row, its figure in view first, nothing scrolls sideways`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(path);
		// The firearms report (800+), the fourth in file order; the table's name is in the page's language.
		const card = page.locator('table tbody tr').nth(3);
		const figure = card.locator('td.figure');
		await card.scrollIntoViewIfNeeded();
		await expect(figure).toBeInViewport();
		const [figureBox, sourceBox] = [
			(await figure.boundingBox())!,
			(await card.locator('td.source').boundingBox())!
		];
		// The figure and the date on the card's first line, the source under them.
		expect(figureBox.y).toBeLessThan(sourceBox.y);
		await expect(card.locator('td.source')).toContainText(source);
		const { scroll, client } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth
		}));
		expect(scroll).toBeLessThanOrEqual(client);
		const tableScroll = await page
			.locator('.table-scroll')
			.evaluate((e) => e.scrollWidth - e.clientWidth);
		expect(tableScroll).toBeLessThanOrEqual(0);
		// Still a table, with its sort buttons.
		await expect(page.getByRole('columnheader', { name: /^Figure|^الرقم/ })).toHaveCount(1);
		await page.screenshot({ path: `test-results/reports-phone-${lang}.png`, fullPage: false });
	});
}
