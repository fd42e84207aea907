import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	initialFiles,
	islandSources,
	islandsOf,
	registryIslands,
	staticClosure,
	type Manifest
} from './budget-initial';
import { registryComponent } from './island-registry';

const manifest: Manifest = {
	'src/lib/islands/entry.ts': {
		file: '_app/entry.js',
		imports: ['_svelte.js'],
		dynamicImports: ['src/lib/components/ProgressFigure.svelte']
	},
	'_svelte.js': { file: '_app/svelte.js' },
	'src/lib/components/ProgressFigure.svelte': {
		file: '_app/progress.js',
		imports: ['_svelte.js', '_messages.js'],
		dynamicImports: ['src/lib/charts/progress.ts']
	},
	'_messages.js': { file: '_app/messages.js' },
	'src/lib/charts/progress.ts': { file: '_app/chart-builder.js', imports: ['_chart.js'] },
	'_chart.js': { file: '_app/chart.js' }
};

describe('the initial JavaScript of a page', () => {
	it("reads the registry folder: each file's name and the component it re-exports", () => {
		const islands = registryIslands('.');
		expect(islands.get('progress')).toBe('src/lib/components/ProgressFigure.svelte');
		expect(islands.get('timeline-choice')).toBe('src/lib/components/TimelineChoice.svelte');
		expect(islands.get('data')).toBe('src/lib/pages/DataTools.svelte');
		for (const source of islands.values()) expect(existsSync(source)).toBe(true);
		const registry = new Map([
			['header', { file: 'r/header.ts', component: '$lib/components/header/HeaderControls.svelte' }]
		]);
		expect([...islandSources(registry)]).toEqual([
			['header', 'src/lib/components/header/HeaderControls.svelte']
		]);
	});

	it('an island file that does more than re-export one component is an error that says so', () => {
		expect(registryComponent('r/a.ts', "export { default } from './A.svelte';")).toBe('./A.svelte');
		expect(() =>
			registryComponent(
				'r/a.ts',
				"import B from './B.svelte';\nexport { default } from './A.svelte';"
			)
		).toThrow("r/a.ts: an island's file re-exports its component and imports nothing else");
		expect(() => registryComponent('r/a.ts', 'export default 1;')).toThrow('found 0 imports');
	});

	it('finds the islands of a page once each', () => {
		const html =
			'<div data-island="header" data-props="{}"></div><div data-island="progress"></div><div data-island="progress"></div>';
		expect(islandsOf(html)).toEqual(['header', 'progress']);
	});

	it('follows static imports, not dynamic ones: the chart code is not initial', () => {
		expect([...staticClosure(manifest, ['src/lib/islands/entry.ts'])]).toEqual([
			'_app/entry.js',
			'_app/svelte.js'
		]);
		const islands = new Map([['progress', 'src/lib/components/ProgressFigure.svelte']]);
		const files = initialFiles(manifest, islands, '<div data-island="progress"></div>');
		expect([...files].sort()).toEqual([
			'_app/entry.js',
			'_app/messages.js',
			'_app/progress.js',
			'_app/svelte.js'
		]);
		expect(files.has('_app/chart.js')).toBe(false);
	});

	it("finds an island whose component shares a chunk by the chunk's name", () => {
		const shared: Manifest = {
			'src/lib/islands/entry.ts': { file: '_app/entry.js', dynamicImports: ['_a.js', '_b.js'] },
			'_a.js': { file: '_app/a.js', name: 'HeaderControls' },
			'_b.js': { file: '_app/b.js', name: 'ProgressFigure', imports: ['_c.js'] },
			'_c.js': { file: '_app/c.js' }
		};
		const islands = new Map([['progress', 'src/lib/components/ProgressFigure.svelte']]);
		expect([...initialFiles(shared, islands, 'data-island="progress"')].sort()).toEqual([
			'_app/b.js',
			'_app/c.js',
			'_app/entry.js'
		]);
	});

	it('names an island that the registry does not list', () => {
		expect(() => initialFiles(manifest, new Map(), '<div data-island="map"></div>')).toThrow(
			"the page has an island 'map' that src/lib/islands/registry does not have"
		);
	});
});
