/**
 * Import cycles in the project's own code: the import graph of src/ and scripts/ (TypeScript,
 * JavaScript and the <script> blocks of .svelte files), and the cycles in it. A cycle makes the
 * order in which modules run depend on which one is imported first; `npm run check` fails on
 * one (scripts/check-cycles.ts). Type-only imports count too: they tie two modules' designs
 * together just the same, and the rule is simpler to keep with no exception.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** A module's path -> the paths of the project's modules it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

// `import … from 'x'`, `import 'x'`, `export … from 'x'`; not `import('x')`, which loads on use
// and so cannot take part in a cycle of module evaluation.
const STATIC_IMPORT =
	/(?:^|[\n;}])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;

const SVELTE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The specifiers a module imports statically, in order.
 * @example importSpecifiers("import { a } from './a';\nexport * from '$lib/b';") // ['./a', '$lib/b']
 */
export function importSpecifiers(source: string, file = ''): string[] {
	const code = file.endsWith('.svelte')
		? [...source.matchAll(SVELTE_SCRIPT)].map((m) => m[1]).join('\n')
		: source;
	const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	return [...withoutComments.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '.mjs', '.svelte', '/index.ts', '/index.js'];

/**
 * The file a specifier names, or null for a package, a virtual module (`$app/…`, `$env/…`) or a
 * file outside the project. `$lib` is src/lib, as in svelte.config.js.
 */
export function resolveSpecifier(specifier: string, from: string, root: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib/') || specifier === '$lib') {
		base = path.join(root, 'src/lib', specifier.slice('$lib'.length));
	} else if (specifier.startsWith('.')) {
		base = path.resolve(path.dirname(from), specifier);
	} else {
		return null;
	}
	// TypeScript's ESM style names a .ts file by its .js output.
	const candidates = [base, base.replace(/\.js$/, '.ts')];
	for (const candidate of candidates) {
		for (const extension of EXTENSIONS) {
			const file = candidate + extension;
			if (existsSync(file) && statSync(file).isFile()) return file;
		}
	}
	return null;
}

/**
 * Every cycle of the graph, one per strongly connected component of more than one module (or a
 * module that imports itself), as the chain of modules from the component's first module back
 * to it. Tarjan's algorithm, iterative so a deep graph does not overflow the stack.
 */
export function findCycles(graph: ImportGraph): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const components: string[][] = [];
	let next = 0;
	for (const start of [...graph.keys()].sort()) {
		if (index.has(start)) continue;
		const work: Array<{ node: string; edge: number }> = [{ node: start, edge: 0 }];
		index.set(start, next);
		low.set(start, next++);
		stack.push(start);
		onStack.add(start);
		while (work.length > 0) {
			const frame = work[work.length - 1]!;
			const edges = graph.get(frame.node) ?? [];
			if (frame.edge < edges.length) {
				const to = edges[frame.edge++]!;
				if (!index.has(to)) {
					index.set(to, next);
					low.set(to, next++);
					stack.push(to);
					onStack.add(to);
					work.push({ node: to, edge: 0 });
				} else if (onStack.has(to)) {
					low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
				}
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
			if (low.get(frame.node) !== index.get(frame.node)) continue;
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== frame.node);
			const selfLoop = component.length === 1 && edges.includes(frame.node);
			if (component.length > 1 || selfLoop) components.push(component);
		}
	}
	return components.map((component) => chainThrough(graph, new Set(component)));
}

/** A shortest path from the component's first module (by name) back to itself, inside it. */
function chainThrough(graph: ImportGraph, members: ReadonlySet<string>): string[] {
	const start = [...members].sort()[0]!;
	const previous = new Map<string, string>();
	const queue = [start];
	for (let i = 0; i < queue.length; i++) {
		const node = queue[i]!;
		for (const to of graph.get(node) ?? []) {
			if (!members.has(to)) continue;
			if (to === start) {
				const back: string[] = [];
				for (
					let at: string | undefined = node;
					at !== undefined && at !== start;
					at = previous.get(at)
				) {
					back.push(at);
				}
				return [start, ...back.reverse(), start];
			}
			if (!previous.has(to)) {
				previous.set(to, node);
				queue.push(to);
			}
		}
	}
	return [start, start];
}
