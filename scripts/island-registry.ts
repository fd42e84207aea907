/**
 * The islands' registry folder (src/lib/islands/folder.ts) as the build tools read it: each
 * island's name (its file's name) and the component its file re-exports, parsed by TypeScript.
 * scripts/vite-plugin-islands.ts makes the browser's entry import the component itself (so the
 * build's chunks are the components', with no chunk of a one-line re-export in between);
 * scripts/budget-initial.ts finds each island's chunk in the build's manifest by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { islandNameOf, REGISTRY_DIR } from '../src/lib/islands/folder';

export interface RegistryFile {
	/** The file's path from the project's root: src/lib/islands/registry/progress.ts. */
	file: string;
	/** What it re-exports, as written: `$lib/components/ProgressFigure.svelte`. */
	component: string;
}

/** The one module that the registry file `file` with `source` re-exports, or an error. */
export function registryComponent(file: string, source: string): string {
	const imported = ts.preProcessFile(source, true, false).importedFiles;
	if (imported.length !== 1) {
		throw new Error(
			`${file}: an island's file re-exports its component and imports nothing else ` +
				`(\`export { default } from '$lib/components/X.svelte'\`); found ${imported.length} imports`
		);
	}
	return imported[0]!.fileName;
}

/** The islands of the project at `repoRoot` by name. */
export function readRegistry(repoRoot: string): Map<string, RegistryFile> {
	const dir = path.join(repoRoot, REGISTRY_DIR);
	const found = new Map<string, RegistryFile>();
	for (const name of readdirSync(dir)
		.filter((f) => f.endsWith('.ts'))
		.sort()) {
		const file = `${REGISTRY_DIR}/${name}`;
		const component = registryComponent(file, readFileSync(path.join(dir, name), 'utf8'));
		found.set(islandNameOf(name), { file, component });
	}
	return found;
}
