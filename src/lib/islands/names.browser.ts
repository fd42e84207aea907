/**
 * The name of an island's component in the browser (scripts/vite-plugin-islands.ts resolves
 * names.ts here for browser code): none. Island.svelte runs in the browser only in a page body
 * that the live data mounts afresh (src/lib/live), whose islands are alive as they render:
 * nothing is to hydrate them, so they carry no `data-island`. The server's names.ts names (and
 * checks) every island of a prerendered page. Nothing imported: this stays out of the entry.
 */

export function islandName(_component: unknown): string | undefined {
	return undefined;
}
