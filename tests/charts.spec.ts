/**
 * The charts on the bundled dataset: the progress chart of the overview, the timeline (with its
 * category in the URL) and the category pages. Each chart paints, its tooltip names the source
 * when the mouse is on a point, it follows the colour scheme, the figure reads without
 * JavaScript, axe finds nothing, and the console stays clean. Screenshots of each page, light
 * and dark, go to .cache/screenshots/ to be looked at; the JavaScript each page loads is printed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors } from './pages';

const DATASET = 'karabakh-2023';

const PAGES = [
	{ name: 'overview', path: `/${DATASET}/`, chart: 'Share of each estimate handed over' },
	{
		name: 'timeline',
		path: `/${DATASET}/timeline/`,
		chart: 'All categories: handed over, cumulative'
	},
	{
		name: 'category-firearms',
		path: `/${DATASET}/category/firearms/`,
		chart: 'Firearms: handed over, cumulative'
	},
	{
		name: 'category-manpads',
		path: `/${DATASET}/category/manpads/`,
		chart: 'Man-portable air-defence systems: handed over, cumulative'
	}
] as const;

/** Where the binding (src/lib/charts/chart.svelte.ts) hangs the Chart.js instance. */
const CHART = 'handover-monitor.chart';

/** The drawn charts of the page, once every one is ready. */
async function readyCharts(page: Page): Promise<Locator> {
	const canvases = page.locator('canvas[role="img"]');
	await expect(canvases.first()).toBeAttached();
	const count = await canvases.count();
	await expect(page.locator('canvas[data-chart="ready"]')).toHaveCount(count);
	return canvases;
}

/** How many pixels of the canvas are not transparent. */
function paintedPixels(canvas: Locator): Promise<number> {
	return canvas.evaluate((element: HTMLCanvasElement) => {
		const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
		return painted;
	});
}

/** Moves the mouse onto point `index` of dataset `dataset`, where Chart.js drew it. */
async function hoverPoint(page: Page, canvas: Locator, dataset: number, index: number) {
	await canvas.scrollIntoViewIfNeeded();
	const point = await canvas.evaluate(
		(element, [key, d, i]) => {
			const chart = (element as unknown as Record<symbol, unknown>)[Symbol.for(key as string)] as {
				getDatasetMeta(d: number): { data: { x: number; y: number }[] };
			};
			const { x, y } = chart.getDatasetMeta(d as number).data[i as number]!;
			return { x, y };
		},
		[CHART, dataset, index] as const
	);
	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + point.x, box.y + point.y);
}

/** The text of the tooltip on screen (title, body, after-body), or '' when it is hidden. */
function tooltipText(canvas: Locator): Promise<string> {
	return canvas.evaluate((element, key) => {
		const chart = (element as unknown as Record<symbol, unknown>)[Symbol.for(key)] as {
			tooltip: {
				opacity: number;
				title: string[];
				body: { before: string[]; lines: string[]; after: string[] }[];
			};
		};
		const { tooltip } = chart;
		if (!tooltip || tooltip.opacity === 0) return '';
		const body = tooltip.body.flatMap((b) => [...b.before, ...b.lines, ...b.after]);
		return [...tooltip.title, ...body].join('\n');
	}, CHART);
}

/** A value of the chart instance by its path: ['options', 'scales', 'y', 'ticks', 'color']. */
function chartValue(canvas: Locator, path: readonly string[]): Promise<unknown> {
	return canvas.evaluate(
		(element, [key, steps]) => {
			let value: unknown = (element as unknown as Record<symbol, unknown>)[Symbol.for(key)];
			for (const step of steps) value = (value as Record<string, unknown> | undefined)?.[step];
			return value;
		},
		[CHART, path] as const
	);
}

/** The labels of the chart's datasets. */
function datasetLabels(canvas: Locator): Promise<string[]> {
	return canvas.evaluate((element, key) => {
		const chart = (element as unknown as Record<symbol, unknown>)[Symbol.for(key)] as {
			data: { datasets: { label: string }[] };
		};
		return chart.data.datasets.map((d) => d.label);
	}, CHART);
}

for (const { name, path, chart } of PAGES) {
	test(`${name}: the chart paints, with no console errors`, async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(path);
		const canvases = await readyCharts(page);
		await expect(page.getByRole('heading', { name: chart, exact: true })).toBeVisible();
		for (const canvas of await canvases.all()) {
			expect(await paintedPixels(canvas)).toBeGreaterThan(1000);
			await expect(canvas).toHaveAttribute('aria-label', /\w/);
		}
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});

	for (const { colorScheme, width } of [
		{ colorScheme: 'light', width: 1280 },
		{ colorScheme: 'dark', width: 1280 },
		{ colorScheme: 'light', width: 390 }
	] as const) {
		test(`${name}: axe finds no violations (${colorScheme}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await readyCharts(page);
			for (const details of await page.locator('details').all()) {
				await details.locator('summary').click();
			}
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		});
	}
}

test.describe('tooltips name the source', () => {
	test('the progress chart: the sentence, the figure and who gave it, the estimate', async ({
		page
	}) => {
		await page.goto(`/${DATASET}/`);
		const canvas = (await readyCharts(page)).first();
		await hoverPoint(page, canvas, 0, 1);
		await expect
			.poll(() => tooltipText(canvas))
			.toBe(
				[
					'Firearms',
					'Firearms: at least 801 handed over, at least 8% of an estimated 10,000',
					'Figure: 800+ (Russian Ministry of Defence, 2023-09-22)',
					'Estimate: ≈10,000 (Government of Azerbaijan, 2023-09)'
				].join('\n')
			);
		// The table holds the same words, for the keyboard and screen readers.
		await page.getByText('Show the data as a table').first().click();
		const row = page.getByRole('row', { name: /Firearms/ });
		await expect(row).toContainText('Figure: 800+ (Russian Ministry of Defence, 2023-09-22)');
	});

	test('the timeline: the figure in the source’s strength, the source, the quote', async ({
		page
	}) => {
		await page.goto(`/${DATASET}/timeline/`);
		const canvas = (await readyCharts(page)).first();
		const labels = await datasetLabels(canvas);
		const firearms = labels.indexOf('Firearms, according to Russian Ministry of Defence');
		expect(firearms).toBeGreaterThanOrEqual(0);
		await hoverPoint(page, canvas, firearms, 0);
		await expect
			.poll(() => tooltipText(canvas))
			.toBe(
				[
					'2023-09-22',
					'Firearms: 800+ (at least 801)',
					'Russian Ministry of Defence (Russia (peacekeeping force))',
					'“وأكثر من 800 سلاح ناري”'
				].join('\n')
			);
	});

	test('a category page: the source of its line', async ({ page }) => {
		await page.goto(`/${DATASET}/category/armored_vehicles/`);
		const canvas = (await readyCharts(page)).first();
		await hoverPoint(page, canvas, 0, 0);
		await expect.poll(() => tooltipText(canvas)).toContain('Russian Ministry of Defence');
		await expect.poll(() => tooltipText(canvas)).toContain('Armoured vehicles: 6');
	});
});

test.describe('the timeline’s category lives in the URL', () => {
	test('?category=firearms shows the firearms, and a link goes back to all', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`/${DATASET}/timeline/?category=firearms`);
		const canvas = (await readyCharts(page)).first();
		await expect(
			page.getByRole('heading', { name: 'Firearms: handed over, cumulative' })
		).toBeVisible();
		const selector = page.getByRole('navigation', { name: 'Category' });
		await expect(selector.getByRole('link', { name: 'Firearms' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		const datasets = async () => (await datasetLabels(canvas)).length;
		await expect.poll(datasets).toBe(1);

		await selector.getByRole('link', { name: 'All categories' }).click();
		await expect(page).toHaveURL(new RegExp(`/${DATASET}/timeline/$`));
		await expect(
			page.getByRole('heading', { name: 'All categories: handed over, cumulative' })
		).toBeVisible();
		// The same chart, updated in place.
		await expect.poll(datasets).toBe(3);
		await expect(page.locator('canvas[data-chart="ready"]')).toHaveCount(1);

		await selector.getByRole('link', { name: 'Ammunition' }).click();
		await expect(page).toHaveURL(/\?category=ammunition$/);
		await expect.poll(datasets).toBe(1);
		expect(errors).toEqual([]);
	});
});

test('the charts follow the theme toggle’s data-theme, in place', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`/${DATASET}/timeline/`);
	const canvas = (await readyCharts(page)).first();
	const tickColor = () => chartValue(canvas, ['options', 'scales', 'y', 'ticks', 'color']);
	await expect.poll(tickColor).toBe('#4d4d4d');
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	await expect.poll(tickColor).toBe('#b4bbc2');
	await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
	await expect.poll(tickColor).toBe('#4d4d4d');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline reads: its key, its events, its table', async ({ page }) => {
		await page.goto(`/${DATASET}/timeline/`);
		await expect(page.locator('canvas')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Category' })).toBeHidden();
		// The category pages have each one's timeline: the links go there.
		await expect(page.getByRole('link', { name: 'Firearms', exact: true })).toHaveAttribute(
			'href',
			new RegExp(`${DATASET}/category/firearms/$`)
		);
		const figure = page.locator('figure', { has: page.locator('canvas') });
		await expect(
			figure.getByText('Firearms, according to Russian Ministry of Defence')
		).toBeVisible();
		await expect(
			figure.getByText('Handover of weapons begins under Russian supervision')
		).toBeVisible();
		await figure.getByText('Show the data as a table').click();
		const row = figure.getByRole('row', { name: /Firearms/ });
		await expect(row).toContainText('800+ on 2023-09-22');
		await expect(row.locator('[dir="auto"]')).toHaveText('وأكثر من 800 سلاح ناري');
	});

	test('the overview’s progress figure reads: what is not drawn, and the table', async ({
		page
	}) => {
		await page.goto(`/${DATASET}/`);
		const figure = page.locator('figure', { has: page.locator('canvas') });
		await expect(figure.getByText('Not in the chart')).toBeVisible();
		await expect(figure.getByText(': ≈5,000 handed over; no estimate')).toBeVisible();
		await figure.getByText('Show the data as a table').click();
		await expect(figure.getByRole('row', { name: /Armoured vehicles/ })).toContainText('6%');
	});

	test('a category page: every report, the estimate, the assumption', async ({ page }) => {
		await page.goto(`/${DATASET}/category/firearms/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Firearms');
		const history = page.getByRole('region', { name: 'Every report' });
		await expect(history.getByRole('row')).toHaveCount(2);
		await expect(history.locator('blockquote')).toHaveAttribute('dir', 'auto');
		await expect(page.getByText('≈10,000', { exact: true })).toBeVisible();
		await expect(page.getByText(/One firearm per fighter/)).toBeVisible();
	});
});

test.describe('screenshots to look at', () => {
	for (const { name, path } of PAGES.slice(0, 3)) {
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const { label, width } of [
				{ label: 'desktop', width: 1280 },
				{ label: 'phone', width: 390 }
			]) {
				test(`${name} ${colorScheme} ${label}`, async ({ page }) => {
					await page.setViewportSize({ width, height: 900 });
					await page.emulateMedia({ colorScheme });
					await page.goto(path);
					await readyCharts(page);
					await page.screenshot({
						path: `.cache/screenshots/charts-${name}-${colorScheme}-${label}.png`,
						fullPage: true
					});
				});
			}
		}
	}
});

test('the JavaScript each chart page loads, before and with its charts (printed)', async ({
	page
}, testInfo) => {
	const { gzipSync } = await import('node:zlib');
	const lines: string[] = [];
	for (const { name, path } of PAGES.slice(0, 3)) {
		const scripts: Promise<{ file: string; gzip: number }>[] = [];
		const listener = (response: import('@playwright/test').Response) => {
			if (response.request().resourceType() !== 'script') return;
			scripts.push(
				response.body().then((body) => ({
					file: new URL(response.url()).pathname.split('/').pop()!,
					gzip: gzipSync(body, { level: 9 }).length
				}))
			);
		};
		page.on('response', listener);
		const html = await (await page.request.get(path)).text();
		await page.goto(path);
		await readyCharts(page);
		await page.waitForLoadState('networkidle');
		page.off('response', listener);
		const files = await Promise.all(scripts);
		// Before the charts: the scripts the prerendered HTML names (its static imports).
		const initial = files.filter((f) => html.includes(f.file));
		const kb = (list: { gzip: number }[]) =>
			(list.reduce((s, f) => s + f.gzip, 0) / 1024).toFixed(1);
		lines.push(
			`${name}: ${kb(initial)} KB gzip before the charts (${initial.length} files), ` +
				`${kb(files)} KB with them (${files.length} files)`
		);
	}
	console.log(lines.join('\n'));
	testInfo.annotations.push({ type: 'chart-js-gzip', description: lines.join('; ') });
});
