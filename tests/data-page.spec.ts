/**
 * The Data page (/<dataset>/data/): dropped files are checked and previewed in the browser, the
 * limits hold, and the report form validates, keeps its draft and gives the updated reports.csv.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pages';

const PAGE = '/karabakh-2023/data/';
const SEED = path.resolve('tests/fixtures/datasets/karabakh-2023');
const seedReports = readFileSync(path.join(SEED, 'reports.csv'));

/** A file for an `<input type=file>`: a name and its bytes. */
const csv = (name: string, text: string | Buffer) => ({
	name,
	mimeType: 'text/csv',
	buffer: typeof text === 'string' ? Buffer.from(text) : text
});

/** The seed's reports.csv with the Russian MoD's later statement: more than 1,000 firearms. */
const withThousand = Buffer.concat([
	seedReports,
	Buffer.from('2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n')
]);

const filesInput = (page: Page) => page.getByLabel('CSV files');
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Fills the form with the statement of withThousand: more than 1,000 firearms on 2023-09-24. */
async function fillReport(page: Page): Promise<void> {
	await field(page, 'Date').fill('2023-09-24');
	await field(page, 'Source').selectOption('ru-mod');
	await field(page, 'Category').selectOption('firearms');
	await field(page, 'Quantity').fill('1000');
	await field(page, 'Qualifier').selectOption('more_than');
	await field(page, 'Basis').selectOption('cumulative');
}
const issues = (page: Page) => page.getByRole('region', { name: 'Problems in the data files' });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview with these files' });

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test.describe('checking files', () => {
	test('a bad file lists its issues by file, line and column', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(PAGE);
		await expect(filesInput(page)).toBeEnabled();
		await filesInput(page).setInputFiles(
			csv(
				'reports.csv',
				'date,source,category,quantity,qualifier,basis\n' +
					'2023-09-22,ru-mod,firearms,800,more_than,cumulative\n' +
					'2023-09-23,ru-mod,firearms,eight hundred,more_than,cumulative\n' +
					'2023-09-23,nobody,firearms,900,more_than,cumulative\n'
			)
		);
		const panel = issues(page);
		await expect(panel).toBeVisible();
		await expect(panel.getByText(/^reports\.csv:3:4: quantity 'eight hundred'/)).toBeVisible();
		await expect(panel.getByText(/^reports\.csv:4:2: .*nobody/)).toBeVisible();
		await expect(
			page.getByText('Checked with your reports.csv in place of the published ones.')
		).toBeVisible();
		// The good row still counts: 800+ firearms.
		await expect(
			preview(page).getByRole('article', { name: 'Firearms' }).getByText('800+', { exact: true })
		).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	const ENCODINGS: ReadonlyArray<readonly [string, RegExp]> = [
		['windows-1256', /^reports\.csv:1:1: read as Windows-1256/],
		['utf-16', /^reports\.csv:1:1: read as UTF-16/],
		['utf-16-be', /^reports\.csv:1:1: read as UTF-16/]
	];
	for (const [name, warning] of ENCODINGS) {
		test(`a reports.csv saved as ${name} loads every row, with the one warning at 1:1`, async ({
			page
		}) => {
			const errors = collectErrors(page);
			await page.goto(PAGE);
			await expect(filesInput(page)).toBeEnabled();
			const bytes = readFileSync(path.resolve('tests/fixtures/bad', name, 'reports.csv'));
			await filesInput(page).setInputFiles(csv('reports.csv', bytes));
			const panel = issues(page);
			await expect(panel.getByText(warning)).toBeVisible();
			await expect(panel.getByText(/^\w+\.(csv|json):\d+:\d+: /)).toHaveCount(1);
			// The same figures as the UTF-8 seed: 6, 800+ and ≈5,000.
			for (const [card, figure] of [
				['Armoured vehicles', '6'],
				['Firearms', '800+'],
				['Ammunition', '≈5,000']
			] as const) {
				await expect(
					preview(page).getByRole('article', { name: card }).getByText(figure, { exact: true })
				).toBeVisible();
			}
			expect(errors).toEqual([]);
		});
	}

	test('a good file previews its figures, the other files taken from the site', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(PAGE);
		await expect(filesInput(page)).toBeEnabled();
		await filesInput(page).setInputFiles(csv('reports.csv', withThousand));
		const firearms = preview(page).getByRole('article', { name: 'Firearms' });
		await expect(firearms.getByText('1,000+', { exact: true })).toBeVisible();
		await expect(firearms.getByText('≈10,000', { exact: true })).toBeVisible();
		await expect(
			preview(page)
				.getByRole('article', { name: 'Armoured vehicles' })
				.getByText('6', { exact: true })
		).toBeVisible();
		await expect(page.getByText('No problem found: the files are ready to publish.')).toBeVisible();
		await expect(issues(page)).toHaveCount(0);
		await expect(
			preview(page).getByRole('figure', { name: 'Share of each estimate handed over' })
		).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a dropped folder stands in for the dataset, and other files are left out', async ({
		page
	}) => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'data-page-'));
		const dataset = path.join(folder, 'my-dataset');
		mkdirSync(dataset);
		writeFileSync(path.join(dataset, 'reports.csv'), withThousand);
		writeFileSync(path.join(dataset, 'notes.txt'), 'to do');
		for (const name of ['categories.csv', 'sources.csv', 'estimates.csv']) {
			writeFileSync(path.join(dataset, name), readFileSync(path.join(SEED, name)));
		}
		await page.goto(PAGE);
		await expect(page.getByLabel('A dataset folder', { exact: true })).toBeEnabled();
		await page.getByLabel('A dataset folder', { exact: true }).setInputFiles(dataset);
		await expect(
			preview(page).getByRole('article', { name: 'Firearms' }).getByText('1,000+', { exact: true })
		).toBeVisible();
		await expect(page.getByText(/my-dataset\/notes\.txt was left out/)).toBeVisible();
	});

	test('a drop of files works like choosing them', async ({ page }) => {
		await page.goto(PAGE);
		await expect(filesInput(page)).toBeEnabled();
		const transfer = await page.evaluateHandle((text) => {
			const data = new DataTransfer();
			data.items.add(new File([text], 'reports.csv', { type: 'text/csv' }));
			return data;
		}, withThousand.toString('utf8'));
		const zone = page.getByRole('group', { name: /Drop files or a dataset folder here/ });
		await zone.dispatchEvent('dragover', { dataTransfer: transfer });
		await zone.dispatchEvent('drop', { dataTransfer: transfer });
		await expect(
			preview(page).getByRole('article', { name: 'Firearms' }).getByText('1,000+', { exact: true })
		).toBeVisible();
	});

	test('a file over the size limit is refused, naming the limit', async ({ page }) => {
		const errors = collectErrors(page);
		// The page's limit is 200 MB; a test hook lowers it rather than making such a file.
		await page.addInitScript(() => {
			(globalThis as { __handoverMaxFileBytes?: number }).__handoverMaxFileBytes = 1000;
		});
		await page.goto(PAGE);
		await expect(filesInput(page)).toBeEnabled();
		await filesInput(page).setInputFiles(csv('reports.csv', withThousand));
		await expect(
			page.getByText(
				'reports.csv (1.2 KB) was refused: a file checked in the browser can be at most 1,000 bytes. Check it with npm run data -- check instead.'
			)
		).toBeVisible();
		await expect(preview(page)).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('the issue list stops at 200 and says how many more there are', async ({ page }) => {
		await page.goto(PAGE);
		await expect(filesInput(page)).toBeEnabled();
		const bad = Array.from(
			{ length: 250 },
			(_, i) => `2023-09-22,ru-mod,firearms,x${i},exact,cumulative\n`
		);
		await filesInput(page).setInputFiles(
			csv('reports.csv', 'date,source,category,quantity,qualifier,basis\n' + bad.join(''))
		);
		await expect(issues(page)).toContainText(
			'250 problems were found. The first 200 are listed; 50 more are not.'
		);
		await expect(issues(page).getByRole('listitem')).toHaveCount(200);
	});
});

test('in Arabic, the page and the preview speak Arabic; positions stay file:line:column', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(`/ar${PAGE}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('فحص البيانات وإضافتها');
	const input = page.getByLabel('ملفات CSV');
	await expect(input).toBeEnabled();
	await input.setInputFiles(
		csv(
			'reports.csv',
			'date,source,category,quantity,qualifier,basis\n' +
				'2023-09-22,ru-mod,firearms,800,more_than,cumulative\n' +
				'2023-09-23,ru-mod,firearms,eight hundred,more_than,cumulative\n'
		)
	);
	const panel = page.getByRole('region', { name: 'مشكلات في ملفات البيانات' });
	await expect(panel.getByText(/^reports\.csv:3:4: /)).toBeVisible();
	await expect(page.getByRole('region', { name: 'معاينة بهذه الملفات' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(errors).toEqual([]);
});

test.describe('the report form', () => {
	test('says each field’s problem beside it', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(PAGE);
		await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeEnabled();
		await field(page, 'Date').fill('2023-09-24');
		await field(page, 'Quantity').fill('eight hundred');
		await page.getByRole('button', { name: 'Add to reports.csv' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Fix the problems marked below, then add the report again.'
		);
		const quantity = field(page, 'Quantity');
		await expect(quantity).toHaveAttribute('aria-invalid', 'true');
		await expect(quantity).toHaveAccessibleDescription(/quantity 'eight hundred'/);
		await expect(field(page, 'Source')).toHaveAttribute('aria-invalid', 'true');
		await expect(field(page, 'Date')).not.toHaveAttribute('aria-invalid', 'true');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('keeps the draft across a reload, and Add gives the file plus one row', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(PAGE);
		await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeEnabled();
		await fillReport(page);

		await page.reload();
		await expect(page.getByText('The report you had not added yet was restored.')).toBeVisible();
		await expect(field(page, 'Quantity')).toHaveValue('1000');
		await expect(field(page, 'Category')).toHaveValue('firearms');
		await expect(
			page.getByText('2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,')
		).toBeVisible();
		await expect(
			page.getByText(/^After: Firearms: handed over 1,000\+ .* estimate ≈10,000/)
		).toBeVisible();

		await page.getByRole('button', { name: 'Add to reports.csv' }).click();
		await expect(
			page.getByText('Added as line 7 of the copy of reports.csv in this browser.')
		).toBeVisible();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download the updated reports.csv (1 report added)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('reports.csv');
		const saved = readFileSync((await download.path())!);
		expect(saved.equals(withThousand)).toBe(true);

		// Added, the draft is gone: a reload shows an empty form.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeEnabled();
		await expect(field(page, 'Quantity')).toHaveValue('');
		expect(errors).toEqual([]);
	});

	test('the same report added twice is a warning at the later row, not a silent double count', async ({
		page
	}) => {
		await page.goto(PAGE);
		await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeEnabled();
		const increment = async (note: string) => {
			await fillReport(page);
			await field(page, 'Quantity').fill('100');
			await field(page, 'Qualifier').selectOption('exact');
			await field(page, 'Basis').selectOption('increment');
			await field(page, 'Note').fill(note);
		};
		await increment('from the ministry');
		await page.getByRole('button', { name: 'Add to reports.csv' }).click();
		await expect(page.getByText('Added as line 7 of the copy')).toBeVisible();
		await increment('typed again');
		await expect(field(page, 'Date')).toHaveAccessibleDescription(
			/same date, source and category as line 7; an increment here is added to it: if it is the same report, remove one/
		);
	});

	test('a corrupt stored draft is ignored', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(PAGE);
		await page.evaluate(() =>
			localStorage.setItem('handover-monitor:draft:karabakh-2023', '{"quantity": 5, oops')
		);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeEnabled();
		await expect(field(page, 'Quantity')).toHaveValue('');
		expect(errors).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form and its choices read, with a note that checking needs JavaScript', async ({
		page
	}) => {
		await page.goto(PAGE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check and add data');
		await expect(
			page.getByText(/Checking files and adding a report need JavaScript/)
		).toBeVisible();
		await expect(
			field(page, 'Source').locator('option', { hasText: 'Russian Ministry of Defence (ru-mod)' })
		).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeDisabled();
		await expect(page.getByLabel('CSV files')).toBeDisabled();
	});
});

test('the navigation links to the Data page', async ({ page }) => {
	await page.goto('/karabakh-2023/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await expect(page).toHaveURL(/\/karabakh-2023\/data\/$/);
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' })
	).toHaveAttribute('aria-current', 'page');
});

test('the built site has no Save to data/ and no endpoint', async ({ page, request }) => {
	await page.goto(PAGE);
	await expect(page.getByRole('button', { name: 'Add to reports.csv' })).toBeEnabled();
	await expect(page.getByRole('button', { name: /^Save .*to data\/$/ })).toHaveCount(0);
	const response = await request.post('/__handover/save-report', {
		data: { dataset: 'karabakh-2023', draft: {} }
	});
	expect(response.ok()).toBe(false);
});

/**
 * Under `npm start`: a dev server of its own (port DATA_PAGE_DEV_PORT, default 5293) on a copy of
 * the seed (HANDOVER_DATA), so that saving never touches data/.
 */
test.describe('Save to data/ under npm start', () => {
	// One server for the group: its tests run in one worker, one after the other.
	test.describe.configure({ mode: 'serial' });
	const port = Number(process.env.DATA_PAGE_DEV_PORT ?? 5293);
	const origin = `http://localhost:${port}`;
	let root = '';
	let server: ChildProcess | null = null;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		// Another server on the port would be tested (and written to) in this one's place.
		const taken = await fetch(origin).then(
			() => true,
			() => false
		);
		if (taken) throw new Error(`Port ${port} is in use: set DATA_PAGE_DEV_PORT to a free one.`);
		root = mkdtempSync(path.join(os.tmpdir(), 'data-page-dev-'));
		cpSync(SEED, path.join(root, 'karabakh-2023'), { recursive: true });
		server = spawn(
			process.execPath,
			[
				path.resolve('node_modules/vite/bin/vite.js'),
				'dev',
				'--port',
				String(port),
				'--strictPort'
			],
			{
				// Its own Kit folder and pre-bundled dependencies: nothing shared with another server.
				env: {
					...process.env,
					HANDOVER_DATA: root,
					KIT_OUT_DIR: '.cache/data-page-dev-kit',
					VITE_CACHE_DIR: '.cache/data-page-dev-vite'
				},
				stdio: 'ignore'
			}
		);
		// Up when the page answers; the first request also waits for Vite to optimise the deps.
		for (let tries = 0; ; tries++) {
			try {
				if ((await fetch(`${origin}${PAGE}`)).ok) break;
			} catch {
				// Not listening yet.
			}
			if (tries > 200) throw new Error(`vite dev did not answer on ${origin}`);
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	});

	test.afterAll(async () => {
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((resolve) => server!.once('exit', resolve));
		server.kill();
		await exited;
	});

	test('Add twice then Save writes both rows to reports.csv, byte for byte plus the rows', async ({
		page
	}) => {
		test.setTimeout(150_000);
		await page.goto(`${origin}${PAGE}`);
		const add = page.getByRole('button', { name: 'Add to reports.csv' });
		const nothing = page.getByRole('button', { name: 'Save to data/' });
		const save = page.getByRole('button', { name: 'Save 2 reports to data/' });
		const reports = path.join(root, 'karabakh-2023', 'reports.csv');
		const second = '2023-09-24,ru-mod,armored_vehicles,20,exact,cumulative,,,,\n';
		// A dev server may reload the page while it settles (Vite optimising dependencies it has
		// just met): the steps are retried until the file is written, and never written twice.
		await expect(async () => {
			if (!readFileSync(reports).equals(seedReports)) return;
			await expect(add).toBeEnabled({ timeout: 5_000 });
			// Nothing added yet: Save is off, and says why.
			await expect(nothing).toBeDisabled();
			await expect(nothing).toHaveAccessibleDescription(/^Nothing to save/);
			await fillReport(page);
			await add.click({ timeout: 5_000 });
			await expect(page.getByText('Added as line 7 of the copy')).toBeVisible();
			await fillReport(page);
			await field(page, 'Category').selectOption('armored_vehicles');
			await field(page, 'Quantity').fill('20');
			await field(page, 'Qualifier').selectOption('exact');
			await add.click({ timeout: 5_000 });
			await expect(page.getByText('Added as line 8 of the copy')).toBeVisible();
			// The download and Save name the same two rows.
			await expect(
				page.getByRole('link', { name: 'Download the updated reports.csv (2 reports added)' })
			).toBeVisible();
			await save.click({ timeout: 5_000 });
			await expect(
				page.getByText('2 reports saved to data/karabakh-2023/reports.csv, lines 7-8.')
			).toBeVisible({ timeout: 10_000 });
		}).toPass({ timeout: 80_000 });
		expect(readFileSync(reports).toString()).toBe(withThousand.toString() + second);
		// Saved, nothing is left to save, and the form checks against the saved file: line 9 next.
		await expect(nothing).toBeDisabled();
		await expect(page.getByRole('link', { name: /Download the updated/ })).toHaveCount(0);
		await expect(async () => {
			await fillReport(page);
			await expect(page.getByText('Line 9 of reports.csv:')).toBeVisible({ timeout: 10_000 });
		}).toPass({ timeout: 40_000 });
	});

	test('refuses a request from another origin', async ({ request }) => {
		const response = await request.post(`${origin}/__handover/save-report`, {
			headers: { Origin: 'http://evil.example' },
			data: { dataset: 'karabakh-2023', draft: { date: '2023-09-24' } }
		});
		expect(response.status()).toBe(403);
	});
});
