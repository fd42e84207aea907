/** Shared helpers for the end-to-end tests (not a spec: Playwright only runs *.spec.ts). */
import { expect, type Page } from '@playwright/test';

/** The pages the site prerenders for the fixture data (the seed and issue 14's real datasets). */
export const PAGES = [
	'/',
	'/karabakh-2023/',
	'/colombia-2017/',
	'/mozambique-2019/',
	'/methodology/'
] as const;

/** Collects console errors and uncaught exceptions while a page is open. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	return errors;
}

/**
 * Checks the bundled figures on an overview page (works with or without JavaScript).
 * The cards are articles named by their headings.
 */
export async function expectSeedFigures(page: Page): Promise<void> {
	const card = (name: string) => page.getByRole('article', { name, exact: true });

	const armoured = card('Armoured vehicles');
	await expect(armoured.getByText('6', { exact: true })).toBeVisible();
	await expect(armoured.getByText('≈100', { exact: true })).toBeVisible();
	await expect(armoured.getByText('6%', { exact: true })).toBeVisible();
	await expect(armoured.getByText('Tanks and armoured vehicles', { exact: true })).toBeVisible();

	const firearms = card('Firearms');
	await expect(firearms.getByText('800+', { exact: true })).toBeVisible();
	await expect(firearms.getByText('≈10,000', { exact: true })).toBeVisible();
	await expect(firearms.getByText('at least 8%', { exact: true })).toBeVisible();
	await expect(firearms.getByText(/One firearm per fighter: an assumption/)).toBeVisible();
	await expect(
		firearms.getByRole('img', {
			name: 'Firearms: at least 801 handed over, at least 8% of an estimated 10,000'
		})
	).toBeVisible();

	const ammunition = card('Ammunition');
	await expect(ammunition.getByText('≈5,000', { exact: true })).toBeVisible();
	await expect(ammunition.getByText('no estimate', { exact: true })).toBeVisible();

	for (const name of ['Anti-armour missiles', 'Man-portable air-defence systems']) {
		await expect(card(name).getByText('handed over, no number given')).toBeVisible();
	}

	// Who said it and when: every report is the Russian MoD's, every estimate Azerbaijan's.
	for (const name of ['Armoured vehicles', 'Firearms', 'Ammunition', 'Anti-armour missiles']) {
		await expect(card(name).getByText('Russian Ministry of Defence, 2023-09-22')).toBeVisible();
	}
	await expect(firearms.getByText('Side: Russia (peacekeeping force)')).toBeVisible();
	await expect(firearms.getByText('Government of Azerbaijan, 2023-09')).toBeVisible();
	await expect(firearms.getByText(/The report gives no date for this estimate/)).toBeVisible();

	await expect(page.getByText('as of 2023-09-22', { exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Problems in the data files' })).toHaveCount(0);
}

/** Waits until the page has hydrated (the root layout marks <html data-hydrated>). */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
