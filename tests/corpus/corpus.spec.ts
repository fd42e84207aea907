/**
 * Every case of the bad-input corpus (tests/fixtures/bad/<case>/, a copy of the seed with one
 * defect and the issues it must produce in expected.json), opened as a dataset of the built
 * site: the page prerendered whatever the files hold, the issue panel lists the case's first
 * issue at its position, the good figures still show, and the browser logs no error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { collectErrors } from '../pages';

const CORPUS = path.resolve('tests/fixtures/bad');

interface Expected {
	about: string;
	issues: { file: string; line: number; column: number; severity: string; message: string }[];
	headlines: Record<string, string | null>;
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

test('the corpus is all there', () => {
	expect(cases.length).toBeGreaterThanOrEqual(36);
});

for (const name of cases) {
	const expected = JSON.parse(
		readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')
	) as Expected;
	// The site does not know today's date (a prerendered page would go stale), so the warning
	// about a date after today is the command line's alone.
	const shown = expected.issues.filter((issue) => !issue.message.includes('is after today'));

	test(`${name}: ${expected.about}`, async ({ page }) => {
		const errors = collectErrors(page);
		const response = await page.goto(`/${name}/`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const panel = page.getByRole('region', { name: 'Problems in the data files' });
		if (shown.length === 0) {
			await expect(panel).toHaveCount(0);
		} else {
			const first = shown[0]!;
			await expect(panel).toContainText(`${first.file}:${first.line}:${first.column}:`);
		}
		// The figures that must still load show on their cards.
		for (const [category, figure] of Object.entries(expected.headlines)) {
			if (figure === null) continue;
			const card = page.locator(`article:has(h3#category-${category})`);
			await expect(card.getByText(figure, { exact: true }).first()).toBeVisible();
		}
		// Markup from the files never becomes markup on the page.
		expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
		expect(errors).toEqual([]);
	});
}

test('in Arabic, the issues panel says the issue in Arabic after its position', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/ar/quantity-decimal/');
	const panel = page.getByRole('region', { name: 'مشكلات في ملفات البيانات' });
	await expect(panel.getByText(/^reports\.csv:7:4: /)).toHaveText(
		"reports.csv:7:4: العمود quantity: '800.5' ليس عددًا صحيحًا"
	);
	expect(errors).toEqual([]);
});
