/**
 * Page budgets (issue 7, item 2): `npm run budget [-- --reuse]`.
 *
 * 1. Builds the site on the bundled data (into .cache/budget-build/, beside any normal build),
 *    serves it, and loads one page of each type in headless Chromium. For each it records every
 *    JavaScript response (lazy chunks and workers included) and gzips the bytes itself (level 9,
 *    so the figure does not depend on a server):
 *    - initial JS: what the page needs to start: the islands' entry and the islands the page
 *      holds, with all they import statically, as the build's manifest lists them
 *      (scripts/budget-initial.ts). The pages ship no SvelteKit client (issue 7): this is
 *      Svelte's runtime, the entry and the islands' own code, before any chart code;
 *    - all JS: everything fetched once the page has loaded, has been scrolled to the bottom,
 *      every chart canvas has painted pixels and the network is idle. all - initial = the lazy
 *      chunks (the chart code; list printed).
 * 2. Builds the generated 100,000-row site (scripts/large-site.ts) and measures the HTML of every
 *    page it prerenders.
 *
 * Budgets (exit status 1 when one is exceeded): all JS of the heaviest page <= 100 KB gzip;
 * initial JS of every page <= 40 KB gzip; HTML of every page of the 100,000-row site <= 100 KB.
 * A page that fails to load or whose charts never paint is exit status 2.
 *
 * `--reuse` measures the builds that are already there (build/, or $BUILD_DIR with $KIT_OUT_DIR,
 * and .cache/large-build/, as `npm test` leaves them) instead of building: CI runs it right
 * after the tests.
 * The browser is Debian's Chromium (or $CHROMIUM_PATH) with the flags of playwright.config.ts.
 * The last line printed is one JSON object with the figures.
 *
 * Why one file: one command, whose build, measurement in Chromium and report share its options;
 * the initial-JavaScript walk is apart already (budget-initial.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { initialFiles, readBuildFacts } from './budget-initial';
import { buildSite, htmlPages, LARGE, prepareLargeSite, REPO_ROOT } from './large-site';
import { serveStatic } from './serve-static.mjs';
import { textTable } from './text-table';

const KB = 1024;
export const BUDGET = {
	heaviestPageJs: 100 * KB,
	initialJs: 40 * KB,
	html: 100 * KB
} as const;

/** The route a built page belongs to: `/karabakh-2023/category/firearms/` is `/[dataset]/category/[id]/`. */
export function pageType(url: string, datasets: readonly string[]): string {
	const segments = url.split('/').filter((s) => s !== '');
	const out: string[] = [];
	let i = 0;
	if (segments[0] === 'ar') out.push(segments[i++]!);
	if (segments[i] !== undefined && datasets.includes(segments[i]!)) {
		out.push('[dataset]');
		i++;
	}
	for (; i < segments.length; i++) {
		out.push(segments[i - 1] === 'category' && out.at(-1) === 'category' ? '[id]' : segments[i]!);
	}
	return `/${out.map((s) => `${s}/`).join('')}`;
}

interface PageGroup {
	/** The page measured for the type: the first in address order. */
	url: string;
	/** How many pages the type has, and its largest HTML. */
	count: number;
	largest: { url: string; bytes: number };
}

/** The built pages grouped by type (`404.html` and other non-page files left out). */
function pagesByType(buildDir: string, datasets: readonly string[]): Map<string, PageGroup> {
	const types = new Map<string, PageGroup>();
	for (const page of htmlPages(buildDir)) {
		if (!page.url.endsWith('/')) continue;
		const type = pageType(page.url, datasets);
		const entry = types.get(type);
		if (!entry) types.set(type, { url: page.url, count: 1, largest: page });
		else {
			entry.count++;
			if (page.bytes > entry.largest.bytes) entry.largest = page;
		}
	}
	return types;
}

/** The dataset ids under a data root: its folders that hold a reports.csv (as src/lib/server/datasets.ts). */
function datasetsIn(dataRoot: string): string[] {
	if (!existsSync(dataRoot)) return [];
	return readdirSync(dataRoot, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(path.join(dataRoot, e.name, 'reports.csv')))
		.map((e) => e.name);
}

interface Measured {
	type: string;
	url: string;
	htmlBytes: number;
	htmlGzip: number;
	initialGzip: number;
	allGzip: number;
	files: number;
	lazy: { file: string; gzip: number }[];
	dataGzip: number;
	canvases: number;
	problem: string | null;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

const isJs = (url: string, contentType: string) =>
	/javascript|ecmascript/.test(contentType) || /\.m?js(\?|$)/.test(url);

/** Loads one page and measures what it fetches, before and after its charts. */
async function measure(
	browser: Browser,
	origin: string,
	type: string,
	url: string,
	facts: ReturnType<typeof readBuildFacts>
): Promise<Measured> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const js = new Map<string, Promise<number>>();
	const data = new Map<string, Promise<number>>();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	context.on('response', (response) => {
		if (response.status() >= 300 && response.status() < 400) return;
		const href = response.url();
		const contentType = response.headers()['content-type'] ?? '';
		const kind = response.request().resourceType();
		const size = response.body().then(gzipSize, () => 0);
		if (isJs(href, contentType)) js.set(href, size);
		else if (kind === 'fetch' || kind === 'xhr') data.set(href, size);
	});

	const result: Measured = {
		type,
		url,
		htmlBytes: 0,
		htmlGzip: 0,
		initialGzip: 0,
		allGzip: 0,
		files: 0,
		lazy: [],
		dataGzip: 0,
		canvases: 0,
		problem: null
	};
	try {
		const response = await page.goto(origin + url, { waitUntil: 'load' });
		if (!response || response.status() !== 200) throw new Error(`status ${response?.status()}`);
		const html = await response.body();
		result.htmlBytes = html.length;
		result.htmlGzip = gzipSize(html);
		const initial = initialFiles(facts.manifest, facts.islands, html.toString('utf8'));

		// Charts may load when scrolled into view: scroll through the page, then wait.
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
				window.scrollTo(0, y);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			window.scrollTo(0, 0);
		});
		await page.waitForLoadState('networkidle');
		await page.waitForFunction(
			() => {
				const scratch = document.createElement('canvas');
				return [...document.querySelectorAll('canvas')].every((canvas) => {
					if (canvas.width === 0 || canvas.height === 0) return false;
					scratch.width = canvas.width;
					scratch.height = canvas.height;
					const context = scratch.getContext('2d')!;
					context.drawImage(canvas, 0, 0);
					const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
					for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
					return false;
				});
			},
			undefined,
			{ timeout: 20_000, polling: 100 }
		);
		await page.waitForLoadState('networkidle');
		result.canvases = await page.locator('canvas').count();

		for (const [href, size] of js) {
			const gzip = await size;
			result.allGzip += gzip;
			result.files++;
			if (initial.has(new URL(href).pathname.slice(1))) result.initialGzip += gzip;
			else result.lazy.push({ file: new URL(href).pathname.split('/').pop()!, gzip });
		}
		for (const size of data.values()) result.dataGzip += await size;
		if (errors.length > 0) result.problem = `console errors: ${errors.join(' | ')}`;
	} catch (error) {
		result.problem = (error as Error).message.split('\n')[0]!;
	} finally {
		await context.close();
	}
	return result;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`;

/**
 * Chromium's launch options: the flags of playwright.config.ts (imported here, not at the top:
 * it also points the XDG and TMPDIR folders of this process at .cache/, which only the browser
 * run needs), Debian's Chromium or $CHROMIUM_PATH, headless.
 */
async function launchOptions() {
	const { default: playwrightConfig } = await import('../playwright.config');
	const fromConfig = playwrightConfig.projects?.[0]?.use?.launchOptions ?? {};
	const executablePath =
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : fromConfig.executablePath);
	return { ...fromConfig, executablePath, headless: true };
}

async function main(argv: readonly string[]): Promise<number> {
	const reuse = argv.includes('--reuse');
	const unknown = argv.filter((a) => a !== '--reuse');
	if (unknown.length > 0) {
		console.error(`error: unexpected argument '${unknown[0]}'\nusage: npm run budget [-- --reuse]`);
		return 2;
	}

	// 1. The site on the bundled data.
	const buildDir = reuse
		? path.join(REPO_ROOT, process.env.BUILD_DIR || 'build')
		: path.join(REPO_ROOT, '.cache/budget-build');
	const kitDir = reuse
		? path.join(REPO_ROOT, process.env.KIT_OUT_DIR || '.svelte-kit')
		: path.join(REPO_ROOT, '.cache/budget-kit');
	if (reuse) {
		if (!existsSync(path.join(buildDir, 'index.html'))) {
			console.error(`error: --reuse needs a build in ${buildDir}; run npm run build first`);
			return 2;
		}
		console.log(`budget: measuring the existing build in ${path.relative(REPO_ROOT, buildDir)}/`);
	} else {
		const ms = buildSite({ buildDir, kitDir });
		console.log(`budget: built the site in ${(ms / 1000).toFixed(1)} s`);
	}
	const datasets = datasetsIn(process.env.HANDOVER_DATA || path.join(REPO_ROOT, 'data'));
	const types = pagesByType(buildDir, datasets);

	const server = await serveStatic(buildDir, 0);
	const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch(await launchOptions());
	const measured: Measured[] = [];
	try {
		const facts = readBuildFacts(kitDir, REPO_ROOT);
		for (const [type, { url }] of types) {
			measured.push(await measure(browser, origin, type, url, facts));
		}
	} finally {
		await browser.close();
		server.close();
	}

	// 2. The HTML of the 100,000-row site.
	const large = await prepareLargeSite(reuse);
	const largeTypes = pagesByType(LARGE.buildDir, [LARGE.id]);
	const largePages = htmlPages(LARGE.buildDir).filter((p) => p.url.endsWith('/'));

	const over: string[] = [];
	const failed = measured.filter((m) => m.problem !== null);
	for (const m of measured) {
		if (m.initialGzip > BUDGET.initialJs) {
			over.push(`${m.type}: initial JS ${kb(m.initialGzip)} KB gzip > ${kb(BUDGET.initialJs)} KB`);
		}
		if (m.allGzip > BUDGET.heaviestPageJs) {
			over.push(`${m.type}: all JS ${kb(m.allGzip)} KB gzip > ${kb(BUDGET.heaviestPageJs)} KB`);
		}
	}
	for (const page of largePages) {
		if (page.bytes > BUDGET.html) {
			over.push(`${page.url} (100,000 rows): HTML ${kb(page.bytes)} KB > ${kb(BUDGET.html)} KB`);
		}
	}

	console.log('\nJavaScript per page type, KB gzip -9 (HTML KB raw), bundled dataset');
	console.log(
		textTable(
			[
				[
					'page type',
					'measured page',
					'HTML',
					'HTML gz',
					'initial JS',
					'all JS',
					'files',
					'charts',
					'data gz'
				],
				...measured.map((m) => [
					m.type,
					m.url,
					kb(m.htmlBytes),
					kb(m.htmlGzip),
					kb(m.initialGzip),
					kb(m.allGzip),
					String(m.files),
					String(m.canvases),
					kb(m.dataGzip)
				])
			],
			{ leftColumns: 2, rule: true }
		)
	);
	for (const m of measured) {
		if (m.lazy.length > 0) {
			const list = m.lazy
				.sort((a, b) => b.gzip - a.gzip)
				.map((l) => `${l.file} ${kb(l.gzip)}`)
				.join(', ');
			console.log(`  lazy on ${m.type}: ${list}`);
		}
		if (m.problem) console.log(`  PROBLEM on ${m.type} (${m.url}): ${m.problem}`);
	}

	console.log(
		`\nHTML of the 100,000-row site (${largePages.length} pages` +
			(large.buildMs === null
				? ', reused build'
				: `, built in ${(large.buildMs / 1000).toFixed(1)} s`) +
			')'
	);
	console.log(
		textTable(
			[
				['page type', 'largest page', 'pages', 'HTML KB', 'HTML gz', 'data.json KB'],
				...[...largeTypes].map(([type, entry]) => {
					const file = entry.largest.url === '/' ? 'index.html' : `${entry.largest.url}index.html`;
					const html = readFileSync(path.join(LARGE.buildDir, file));
					const dataFile = path.join(LARGE.buildDir, entry.largest.url, '__data.json');
					return [
						type,
						entry.largest.url,
						String(entry.count),
						kb(entry.largest.bytes),
						kb(gzipSize(html)),
						existsSync(dataFile) ? kb(readFileSync(dataFile).length) : '-'
					];
				})
			],
			{ leftColumns: 2, rule: true }
		)
	);

	const heaviest = measured.reduce((a, b) => (b.allGzip > a.allGzip ? b : a), measured[0]!);
	const maxInitial = measured.reduce(
		(a, b) => (b.initialGzip > a.initialGzip ? b : a),
		measured[0]!
	);
	const maxHtml = largePages.reduce((a, b) => (b.bytes > a.bytes ? b : a), largePages[0]!);
	console.log(
		`\nheaviest page: ${heaviest.type} ${kb(heaviest.allGzip)} KB gzip (budget ${kb(BUDGET.heaviestPageJs)}); ` +
			`most initial JS: ${maxInitial.type} ${kb(maxInitial.initialGzip)} KB (budget ${kb(BUDGET.initialJs)}); ` +
			`largest HTML at 100,000 rows: ${maxHtml.url} ${kb(maxHtml.bytes)} KB (budget ${kb(BUDGET.html)})`
	);
	for (const line of over) console.log(`OVER BUDGET: ${line}`);
	const status = failed.length > 0 ? 2 : over.length > 0 ? 1 : 0;
	console.log(
		status === 0
			? 'budget: ok'
			: status === 1
				? 'budget: over budget'
				: 'budget: pages failed to load'
	);
	console.log(
		JSON.stringify({
			heaviest_page: heaviest.type,
			heaviest_js_gzip_kb: Number(kb(heaviest.allGzip)),
			max_initial_js_gzip_kb: Number(kb(maxInitial.initialGzip)),
			max_html_kb_100k: Number(kb(maxHtml.bytes)),
			build_100k_s: large.buildMs === null ? null : Number((large.buildMs / 1000).toFixed(1)),
			ok: status === 0
		})
	);
	return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		console.error(`budget: ${(error as Error).message}`);
		process.exitCode = 2;
	}
}
