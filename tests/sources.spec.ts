/**
 * The sources page on the bundled dataset: who said what, of which side, how many figures and
 * events, the latest figure per category; axe in both themes; screenshots to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pages';

const SOURCES = '/karabakh-2023/sources/';

const source = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

/** A source's facts (kind, side, counts) as label -> value. */
async function facts(page: Page, name: string): Promise<Record<string, string>> {
	const pairs = await source(page, name)
		.locator('dl > div')
		.evaluateAll((divs) =>
			divs.map((div) => [
				div.querySelector('dt')!.textContent!.trim(),
				div.querySelector('dd')!.textContent!.trim()
			])
		);
	return Object.fromEntries(pairs);
}

async function expectSources(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
	// The source with the most figures first; the others in the order of sources.csv.
	await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
		'Russian Ministry of Defence',
		'Government of Azerbaijan',
		'Azerbaijani Ministry of Foreign Affairs',
		'Armenian separatists in Nagorno-Karabakh'
	]);
	expect(await facts(page, 'Russian Ministry of Defence')).toEqual({
		Kind: 'Government',
		Side: 'Russia (peacekeeping force)',
		'Figures given': '5',
		'Events on the timeline': '1'
	});
	expect(await facts(page, 'Government of Azerbaijan')).toEqual({
		Kind: 'Government',
		Side: 'Azerbaijan',
		'Figures given': '0',
		'Events on the timeline': '3',
		'Estimates given': '2'
	});
	expect(await facts(page, 'Armenian separatists in Nagorno-Karabakh')).toMatchObject({
		Kind: 'Armed group',
		Side: 'Karabakh Armenians'
	});

	const latest = source(page, 'Russian Ministry of Defence').getByRole('table', {
		name: 'Latest figure for each category'
	});
	await expect(latest.locator('tbody tr')).toHaveText([
		/^Armoured vehicles\s*6\s*2023-09-22$/,
		/^Firearms\s*800\+\s*2023-09-22$/,
		/^Ammunition\s*≈5,000\s*2023-09-22$/,
		/^Anti-armour missiles\s*no number given\s*2023-09-22$/,
		/^Man-portable air-defence systems\s*no number given\s*2023-09-22$/
	]);
	await expect(source(page, 'Government of Azerbaijan')).toContainText('It gave no figure.');
}

test('each source: kind, side, figures, events and its latest figure per category', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(SOURCES);
	await expect(page).toHaveTitle(/^Sources: Nagorno-Karabakh weapons handover/);
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w/);
	await expectSources(page);
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })
	).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('contentinfo')).toContainText('Figures as of 2023-09-22.');
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
});

test('a category in a source’s latest figures links to its page', async ({ page }) => {
	await page.goto(SOURCES);
	await source(page, 'Russian Ministry of Defence').getByRole('link', { name: 'Firearms' }).click();
	await expect(page).toHaveURL(/\/karabakh-2023\/category\/firearms\/$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page reads the same', async ({ page }) => {
		await page.goto(SOURCES);
		await expectSources(page);
	});
});

for (const { name, scheme, theme } of [
	{ name: 'light', scheme: 'light', theme: null },
	{ name: 'dark (system)', scheme: 'dark', theme: null },
	{ name: 'dark (chosen)', scheme: 'light', theme: 'dark' },
	{ name: 'light (chosen on a dark system)', scheme: 'dark', theme: 'light' }
] as const) {
	test(`axe finds no violations, ${name}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		if (theme) {
			await page.addInitScript((t) => localStorage.setItem('handover-monitor:theme', t), theme);
		}
		await page.goto(SOURCES);
		await expect(page.getByRole('button', { name: /^Theme:/ })).toBeVisible();
		if (theme) await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

for (const viewport of [
	{ label: 'desktop', width: 1280, height: 900 },
	{ label: 'phone', width: 390, height: 844 }
]) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`screenshot sources ${scheme} ${viewport.label}`, async ({ page }) => {
			await page.setViewportSize({ width: viewport.width, height: viewport.height });
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(SOURCES);
			await expect(page.getByRole('button', { name: /^Theme:/ })).toBeVisible();
			await page.screenshot({
				path: `.cache/screenshots/sources-${scheme}-${viewport.label}.png`,
				fullPage: true
			});
		});
	}
}
