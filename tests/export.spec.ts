/**
 * Export and share (issue 4), on the bundled dataset: each chart's PNG, SVG and CSV downloads
 * (the files themselves are read and checked), the copied link, the embed views (alone, and in
 * a frame of another origin), and a formula in the data that must come out neutralised.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { collectErrors } from './pages';

const DATASET = 'karabakh-2023';
const AS_OF = '2023-09-22';
const SOURCE_LINE =
	'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan';

const CHARTS = [
	{
		name: 'progress',
		path: `/${DATASET}/`,
		title: 'Share of each estimate handed over',
		file: `${DATASET}-progress-${AS_OF}`,
		labels: ['Armoured vehicles', 'Firearms']
	},
	{
		name: 'timeline',
		path: `/${DATASET}/timeline/`,
		title: 'All categories: handed over, cumulative',
		file: `${DATASET}-timeline-${AS_OF}`,
		labels: ['Armoured vehicles', 'Firearms', 'Ammunition']
	},
	{
		name: 'category timeline',
		path: `/${DATASET}/category/firearms/`,
		title: 'Firearms: handed over, cumulative',
		file: `${DATASET}-timeline-firearms-${AS_OF}`,
		labels: ['Firearms']
	}
] as const;

/** The figure of a chart, once its chart is drawn. */
async function chartFigure(page: Page, title: string) {
	const figure = page.getByRole('figure', { name: title });
	await expect(figure.locator('canvas[data-chart="ready"]')).toBeAttached();
	return figure;
}

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<Download> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return file;
}

/** The downloaded file's bytes; a copy goes to .cache/exports/ to be looked at. */
async function bytesOf(file: Download): Promise<Buffer> {
	await file.saveAs(`.cache/exports/${file.suggestedFilename()}`);
	return readFile((await file.path())!);
}

/** The CSV's rows (after its byte-order mark), as papaparse reads them with the header. */
function parseCsv(text: string) {
	expect(text.startsWith('\uFEFF')).toBe(true);
	const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

/** What the chart on the page draws: each point's date, figure and plotted value. */
async function chartPoints(page: Page, title: string) {
	const canvas = page.getByRole('figure', { name: title }).locator('canvas');
	return canvas.evaluate((element) => {
		type Point = { date?: string; figure?: string; y?: number };
		const chart = (element as unknown as Record<symbol, unknown>)[
			Symbol.for('handover-monitor.chart')
		] as {
			data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] };
		};
		return {
			labels: (chart.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(' ') : String(l))),
			datasets: chart.data.datasets.map((d) => ({
				label: d.label ?? '',
				data: d.data.map((p) =>
					p === null || Array.isArray(p)
						? p
						: { date: (p as Point).date, figure: (p as Point).figure, y: (p as Point).y }
				)
			}))
		};
	});
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
	errors = collectErrors(page);
});
test.afterEach(() => {
	expect(errors).toEqual([]);
});

for (const chart of CHARTS) {
	test.describe(`the ${chart.name} chart`, () => {
		test('Download PNG: article size (640 px at 2x) whatever the window, wide and square on request', async ({
			page
		}) => {
			const widths: number[] = [];
			for (const viewport of [700, 1280]) {
				await page.setViewportSize({ width: viewport, height: 900 });
				await page.goto(chart.path);
				const figure = await chartFigure(page, chart.title);
				const file = await download(page, figure.getByRole('button', { name: 'Download PNG' }));
				expect(file.suggestedFilename()).toBe(`${chart.file}.png`);
				const png = await bytesOf(file);
				expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
				expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
				widths.push(png.readUInt32BE(16));
				expect(png.readUInt32BE(20)).toBeGreaterThan(2 * 360);
				await expect(figure.getByRole('status')).toHaveText(`Downloaded ${chart.file}.png.`);
			}
			expect(widths).toEqual([1280, 1280]);
			const figure = await chartFigure(page, chart.title);
			for (const [size, width, height] of [
				['Wide, 1200 px', 2400, null],
				['Square, 1080 × 1080 px', 2160, 2160]
			] as const) {
				await figure.getByLabel('Picture size').selectOption({ label: size });
				const png = await bytesOf(
					await download(page, figure.getByRole('button', { name: 'Download PNG' }))
				);
				expect(png.readUInt32BE(16)).toBe(width);
				if (height !== null) expect(png.readUInt32BE(20)).toBe(height);
			}
		});

		test('Download SVG: valid XML, an <svg> root, the labels and the source line as text', async ({
			page
		}) => {
			await page.goto(chart.path);
			const figure = await chartFigure(page, chart.title);
			const file = await download(page, figure.getByRole('button', { name: 'Download SVG' }));
			expect(file.suggestedFilename()).toBe(`${chart.file}.svg`);
			const svg = (await bytesOf(file)).toString('utf8');
			const parsed = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					root: doc.documentElement.nodeName,
					namespace: doc.documentElement.namespaceURI,
					texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
					// Each text's height: its font size, from its attribute or its style.
					sizes: [...doc.querySelectorAll('text')].map((t) =>
						parseFloat(t.getAttribute('font-size') ?? (t as SVGElement).style.fontSize ?? '0')
					),
					width: doc.documentElement.getAttribute('width'),
					lines: doc.querySelectorAll('path').length
				};
			}, svg);
			expect(parsed.error).toBeNull();
			expect(parsed.root).toBe('svg');
			expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
			expect(parsed.texts).toContain(chart.title);
			expect(parsed.texts).toContain(SOURCE_LINE);
			// Article size: 640 px wide, every label at least 12 px tall at 1x.
			expect(parsed.width).toBe('640');
			expect(Math.min(...parsed.sizes)).toBeGreaterThanOrEqual(12);
			const all = parsed.texts.join('\n');
			// What the share is measured against, the assumption and the dataset's credit.
			if (chart.name === 'progress') {
				expect(all).toContain('fighters in Karabakh ≈10,000 (Government of Azerbaijan)');
				expect(all).toContain('One firearm per fighter');
			}
			expect(all).toContain('Figures as reported by Al Jazeera');
			for (const label of chart.labels) expect(all).toContain(label);
			expect(parsed.lines).toBeGreaterThan(3);
			expect(svg).not.toContain('undefined');
		});

		test('Download CSV: the numbers the chart draws, one row per point', async ({ page }) => {
			await page.goto(chart.path);
			const figure = await chartFigure(page, chart.title);
			const file = await download(page, figure.getByRole('button', { name: 'Download CSV' }));
			expect(file.suggestedFilename()).toBe(`${chart.file}.csv`);
			const rows = parseCsv((await bytesOf(file)).toString('utf8'));
			const drawn = await chartPoints(page, chart.title);
			if (chart.name === 'progress') {
				expect(rows.map((r) => r.category)).toEqual(chart.labels);
				expect(rows.map((r) => [r.figure, r.low, r.high, r.qualifier])).toEqual([
					['6', '6', '6', 'exact'],
					['800+', '801', '', 'more_than']
				]);
				// The solid bars are [0, certain share]: the CSV's lower share, bar by bar.
				expect(rows.map((r) => Number(r.share_low_percent))).toEqual(
					drawn.datasets[0]!.data.map((bar) => (bar as number[])[1])
				);
			} else {
				const points = drawn.datasets.flatMap((d) =>
					d.data.map((p) => {
						const point = p as { date: string; figure: string; y: number };
						return [point.date, point.figure, String(point.y)];
					})
				);
				expect(rows.map((r) => [r.date, r.figure, r.low])).toEqual(points);
				expect(rows.map((r) => r.category)).toEqual(chart.labels);
				expect(rows.every((r) => r.source === 'Russian Ministry of Defence')).toBe(true);
			}
		});
	});
}

test('a quote that begins with = comes out of the CSV neutralised', async ({ page }) => {
	// The bundled data has no such quote: give the chart's export data one, as a CSV could.
	await page.route('**/embed/timeline/firearms/export.json', async (route) => {
		const response = await route.fetch();
		const data = (await response.json()) as { header: string[]; rows: { cells: unknown[] }[] };
		data.rows[0]!.cells[data.header.indexOf('quote')] = '=HYPERLINK("http://evil.example","800")';
		data.rows[0]!.cells[data.header.indexOf('source')] = '@Russian Ministry of Defence';
		await route.fulfill({ response, json: data });
	});
	await page.goto(`/${DATASET}/category/firearms/`);
	const figure = await chartFigure(page, 'Firearms: handed over, cumulative');
	const file = await download(page, figure.getByRole('button', { name: 'Download CSV' }));
	const [row] = parseCsv((await bytesOf(file)).toString('utf8'));
	expect(row!.quote).toBe('\'=HYPERLINK("http://evil.example","800")');
	expect(row!.source).toBe("'@Russian Ministry of Defence");
	expect(row!.figure).toBe('800+');
});

test('Copy link: the link opens the same view (category, theme)', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/${DATASET}/timeline/?category=firearms`);
	await page.getByRole('button', { name: /^Theme: / }).click(); // auto -> light
	await page.getByRole('button', { name: /^Theme: / }).click(); // light -> dark
	const figure = await chartFigure(page, 'Firearms: handed over, cumulative');
	await figure.getByRole('button', { name: 'Copy link' }).click();
	await expect(figure.getByRole('status')).toHaveText('Link copied.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/karabakh-2023\/timeline\/\?category=firearms&theme=dark$/);

	const other = await context.newPage();
	await other.goto(link);
	await chartFigure(other, 'Firearms: handed over, cumulative');
	await expect(other.getByRole('link', { name: 'Firearms', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('Copy link without a clipboard: the link shows selected in a field', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: undefined });
	});
	await page.goto(`/${DATASET}/timeline/?category=ammunition`);
	const figure = await chartFigure(page, 'Ammunition: handed over, cumulative');
	await figure.getByRole('button', { name: 'Copy link' }).click();
	const field = figure.getByRole('textbox', { name: /The link to this view/ });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(/\/karabakh-2023\/timeline\/\?category=ammunition$/);
});

test('Embed: the snippet points at the embed view', async ({ page }) => {
	await page.goto(`/${DATASET}/`);
	const figure = await chartFigure(page, 'Share of each estimate handed over');
	const embed = figure.getByRole('button', { name: 'Embed' });
	await embed.click();
	await expect(embed).toHaveAttribute('aria-expanded', 'true');
	const code = figure.getByRole('textbox', { name: /HTML that shows this chart/ });
	await expect(code).toHaveValue(
		/^<iframe src="http:\/\/localhost:\d+\/karabakh-2023\/embed\/progress\/" title="Share of each estimate handed over" width="100%" height="480" style="border:0" loading="lazy"><\/iframe>$/
	);
});

const EMBEDS = [
	{
		path: `/${DATASET}/embed/progress/`,
		title: 'Share of each estimate handed over',
		back: `/${DATASET}/`
	},
	{
		path: `/${DATASET}/embed/timeline/`,
		title: 'All categories: handed over, cumulative',
		back: `/${DATASET}/timeline/`
	},
	{
		path: `/${DATASET}/embed/timeline/firearms/`,
		title: 'Firearms: handed over, cumulative',
		back: `/${DATASET}/category/firearms/`
	}
] as const;

for (const embed of EMBEDS) {
	test(`the embed view ${embed.path}: the chart, its source, a link back, no navigation`, async ({
		page
	}) => {
		await page.goto(embed.path);
		await chartFigure(page, embed.title);
		await expect(page.getByRole('navigation')).toHaveCount(0);
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('contentinfo')).toHaveCount(0);
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.getByText(SOURCE_LINE, { exact: true })).toBeVisible();
		// The address it opens (prerendered relative to the page: the pages do not hydrate).
		const back = page.getByRole('link', { name: 'Open this chart on Handover monitor' });
		expect(await back.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe(
			embed.back
		);
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});
}

for (const width of [400, 680, 1000]) {
	test(`the embed snippet's frame holds the whole embed at ${width} px, with no scrollbar`, async ({
		page,
		baseURL
	}) => {
		await page.goto(`/${DATASET}/`);
		const figure = await chartFigure(page, 'Share of each estimate handed over');
		await figure.getByRole('button', { name: 'Embed' }).click();
		const code = await figure
			.getByRole('textbox', { name: /HTML that shows this chart/ })
			.inputValue();
		const height = Number(/height="(\d+)"/.exec(code)![1]);
		await page.setViewportSize({ width: width + 40, height: 1200 });
		await page.setContent(
			code.replace('width="100%"', `width="${width}"`).replace(' loading="lazy"', '')
		);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('canvas[data-chart="ready"]')).toBeAttached();
		const inner = page.frames().find((f) => f.url() === `${baseURL}/${DATASET}/embed/progress/`)!;
		const { scroll, client } = await inner.evaluate(() => ({
			scroll: document.documentElement.scrollHeight,
			client: document.documentElement.clientHeight
		}));
		expect(client).toBe(height);
		expect(scroll).toBeLessThanOrEqual(client);
		// It names the dataset and the as-of date, and its link back is in the frame.
		await expect(
			frame.getByText('Nagorno-Karabakh weapons handover, September 2023, as of 2023-09-22')
		).toBeInViewport();
		await expect(frame.getByRole('link', { name: /Open this chart/ })).toBeInViewport();
	});
}

test('an embed view draws inside a frame of another origin, sized to it', async ({
	page,
	baseURL
}) => {
	// A page of another origin (about:blank's is opaque) that embeds the chart with an <iframe>.
	await page.setContent(
		`<iframe src="${baseURL}/${DATASET}/embed/progress/" title="chart" width="600" height="420" style="border:0"></iframe>`
	);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('canvas[data-chart="ready"]')).toBeAttached();
	const box = (await frame.locator('canvas').boundingBox())!;
	expect(box.width).toBeLessThanOrEqual(600);
	expect(box.width).toBeGreaterThan(500);
	const frameBox = (await page.locator('iframe').boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + 420);
	await expect(frame.getByText(SOURCE_LINE, { exact: true })).toBeInViewport();
});

test('the overview prints as a two-page briefing, its chart as an image of itself', async ({
	page
}) => {
	await page.goto(`/${DATASET}/`);
	const figure = await chartFigure(page, 'Share of each estimate handed over');
	await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
	const canvas = figure.locator('canvas');
	const { width, height } = (await canvas.boundingBox())!;
	await page.emulateMedia({ media: 'print' });
	// What the browser's print dialog fires first (window.print() too).
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	const image = figure.locator('img.print-image');
	await expect(image).toBeVisible();
	await expect(canvas).toBeHidden();
	// The picture keeps the chart's shape (it once stretched over three pages).
	const shown = (await image.boundingBox())!;
	expect(shown.height / shown.width).toBeCloseTo(height / width, 1);
	const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBeLessThanOrEqual(2);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	await expect(canvas).toBeVisible();
});
