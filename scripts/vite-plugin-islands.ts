/**
 * The islands (src/lib/islands, issue 7): the pages ship no SvelteKit client (csr = false), only
 * one entry that hydrates the parts of a page that answer to the reader.
 * - In a build, SvelteKit's client build gets the entry as one more chunk, so that it shares
 *   Svelte's runtime and the islands' chunks; src/lib/server/islands.ts reads the build's
 *   manifest and writes the entry's <script> into each page. Under `vite dev` Vite serves it.
 * - Browser code that imports `$app/paths` gets src/lib/islands/paths.browser.ts: SvelteKit's
 *   own module would bring its whole client router along.
 * - Browser code that imports src/lib/islands/names.ts gets names.browser.ts: the server's reads
 *   the registry folder eagerly, which would put every island into every page body's code.
 * - The entry's import of an island's registry file (src/lib/islands/registry/<name>.ts) loads
 *   the component that the file re-exports (scripts/island-registry.ts): routes import the
 *   component too, so the file's own chunk would be a one-line re-export, a request more before
 *   each island's code.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { ISLANDS_ENTRY } from '../src/lib/server/build-manifest';
import { readRegistry } from './island-registry';

const BROWSER_PATHS = path.resolve('src/lib/islands/paths.browser.ts');
const NAMES = path.resolve('src/lib/islands/names');
const BROWSER_NAMES = path.resolve('src/lib/islands/names.browser.ts');
const ENTRY = path.resolve(ISLANDS_ENTRY);

export function islandsPlugin(): Plugin {
	let browserBuild = false;
	/** The registry files by their absolute path: the component each re-exports. */
	let components = new Map<string, string>();
	return {
		name: 'handover-islands',
		enforce: 'pre',
		configResolved(config) {
			browserBuild = config.command === 'build' && !config.build.ssr;
		},
		buildStart() {
			if (!browserBuild) return;
			components = new Map(
				[...readRegistry('.').values()].map(({ file, component }) => [
					path.resolve(file),
					component
				])
			);
			this.emitFile({ type: 'chunk', id: path.resolve(ISLANDS_ENTRY), name: 'islands' });
		},
		async resolveId(id, importer, options) {
			if (options?.ssr) return null;
			if (browserBuild && importer === ENTRY && id.startsWith('./registry/')) {
				const component = components.get(path.resolve(path.dirname(ENTRY), id));
				if (component) return this.resolve(component, ENTRY, { skipSelf: true });
			}
			if (id === '$app/paths' || id === '#app/paths') return BROWSER_PATHS;
			// `./names` from Island.svelte, or the absolute path that Vite's alias made of `$lib/…`.
			const target = id.startsWith('.') && importer ? path.resolve(path.dirname(importer), id) : id;
			if (target.replace(/\.ts$/, '') === NAMES) return BROWSER_NAMES;
			return null;
		}
	};
}
