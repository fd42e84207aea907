/**
 * Helpers for the large-dataset end-to-end tests (not a spec). The pages are those of issue 3's
 * routes for the generated dataset `generated-100k`, whatever exists of them; a route that is
 * missing fails its test rather than being skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { LARGE } from '../../scripts/large-site';

export { LARGE };
export const ID = LARGE.id;

/** The categories of the seed (and so of the generated dataset), in file order. */
export const CATEGORY_IDS = [
	'armored_vehicles',
	'firearms',
	'ammunition',
	'anti_tank_missiles',
	'manpads'
] as const;

/** The pages every run opens, and whether each must show at least one chart. */
export const PAGES: readonly { path: string; charts: boolean }[] = [
	{ path: '/', charts: true },
	{ path: `/${ID}/`, charts: true },
	{ path: `/${ID}/timeline/`, charts: true },
	{ path: `/${ID}/reports/`, charts: false },
	{ path: `/${ID}/sources/`, charts: false },
	...CATEGORY_IDS.map((id) => ({ path: `/${ID}/category/${id}/`, charts: true })),
	{ path: '/methodology/', charts: false }
];

/** The most HTML a prerendered page may weigh (issue 7: with a 100,000-row dataset). */
export const MAX_HTML_BYTES = 100 * 1024;

/** The generated reports.csv as rows of cells (header dropped), read once per worker. */
let rows: string[][] | null = null;
export function generatedRows(): string[][] {
	if (rows === null) {
		const text = readFileSync(path.join(LARGE.dataRoot, ID, 'reports.csv'), 'utf8');
		rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
	}
	return rows;
}

/** `12345` as the site writes it, `12,345`. */
export const count = (n: number) => n.toLocaleString('en-US');

/**
 * Installs, before any page script, a watcher that records in `window.__chartsPainted` the
 * `performance.now()` (milliseconds since navigation start) of the first animation frame in
 * which the page has at least one canvas and every canvas has a painted pixel.
 */
export async function watchFirstPaint(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __chartsPainted?: number };
		const scratch = document.createElement('canvas');
		const painted = (canvas: HTMLCanvasElement): boolean => {
			if (canvas.width === 0 || canvas.height === 0) return false;
			scratch.width = canvas.width;
			scratch.height = canvas.height;
			const context = scratch.getContext('2d', { willReadFrequently: true })!;
			context.clearRect(0, 0, canvas.width, canvas.height);
			context.drawImage(canvas, 0, 0);
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
			return false;
		};
		const tick = () => {
			const canvases = [...document.querySelectorAll('canvas')];
			if (canvases.length > 0 && canvases.every(painted)) w.__chartsPainted = performance.now();
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

/**
 * Every canvas on the page has painted pixels (at least one canvas when `charts` is true):
 * waits for it, up to the test's timeout.
 */
export async function expectCanvasesPainted(page: Page, charts: boolean): Promise<void> {
	if (charts) await expect(page.locator('canvas').first()).toBeAttached({ timeout: 20_000 });
	const unpainted = () =>
		page.evaluate(() => {
			const scratch = document.createElement('canvas');
			return [...document.querySelectorAll('canvas')]
				.filter((canvas) => {
					if (canvas.width === 0 || canvas.height === 0) return true;
					scratch.width = canvas.width;
					scratch.height = canvas.height;
					const context = scratch.getContext('2d')!;
					context.drawImage(canvas, 0, 0);
					const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
					for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return false;
					return true;
				})
				.map((canvas) => canvas.getAttribute('aria-label') ?? canvas.outerHTML.slice(0, 80));
		});
	await expect.poll(unpainted, { timeout: 20_000 }).toEqual([]);
}

/** The size in bytes of a page's raw prerendered HTML, as the server sends it (no JavaScript run). */
export async function htmlBytes(request: APIRequestContext, url: string): Promise<number> {
	const response = await request.get(url);
	expect(response.status(), `${url} is not in the build`).toBe(200);
	return (await response.body()).length;
}
