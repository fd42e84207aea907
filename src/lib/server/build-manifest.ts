/**
 * The client build's manifest (Vite's, in SvelteKit's output folder): which file holds the
 * islands' entry (src/lib/islands/entry.ts, emitted by scripts/vite-plugin-islands.ts) and what
 * each chunk imports. Read by src/lib/server/islands.ts to write a page's <script> and
 * modulepreloads, and by `npm run budget` (scripts/budget-initial.ts) to tell a page's initial
 * JavaScript. No SvelteKit imports: the scripts load it with tsx.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The entry's path from the project's root: its key in the client build's manifest too. */
export const ISLANDS_ENTRY = 'src/lib/islands/entry.ts';

export interface ManifestChunk {
	file: string;
	name?: string;
	imports?: string[];
	dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The manifest of the client build in SvelteKit's output folder `kitDir`. */
export function readClientManifest(kitDir: string): { manifest: Manifest; file: string } {
	const file = path.join(kitDir, 'output', 'client', '.vite', 'manifest.json');
	return { manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest, file };
}

/** The files of `keys` and of everything they import statically, as the manifest lists them. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`the build's manifest has no ${key}`);
		files.add(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const key of keys) visit(key);
	return files;
}
