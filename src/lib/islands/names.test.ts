/**
 * An island is named by its file in the registry folder: Island.svelte rendered on the server
 * (as the prerenderer does) writes that name, and a component that no file re-exports is an
 * error that says how to make it an island.
 */
import { readdirSync } from 'node:fs';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import PrintButton from '$lib/components/PrintButton.svelte';
import ProgressFigure from '$lib/components/ProgressFigure.svelte';
import Quote from '$lib/components/Quote.svelte';
import TimelineChoice from '$lib/components/TimelineChoice.svelte';
import DataTools from '$lib/pages/DataTools.svelte';
import { islandNameOf, REGISTRY_DIR } from './folder';
import Island from './Island.svelte';
import { islandName } from './names';

/** Island rendered on the server (its generic props are not inferred through render()). */
function renderIsland<P extends Record<string, unknown>>(component: Component<P>, props: P) {
	const island = Island as unknown as Component<{ component: Component<P>; props: P }>;
	return render(island, { props: { component, props } });
}

describe('the name of an island', () => {
	test.each([
		[ProgressFigure, 'progress'],
		[TimelineChoice, 'timeline-choice'],
		[DataTools, 'data'],
		[PrintButton, 'print']
	])('%o is the file of the registry folder that re-exports it: %s', (component, name) => {
		expect(islandName(component)).toBe(name);
	});

	test("every file of the folder names its island, the browser's entry loads them by it", () => {
		const files = readdirSync(REGISTRY_DIR).map(islandNameOf).sort();
		expect(files).toEqual([
			'data',
			'embed-theme',
			'header',
			'print',
			'progress',
			'reports',
			'timeline',
			'timeline-choice'
		]);
	});

	test('Island writes the name with the component, and its props after it', () => {
		const { body } = renderIsland(PrintButton, {});
		expect(body).toMatch(/<div class="island[^"]*" data-island="print">/);
		expect(body).toContain('<template class="island-props">{}</template>');
	});

	test('a component that is no island is an error that says what to add', () => {
		expect(() => islandName(Quote)).toThrow(
			`<Island component={Quote}>: Quote is not an island. Add src/lib/islands/registry/<name>.ts`
		);
		expect(() => renderIsland(Quote, { summary: 'x', quotes: [] } as never).body).toThrow(
			'Quote is not an island'
		);
	});
});
