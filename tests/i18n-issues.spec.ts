/**
 * The data files' issues in the page's language (issue 6): on the Arabic Data page, a dropped
 * bad file's issues (checked in the worker) and the report form's checks speak Arabic, each
 * after its `file:line:column` position in Latin digits, quoting the bad cell as written. (The
 * prerendered issues panel of an Arabic dataset page: tests/corpus/corpus.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { collectErrors, hydrated } from './pages';

const PAGE = '/ar/karabakh-2023/data/';

test('a dropped bad reports.csv lists its issues in Arabic, positions first', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(PAGE);
	const input = page.getByLabel('ملفات CSV');
	await expect(input).toBeEnabled();
	await input.setInputFiles({
		name: 'reports.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'date,source,category,quantity,qualifier,basis\n' +
				'2023-09-22,ru-mod,firearms,800,more_than,cumulative\n' +
				'2023-09-23,ru-mod,firearms,5.000,more_than,cumulative\n' +
				'2023-09-24,ru-mod,tanks,10,exact,cumulative\n'
		)
	});
	const panel = page.getByRole('region', { name: 'مشكلات في ملفات البيانات' });
	await expect(panel.getByText(/^reports\.csv:3:4: /)).toHaveText(
		`reports.csv:3:4: العمود quantity: '5.000' ليس عددًا صحيحًا؛ اكتب 5000 أو "5,000"`
	);
	await expect(panel.getByText(/^reports\.csv:4:3: /)).toHaveText(
		"reports.csv:4:3: category 'tanks' ليس معرّفًا في categories.csv (armored_vehicles, firearms, ammunition, anti_tank_missiles, manpads)"
	);
	await expect(panel).not.toContainText('is not');
	expect(errors).toEqual([]);
});

test("the report form says a field's problem in Arabic", async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(PAGE);
	await hydrated(page);
	const add = page.getByRole('button', { name: 'أضف إلى reports.csv' });
	await expect(add).toBeEnabled();
	const quantity = page.locator('input[name="quantity"]');
	await quantity.fill('5.000');
	await add.click();
	await expect(quantity).toHaveAttribute('aria-invalid', 'true');
	await expect(quantity).toHaveAccessibleDescription(
		/العمود quantity: '5\.000' ليس عددًا صحيحًا؛ اكتب 5000 أو "5,000"/
	);
	expect(errors).toEqual([]);
});
