/**
 * What a page needs to start, for `npm run budget` (issue 7): the islands' entry and the islands
 * the page has, each with everything it imports statically. What they import dynamically (the
 * charts' code with Chart.js, the export code, the live data's worker) loads later, on use: it
 * counts in the page's "all JS" but not in its initial JS.
 *
 * Read from the build's own manifest (Vite's, in SvelteKit's output folder) and the islands'
 * registry folder (src/lib/islands/folder.ts: the list the browser's entry loads), so the split
 * is the build's, not a guess from the timing of requests.
 */
import path from 'node:path';
import { REGISTRY_DIR } from '../src/lib/islands/folder';
import { readRegistry, type RegistryFile } from './island-registry';
import {
	ISLANDS_ENTRY,
	readClientManifest,
	staticClosure,
	type Manifest
} from '../src/lib/server/build-manifest';

export { staticClosure, type Manifest, type ManifestChunk } from '../src/lib/server/build-manifest';

/**
 * The islands' names and their components' source paths (keys of the build's manifest: the
 * browser's entry imports each component itself, scripts/vite-plugin-islands.ts), from the
 * registry folder (scripts/island-registry.ts).
 */
export function islandSources(registry: ReadonlyMap<string, RegistryFile>): Map<string, string> {
	return new Map(
		[...registry].map(([name, { component }]) => [name, component.replace(/^\$lib\//, 'src/lib/')])
	);
}

/** The islands a prerendered page holds (`data-island="…"`), once each. */
export function islandsOf(html: string): string[] {
	return [...new Set([...html.matchAll(/\bdata-island="([^"]+)"/g)].map((m) => m[1]!))];
}

/**
 * The manifest key of the chunk that holds the island component `source`: the entry's dynamic
 * import named after the component's file (`ProgressFigure` for …/ProgressFigure.svelte).
 * A component that routes also import has no key of its own: its chunk carries its name.
 */
function islandChunk(manifest: Manifest, source: string): string {
	if (manifest[source]) return source;
	const name = path.basename(source).replace(/\.[^.]+$/, '');
	const entry = manifest[ISLANDS_ENTRY];
	const found = (entry?.dynamicImports ?? []).filter((key) => manifest[key]?.name === name);
	if (found.length !== 1) {
		throw new Error(`cannot tell which chunk of the build holds the island ${source}`);
	}
	return found[0]!;
}

/** The initial files (paths from the site's root) of a page with `html`. */
export function initialFiles(
	manifest: Manifest,
	islands: Map<string, string>,
	html: string
): Set<string> {
	const keys = [ISLANDS_ENTRY];
	for (const name of islandsOf(html)) {
		const source = islands.get(name);
		if (!source)
			throw new Error(`the page has an island '${name}' that ${REGISTRY_DIR} does not have`);
		keys.push(islandChunk(manifest, source));
	}
	return staticClosure(manifest, keys);
}

/** The islands of the registry folder of the project at `repoRoot`, by name. */
export function registryIslands(repoRoot: string): Map<string, string> {
	return islandSources(readRegistry(repoRoot));
}

/** Reads the client build's manifest in SvelteKit's output folder `kitDir`, and the registry. */
export function readBuildFacts(kitDir: string, repoRoot: string) {
	const { manifest } = readClientManifest(kitDir);
	return { manifest, islands: registryIslands(repoRoot) };
}
