/**
 * The <script> of the islands' entry (src/lib/islands/entry.ts) for a page's <head>, with a
 * modulepreload for each chunk it imports, so that they download side by side. Under `vite dev`
 * Vite serves the entry from its source; a build has it in SvelteKit's client manifest, as
 * scripts/vite-plugin-islands.ts emitted it. Addresses are relative to the page (as SvelteKit
 * writes its own), so the site works from any folder of a host; the error page, served at any
 * address, gets them from the root.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dev } from '$app/environment';

const ENTRY = 'src/lib/islands/entry.ts';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

let built: string[] | null = null;

/** The entry's file and its static imports, in load order (entry last), from the build. */
function builtFiles(): string[] {
	if (built) return built;
	const outDir = process.env.KIT_OUT_DIR || '.svelte-kit';
	const manifestPath = path.join(outDir, 'output', 'client', '.vite', 'manifest.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
	const entry = manifest[ENTRY];
	if (!entry)
		throw new Error(`${manifestPath} has no ${ENTRY}: is islandsPlugin() in vite.config.ts?`);
	const files: string[] = [];
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || files.includes(chunk.file)) return;
		for (const imported of chunk.imports ?? []) visit(imported);
		files.push(chunk.file);
	};
	visit(ENTRY);
	built = files;
	return files;
}

/** `../../` for `/ar/karabakh-2023/`: from the page's folder to the site's root. */
export function rootFrom(pathname: string, errorPage: boolean): string {
	if (errorPage) return '/';
	const depth = pathname.split('/').length - 2;
	return depth <= 0 ? './' : '../'.repeat(depth);
}

export function islandsHead(pathname: string, errorPage: boolean): string {
	if (dev) return `<script type="module" src="/${ENTRY}"></script>`;
	const root = rootFrom(pathname, errorPage);
	const files = builtFiles();
	const entry = files.at(-1)!;
	return [
		...files.slice(0, -1).map((file) => `<link rel="modulepreload" href="${root}${file}">`),
		`<script type="module" src="${root}${entry}"></script>`
	].join('\n\t\t');
}
