/**
 * The generated large site: 100,000 made-up reports in `.cache/large-data/generated-100k/`,
 * built into `.cache/large-build/` (with its own `.cache/large-kit/`, so that it never touches
 * build/ or .svelte-kit/ of a normal build), and optionally served on port 4174.
 *
 *   npx tsx scripts/large-site.ts [--serve] [--reuse] [--port 4174]
 *
 * `--reuse` keeps an existing build (and its data) instead of generating and building again.
 * Prints the generation and build times. tests/large/playwright.config.ts runs it with --serve;
 * scripts/budget.ts calls its functions for the HTML check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveStatic } from './serve-static.mjs';
import { writeDataset } from './gen-dataset';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const LARGE = {
	id: 'generated-100k',
	rows: 100_000,
	dataRoot: path.join(REPO_ROOT, '.cache/large-data'),
	buildDir: path.join(REPO_ROOT, '.cache/large-build'),
	kitDir: path.join(REPO_ROOT, '.cache/large-kit'),
	port: 4174
} as const;

/** Writes the generated dataset as the only dataset under LARGE.dataRoot; returns milliseconds. */
export async function generateLargeData(rows: number = LARGE.rows): Promise<number> {
	const began = performance.now();
	rmSync(LARGE.dataRoot, { recursive: true, force: true });
	await writeDataset(path.join(LARGE.dataRoot, LARGE.id), { rows });
	return performance.now() - began;
}

export interface BuildTarget {
	/** HANDOVER_DATA: the folder of dataset folders. Undefined: the repository's data/. */
	dataRoot?: string;
	/** The adapter's output folder (BUILD_DIR). */
	buildDir: string;
	/** SvelteKit's working folder (KIT_OUT_DIR). */
	kitDir?: string;
}

/**
 * `vite build` with the given data and output folders; returns milliseconds. Its output is
 * printed only when it fails (then this throws).
 */
export function buildSite(target: BuildTarget): number {
	const env: NodeJS.ProcessEnv = { ...process.env, BUILD_DIR: target.buildDir };
	if (target.dataRoot) env.HANDOVER_DATA = target.dataRoot;
	if (target.kitDir) env.KIT_OUT_DIR = target.kitDir;
	const began = performance.now();
	const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/vite'), ['build'], {
		cwd: REPO_ROOT,
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const ms = performance.now() - began;
	if (run.status !== 0) {
		process.stderr.write(run.stdout + run.stderr);
		throw new Error(`vite build into ${target.buildDir} failed (exit ${run.status})`);
	}
	return ms;
}

export interface HtmlPage {
	/** The page's address, `/generated-100k/timeline/`. */
	url: string;
	file: string;
	bytes: number;
}

/** Every prerendered page of a built site: `x/index.html` is `/x/`; other `.html` files as they are. */
export function htmlPages(buildDir: string): HtmlPage[] {
	const pages: HtmlPage[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_app') walk(file);
			} else if (entry.name.endsWith('.html')) {
				const relative = path.relative(buildDir, file).split(path.sep).join('/');
				const url = `/${relative === 'index.html' ? '' : relative.replace(/(^|\/)index\.html$/, '$1')}`;
				pages.push({ url, file, bytes: statSync(file).size });
			}
		}
	};
	walk(buildDir);
	return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Generates and builds the large site (or keeps the existing one with `reuse`), printing times. */
export async function prepareLargeSite(reuse = false): Promise<{ buildMs: number | null }> {
	if (reuse && existsSync(path.join(LARGE.buildDir, 'index.html'))) {
		console.log(`large site: reusing ${path.relative(REPO_ROOT, LARGE.buildDir)}/`);
		return { buildMs: null };
	}
	const genMs = await generateLargeData();
	console.log(
		`large site: generated ${LARGE.rows.toLocaleString('en-US')} reports in ${(genMs / 1000).toFixed(2)} s`
	);
	const buildMs = buildSite({
		dataRoot: LARGE.dataRoot,
		buildDir: LARGE.buildDir,
		kitDir: LARGE.kitDir
	});
	const pages = htmlPages(LARGE.buildDir);
	const largest = pages.reduce((max, page) => (page.bytes > max.bytes ? page : max), pages[0]!);
	console.log(
		`large site: built ${pages.length} pages in ${(buildMs / 1000).toFixed(1)} s ` +
			`(largest HTML ${(largest.bytes / 1024).toFixed(1)} KB, ${largest.url})`
	);
	return { buildMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const argv = process.argv.slice(2);
	const at = argv.indexOf('--port');
	const port = at === -1 ? LARGE.port : Number(argv[at + 1]);
	await prepareLargeSite(argv.includes('--reuse'));
	if (argv.includes('--serve')) {
		await serveStatic(LARGE.buildDir, port);
		console.log(`large site: serving on http://localhost:${port}/`);
	}
}
