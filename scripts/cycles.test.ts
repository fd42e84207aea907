import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findCycles, importSpecifiers, resolveSpecifier } from './cycles';

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

interface GraphCase {
	name: string;
	edges: Record<string, string[]>;
	cycles: string[][];
}

describe('findCycles', () => {
	test.each<GraphCase>([
		{ name: 'no edges', edges: { a: [], b: [] }, cycles: [] },
		{ name: 'a chain', edges: { a: ['b'], b: ['c'], c: [] }, cycles: [] },
		{ name: 'a diamond', edges: { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, cycles: [] },
		{ name: 'two modules', edges: { a: ['b'], b: ['a'] }, cycles: [['a', 'b', 'a']] },
		{ name: 'a self-import', edges: { a: ['a'], b: ['a'] }, cycles: [['a', 'a']] },
		{
			name: 'three modules, entered from outside',
			edges: { z: ['b'], b: ['c'], c: ['a'], a: ['b'] },
			cycles: [['a', 'b', 'c', 'a']]
		},
		{
			name: 'two separate cycles',
			edges: { a: ['b'], b: ['a'], c: ['d'], d: ['c'], e: ['a', 'c'] },
			cycles: [
				['a', 'b', 'a'],
				['c', 'd', 'c']
			]
		},
		{
			name: 'a component with a shortcut: the shortest chain back',
			edges: { a: ['b', 'd'], b: ['c'], c: ['d'], d: ['a'] },
			cycles: [['a', 'd', 'a']]
		}
	])('$name', ({ edges, cycles }) => {
		const found = findCycles(graphOf(edges)).sort((x, y) => x[0]!.localeCompare(y[0]!));
		expect(found).toEqual(cycles);
	});

	test('a long chain does not overflow the stack', () => {
		const edges: Record<string, string[]> = {};
		for (let i = 0; i < 20_000; i++) edges[`m${i}`] = [`m${i + 1}`];
		edges['m20000'] = ['m0'];
		const [cycle] = findCycles(graphOf(edges));
		expect(cycle).toHaveLength(20_002);
	});
});

describe('importSpecifiers', () => {
	test.each([
		["import { a } from './a';", ['./a']],
		["import type { A } from './a';", ['./a']],
		["import './side-effect';", ['./side-effect']],
		['export * from \'$lib/b\';\nexport { c } from "./c";', ['$lib/b', './c']],
		['import {\n\ta,\n\tb\n} from "./ab";', ['./ab']],
		["const x = await import('./lazy');", []],
		["// import { a } from './commented';", []],
		["/* import { a } from './commented'; */ import b from './b';", ['./b']],
		["const s = 'import a from x';", []]
	])('%j', (source, specifiers) => {
		expect(importSpecifiers(source)).toEqual(specifiers);
	});

	test('a .svelte file: the imports of its <script> blocks only', () => {
		const source =
			'<script module>import { a } from "./a";</script>\n<script lang="ts">\n\timport B from \'./B.svelte\';\n</script>\n<p>import c from "./c"</p>';
		expect(importSpecifiers(source, 'X.svelte')).toEqual(['./a', './B.svelte']);
	});
});

describe('resolveSpecifier', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'cycles-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	for (const file of [
		'src/lib/a.ts',
		'src/lib/b.svelte.ts',
		'src/lib/C.svelte',
		'src/lib/d/index.ts',
		'scripts/e.mjs'
	]) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), '');
	}
	const from = path.join(root, 'src/lib/x.ts');
	test.each([
		['./a', 'src/lib/a.ts'],
		['./a.js', 'src/lib/a.ts'],
		['$lib/a', 'src/lib/a.ts'],
		['./b.svelte', 'src/lib/b.svelte.ts'],
		['./C.svelte', 'src/lib/C.svelte'],
		['$lib/d', 'src/lib/d/index.ts'],
		['../../scripts/e.mjs', 'scripts/e.mjs'],
		['$app/state', null],
		['chart.js', null],
		['./missing', null]
	])('%s -> %s', (specifier, file) => {
		const resolved = resolveSpecifier(specifier, from, root);
		expect(resolved && path.relative(root, resolved)).toBe(file);
	});
});
