/**
 * Lighthouse scores of the built site (issue 7, item 3): `npm run lighthouse [-- --reuse]`.
 *
 * Builds the site (`vite build` into build/, or into `--build-dir <dir>`, with its own
 * SvelteKit folder so that it does not touch a normal build's), or with `--reuse` measures the
 * build that is there; serves it statically on a free local port (scripts/serve-static.mjs,
 * behind a small proxy that gzips text, as a static host does);
 * and runs Lighthouse 12 (its Node API, mobile settings: the default, with simulated
 * throttling) on one page of each type, in Debian's Chromium ($CHROME_PATH, $CHROMIUM_PATH or
 * /usr/bin/chromium), headless, with a throwaway profile under .cache/. A page type the build
 * does not have is skipped and said so.
 *
 * Prints the four scores per page (performance, accessibility, best practices, SEO), then what
 * keeps any of them below 100 (the failing audits), and last one JSON line with the scores.
 * `--runs <n>` runs each page n times and keeps the median performance score (the others do not
 * vary). `--save <dir>` writes each page's whole report there as JSON. `--check` exits 1 when a
 * score is below 100.
 *
 * Why one file: one command; serving the build with gzip, running Lighthouse and the table of
 * medians share its options.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite, REPO_ROOT } from './large-site';
import { serveStatic } from './serve-static.mjs';
import { textTable } from './text-table';

/** One page of each type, with the bundled dataset (`/` is its overview or the list). */
export const PAGES = [
	'/',
	'/karabakh-2023/',
	'/karabakh-2023/timeline/',
	'/karabakh-2023/reports/',
	'/karabakh-2023/sources/',
	'/karabakh-2023/category/firearms/',
	'/methodology/'
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The flags of playwright.config.ts, and nothing that phones home. */
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

interface Options {
	reuse: boolean;
	buildDir: string;
	runs: number;
	check: boolean;
	/** Where to write each page's full report (JSON), or null. */
	save: string | null;
}

const USAGE =
	'usage: npm run lighthouse [-- --reuse] [--build-dir build] [--runs 1] [--save <dir>] [--check]';

function parseArgs(argv: readonly string[]): Options {
	const options: Options = {
		reuse: false,
		buildDir: path.resolve(REPO_ROOT, process.env.BUILD_DIR || 'build'),
		runs: 1,
		check: false,
		save: null
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--reuse') options.reuse = true;
		else if (arg === '--check') options.check = true;
		else if (arg === '--build-dir' && argv[i + 1]) options.buildDir = path.resolve(argv[++i]!);
		else if (arg === '--save' && argv[i + 1]) options.save = path.resolve(argv[++i]!);
		else if (arg === '--runs' && Number.isInteger(Number(argv[i + 1])) && Number(argv[i + 1]) > 0) {
			options.runs = Number(argv[++i]);
		} else throw new Error(`unexpected argument '${arg}'\n${USAGE}`);
	}
	return options;
}

/** Types a static host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * A server in front of serve-static's (on `upstream`) that gzips text responses when the
 * browser accepts it, as any static host does (serve-static itself does not compress: the page
 * budgets measure gzip sizes themselves). Without it Lighthouse would time every download
 * uncompressed.
 */
function compressing(upstream: number): Promise<Server> {
	const server = createServer((request, response) => {
		const forward = httpRequest(
			{
				port: upstream,
				path: request.url,
				method: request.method,
				headers: { ...request.headers, 'accept-encoding': 'identity' }
			},
			(answer) => {
				const type = String(answer.headers['content-type'] ?? '');
				const gzip =
					/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) &&
					COMPRESSIBLE.test(type) &&
					request.method !== 'HEAD';
				const headers = { ...answer.headers, vary: 'accept-encoding' };
				if (!gzip) {
					response.writeHead(answer.statusCode ?? 502, headers);
					answer.pipe(response);
					return;
				}
				delete headers['content-length'];
				response.writeHead(answer.statusCode ?? 502, { ...headers, 'content-encoding': 'gzip' });
				answer.pipe(createGzip({ level: 6 })).pipe(response);
			}
		);
		forward.on('error', () => response.writeHead(502).end('bad gateway'));
		request.pipe(forward);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(server));
	});
}

/** The file a static host serves for a page address. */
function pageFile(buildDir: string, page: string): string {
	return path.join(buildDir, ...page.split('/').filter(Boolean), 'index.html');
}

/** The metrics the performance score is made of, as Lighthouse shows them. */
const METRICS = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift',
	SI: 'speed-index'
} as const;

interface PageResult {
	page: string;
	scores: Record<Category, number | null>;
	/** FCP, LCP, ... as displayed ("0.9 s"). */
	metrics: Record<keyof typeof METRICS, string>;
	/** Per category, the audits that cost points: `id: title (score)`. */
	failing: Record<Category, string[]>;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function audit(
	url: string,
	port: number,
	save: string | null
): Promise<Omit<PageResult, 'page'>> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES]
	});
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const { lhr } = result;
	if (save !== null) {
		mkdirSync(save, { recursive: true });
		const name = new URL(url).pathname.split('/').filter(Boolean).join('_') || 'index';
		writeFileSync(path.join(save, `${name}.json`), JSON.stringify(lhr, null, 1));
	}
	if (lhr.runtimeError)
		throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	const scores = {} as PageResult['scores'];
	const failing = {} as PageResult['failing'];
	for (const id of CATEGORIES) {
		const category = lhr.categories[id];
		scores[id] =
			category?.score === null || category === undefined ? null : Math.round(category.score * 100);
		failing[id] = [];
		for (const ref of category?.auditRefs ?? []) {
			const item = lhr.audits[ref.id];
			if (!item || ref.weight === 0 || item.score === null || item.score >= 1) continue;
			const shown = item.displayValue ? `, ${item.displayValue}` : '';
			failing[id].push(`${ref.id}: ${item.title} (score ${item.score}${shown})`);
		}
	}
	const metrics = {} as PageResult['metrics'];
	for (const [name, id] of Object.entries(METRICS) as [keyof typeof METRICS, string][]) {
		metrics[name] = lhr.audits[id]?.displayValue ?? '-';
	}
	return { scores, failing, metrics };
}

async function main(argv: readonly string[]): Promise<number> {
	let options: Options;
	try {
		options = parseArgs(argv);
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 2;
	}
	const relative = path.relative(REPO_ROOT, options.buildDir) || '.';
	if (options.reuse && existsSync(path.join(options.buildDir, 'index.html'))) {
		console.log(`reusing ${relative}/`);
	} else {
		console.log(`building into ${relative}/ ...`);
		console.log(
			`built in ${(
				buildSite({
					buildDir: options.buildDir,
					kitDir:
						path.resolve(options.buildDir) === path.resolve(REPO_ROOT, 'build')
							? undefined
							: path.join(REPO_ROOT, '.cache/lighthouse-kit')
				}) / 1000
			).toFixed(1)} s`
		);
	}

	const pages = PAGES.filter((page) => existsSync(pageFile(options.buildDir, page)));
	for (const page of PAGES) {
		if (!pages.includes(page)) console.log(`skipped ${page}: the build has no such page`);
	}

	const files = await serveStatic(options.buildDir, 0);
	const server = await compressing((files.address() as AddressInfo).port);
	const { port } = server.address() as AddressInfo;
	const profile = path.join(REPO_ROOT, '.cache', `lighthouse-profile-${process.pid}`);
	mkdirSync(profile, { recursive: true });
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		chromeFlags: CHROME_FLAGS,
		userDataDir: profile,
		logLevel: 'error'
	});
	const results: PageResult[] = [];
	try {
		for (const page of pages) {
			const url = `http://localhost:${port}${page}`;
			const runs: Omit<PageResult, 'page'>[] = [];
			for (let run = 0; run < options.runs; run++)
				runs.push(await audit(url, chrome.port, options.save));
			// The run with the median performance score stands for the page.
			const performance = median(runs.map((r) => r.scores.performance ?? 0));
			const chosen = runs.find((r) => (r.scores.performance ?? 0) === performance) ?? runs[0]!;
			results.push({ page, ...chosen, scores: { ...chosen.scores, performance } });
			console.log(`  ${page}: ${CATEGORIES.map((c) => chosen.scores[c] ?? '-').join(' / ')}`);
		}
	} finally {
		chrome.kill();
		server.close();
		files.close();
		rmSync(profile, { recursive: true, force: true });
	}

	console.log('');
	console.log(
		textTable([
			[
				'page (mobile)',
				'performance',
				'accessibility',
				'best-practices',
				'seo',
				...Object.keys(METRICS)
			],
			...results.map((r) => [
				r.page,
				...CATEGORIES.map((c) => String(r.scores[c] ?? '-')),
				...Object.values(r.metrics)
			])
		])
	);
	const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] !== 100));
	if (below.length > 0) {
		console.log('\nwhat costs points:');
		for (const r of below) {
			for (const c of CATEGORIES) {
				if (r.scores[c] === 100) continue;
				console.log(`  ${r.page} ${c} ${r.scores[c]}:`);
				for (const line of r.failing[c]) console.log(`    ${line}`);
			}
		}
	}
	console.log(
		JSON.stringify({
			lighthouse: Object.fromEntries(results.map((r) => [r.page, r.scores])),
			skipped: PAGES.filter((page) => !pages.includes(page))
		})
	);
	return options.check && below.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = await main(process.argv.slice(2));
}
