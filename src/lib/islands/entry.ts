/**
 * The one script of every page (issue 7: the pages ship no SvelteKit client). It hydrates the
 * page's islands (Island.svelte) with their props, each island's code loaded on its own, then
 * says so (`<html data-hydrated>`: tests wait for it) and starts the live data: under `vite dev`
 * a saved data file, on the built site the published files, update the page (src/lib/live).
 * scripts/vite-plugin-islands.ts builds it; src/lib/server/islands.ts writes its <script>.
 */
import { hydrate, type Component } from 'svelte';
import { islandNameOf } from './folder';
import { remember } from './instances';

/**
 * The islands by name (folder.ts): each file of the registry folder is loaded on its own, so a
 * page loads the code of the islands it has, not of the others.
 */
const ISLANDS = new Map(
	Object.entries(import.meta.glob<Component<never>>('./registry/*.ts', { import: 'default' })).map(
		([file, load]) => [islandNameOf(file), load]
	)
);

/** The JSON of an island's props: the text of the <template> that Island.svelte writes after it. */
function propsText(element: HTMLElement): string {
	const next = element.nextElementSibling;
	if (next instanceof HTMLTemplateElement && next.classList.contains('island-props')) {
		return next.content.textContent ?? '{}';
	}
	return '{}';
}

async function hydrateIsland(element: HTMLElement): Promise<void> {
	const name = element.dataset.island ?? '';
	const load = ISLANDS.get(name);
	if (!load) {
		console.warn(`Unknown island: ${name}`);
		return;
	}
	const component = await load();
	const props = JSON.parse(propsText(element)) as Record<string, unknown>;
	remember(element, hydrate(component as never, { target: element, props: props as never }));
}

/** Hydrates the islands inside `root` that no other island holds (that one hydrates them). */
export async function hydrateIslands(root: ParentNode): Promise<void> {
	const outermost = [...root.querySelectorAll<HTMLElement>('[data-island]')].filter(
		(element) => !element.parentElement?.closest('[data-island]')
	);
	await Promise.all(
		outermost.map((element) =>
			hydrateIsland(element).catch((error: unknown) => console.error(error))
		)
	);
}

void hydrateIslands(document).then(() => {
	document.documentElement.dataset.hydrated = '';
	// The live data, loaded after the page answers to the reader, on pages of a dataset only (the
	// layout marks their <main>): under `vite dev` a saved data file, on the built site the
	// published files, update the page in place (src/lib/live). The dev code is not in a build.
	if (!document.querySelector('main[data-dataset]')) return;
	if (import.meta.hot) void import('$lib/live/dev').then((live) => live.startDevLive());
	else void import('$lib/live/static').then((live) => live.startStaticLive());
});
