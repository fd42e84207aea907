/**
 * The name of an island's component, on the server: its file's name in the registry folder
 * (folder.ts). Island.svelte asks for it, so that a page cannot render one component and name
 * another for the browser to hydrate. The folder is read eagerly here only: in the browser
 * (names.browser.ts, as scripts/vite-plugin-islands.ts resolves this module there) it would put
 * every island's code into every page body.
 */
import type { Component } from 'svelte';
import { islandNameOf, REGISTRY_DIR } from './folder';

const modules = import.meta.glob<Component<never>>('./registry/*.ts', {
	eager: true,
	import: 'default'
});

const names = new Map<unknown, string>(
	Object.entries(modules).map(([file, component]) => [component, islandNameOf(file)])
);

/** The island's name of `component`; an error that says what to do when it is none. */
export function islandName(component: unknown): string | undefined {
	const name = names.get(component);
	if (name === undefined) {
		const what = typeof component === 'function' && component.name ? component.name : 'it';
		throw new Error(
			`<Island component={${what}}>: ${what} is not an island. Add ${REGISTRY_DIR}/<name>.ts ` +
				`with \`export { default } from '…/${what}.svelte'\` (the file's name is the island's).`
		);
	}
	return name;
}
