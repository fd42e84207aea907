/**
 * Issue 14's real datasets (tests/fixtures/datasets/colombia-2017 and mozambique-2019) build and
 * render: each page type in English and Arabic without a console error, the headline figures with
 * their source and date on the overviews, and axe on the Arabic overviews (site.spec.ts runs it on
 * the English ones).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectErrors } from './pages';

const card = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('article', { name, exact: true });

for (const lang of ['', '/ar'] as const) {
	for (const path of [
		'/colombia-2017/',
		'/colombia-2017/timeline/',
		'/colombia-2017/reports/',
		'/colombia-2017/sources/',
		'/colombia-2017/category/weapons/',
		'/colombia-2017/category/explosives/',
		'/mozambique-2019/',
		'/mozambique-2019/category/demobilised/'
	]) {
		test(`${lang}${path} renders, with no console error`, async ({ page }) => {
			const errors = collectErrors(page);
			const response = await page.goto(`${lang}${path}`);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			await expect(page.locator('html')).toHaveAttribute('lang', lang === '' ? 'en' : 'ar');
			expect(errors).toEqual([]);
		});
	}
}

test('Colombia: the UN Mission final 8,994 weapons is the headline, with its source and date', async ({
	page
}) => {
	await page.goto('/colombia-2017/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'FARC-EP laying down of arms, Colombia, 2017'
	);
	const weapons = card(page, 'Weapons');
	await expect(weapons.getByText('8,994', { exact: true }).first()).toBeVisible();
	await expect(weapons.getByText('UN Mission in Colombia, 2017-09-22').first()).toBeVisible();
	await expect(card(page, 'Explosives').getByText('38,255', { exact: true })).toBeVisible();
	await expect(card(page, 'Ammunition').getByText('1,765,862', { exact: true })).toBeVisible();
	const fighters = card(page, 'Fighters who handed in their weapons');
	await expect(fighters.getByText('≈2,300', { exact: true })).toBeVisible();
	await expect(fighters.getByText('Origo, 2017-06-07')).toBeVisible();
	await expect(fighters.getByText('≈6,900', { exact: true })).toBeVisible();
	for (const name of ['Arms caches', 'Grenades', 'Antipersonnel mines', 'Mortar rounds']) {
		await expect(card(page, name)).toBeVisible();
	}
});

test('Mozambique: about 5,200 people demobilised, from the President, against 5,221', async ({
	page
}) => {
	await page.goto('/mozambique-2019/');
	const demobilised = card(page, 'Former RENAMO fighters demobilised');
	await expect(demobilised.getByText('≈5,200', { exact: true })).toBeVisible();
	await expect(
		demobilised.getByText('President of Mozambique (Filipe Nyusi), 2023-06-15')
	).toBeVisible();
	// The estimate, in the card's figure and in its chart's caption.
	await expect(demobilised.getByText('5,221', { exact: true }).first()).toBeVisible();
});

for (const [path, title, label] of [
	['/ar/colombia-2017/', 'إلقاء فارك سلاحها، كولومبيا، 2017', 'الأسلحة'],
	[
		'/ar/mozambique-2019/',
		'نزع سلاح رينامو وتسريح مقاتليها وإعادة إدماجهم، موزمبيق، 2019-2023',
		'مقاتلو رينامو السابقون المسرَّحون'
	]
] as const) {
	test(`${path}: the Arabic title and labels, and axe finds no violations`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(card(page, label)).toBeVisible();
		for (const details of await page.locator('details').all()) {
			await details.locator('summary').click();
		}
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}
