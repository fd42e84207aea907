/**
 * The islands (src/lib/islands, issue 7): the pages ship no SvelteKit client (csr = false), only
 * one entry that hydrates the parts of a page that answer to the reader.
 * - In a build, SvelteKit's client build gets the entry as one more chunk, so that it shares
 *   Svelte's runtime and the islands' chunks; src/lib/server/islands.ts reads the build's
 *   manifest and writes the entry's <script> into each page. Under `vite dev` Vite serves it.
 * - Browser code that imports `$app/paths` gets src/lib/islands/paths.browser.ts: SvelteKit's
 *   own module would bring its whole client router along.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { ISLANDS_ENTRY } from '../src/lib/server/build-manifest';

const BROWSER_PATHS = path.resolve('src/lib/islands/paths.browser.ts');

export function islandsPlugin(): Plugin {
	let browserBuild = false;
	return {
		name: 'handover-islands',
		enforce: 'pre',
		configResolved(config) {
			browserBuild = config.command === 'build' && !config.build.ssr;
		},
		buildStart() {
			if (!browserBuild) return;
			this.emitFile({ type: 'chunk', id: path.resolve(ISLANDS_ENTRY), name: 'islands' });
		},
		resolveId(id, _importer, options) {
			if ((id === '$app/paths' || id === '#app/paths') && !options?.ssr) return BROWSER_PATHS;
			return null;
		}
	};
}
