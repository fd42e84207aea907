/**
 * The islands' registry is a folder: src/lib/islands/registry/<name>.ts re-exports the component
 * of the island <name> (the name Island.svelte writes into the page, `data-island="<name>"`).
 * One list for the browser's entry (entry.ts loads each island's file on its own), the server's
 * names (names.ts) and `npm run budget` (scripts/budget-initial.ts). No imports: the scripts
 * load it with tsx.
 */

/** The registry's folder, from the project's root (its files' keys in the build's manifest too). */
export const REGISTRY_DIR = 'src/lib/islands/registry';

/** `progress` for `./registry/progress.ts` (a key of import.meta.glob) or `progress.ts`. */
export function islandNameOf(file: string): string {
	const base = file.slice(file.lastIndexOf('/') + 1);
	return base.replace(/\.ts$/, '');
}
