/** `new <dataset>`: the folder it makes checks, and what it refuses. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from './main';
import { captured } from './test-helpers';

let root: string;
beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), 'handover-new-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('new', () => {
	test('makes the folder with the headers, dataset.json and a README; it checks ok', async () => {
		const io = { ...captured(root), env: { HANDOVER_DATA: root } };
		expect(await main(['new', 'sudan-2025', '--title', 'Sudan handover, 2025'], io)).toBe(0);
		const dir = path.join(root, 'sudan-2025');
		expect(readdirSync(dir).sort()).toEqual([
			'README.md',
			'categories.csv',
			'dataset.json',
			'estimates.csv',
			'events.csv',
			'reports.csv',
			'sources.csv'
		]);
		expect(readdirSync(root)).toEqual(['sudan-2025']);
		const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
		expect(read('reports.csv')).toBe(
			'date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure\n'
		);
		expect(read('sources.csv')).toBe('id,name,kind,side,url\n');
		expect(read('categories.csv')).toBe('id,label,target,per_target,unit,assumption,note,terms\n');
		expect(read('estimates.csv')).toBe(
			'target,label,quantity,qualifier,date,source,url,quote,note,quantity_high,terms\n'
		);
		expect(read('events.csv')).toBe('date,label,source,url,note\n');
		expect(JSON.parse(read('dataset.json'))).toEqual({
			title: 'Sudan handover, 2025',
			description: '',
			credit: ''
		});
		expect(read('README.md')).toMatch(/^# Sudan handover, 2025\n/);
		expect(read('README.md')).toContain('npm run data -- add --dataset sudan-2025');
		expect(io.out()).toBe(
			'Created sudan-2025/ with sources.csv, categories.csv, estimates.csv, reports.csv, events.csv, dataset.json, README.md.\n' +
				'Fill them in as sudan-2025/README.md says, then run: npm run data -- check sudan-2025\n' +
				'ok: 0 reports, 0 estimates, 0 categories, 0 sources, 0 events\n'
		);

		// check agrees, and add finds the new folder by its id.
		const checked = captured(root);
		expect(await main(['check', 'sudan-2025'], checked)).toBe(0);
		expect(checked.out()).toBe('ok: 0 reports, 0 estimates, 0 categories, 0 sources, 0 events\n');
		const added = { ...captured(root), env: { HANDOVER_DATA: root } };
		const args = ['add', '--dataset', 'sudan-2025', '--source', 'un', '--category', 'rifles'];
		expect(await main([...args, '--basis', 'increment', '--yes'], added)).toBe(1);
		expect(added.err()).toBe(
			"sudan-2025/reports.csv:2:2: source 'un' is not an id in sources.csv\n" +
				"sudan-2025/reports.csv:2:3: category 'rifles' is not an id in categories.csv\n" +
				'2 errors; nothing was written to sudan-2025/reports.csv\n'
		);
	});

	test('a folder path is taken as it is; the title defaults to the id', async () => {
		const io = captured(root);
		expect(await main(['new', './sets/my_set'], io)).toBe(0);
		expect(JSON.parse(readFileSync(path.join(root, 'sets/my_set/dataset.json'), 'utf8'))).toEqual({
			title: 'my_set',
			description: '',
			credit: ''
		});
		const readme = readFileSync(path.join(root, 'sets/my_set/README.md'), 'utf8');
		expect(readme).toContain('`npm run data -- add sets/my_set`');
	});

	test.each([
		{
			name: 'an existing folder',
			target: 'taken',
			message: 'taken already exists; choose another id, or remove it first'
		},
		{
			name: 'an id with a space',
			target: 'my set',
			message:
				"dataset id 'my set' is not a valid id; use only the letters a-z and A-Z, digits, - and _ (the id is the folder's name and the address of its pages)"
		},
		{
			name: "the site's own address",
			target: 'methodology',
			message:
				"'methodology' cannot be a dataset id: the site's own pages use the address /methodology/; choose another id"
		},
		{
			name: 'the Arabic pages’ prefix',
			target: 'ar',
			message:
				"'ar' cannot be a dataset id: the site's own pages use the address /ar/; choose another id"
		}
	])('refuses $name, says why, creates nothing, exit 1', async ({ target, message }) => {
		mkdirSync(path.join(root, 'taken'));
		const io = { ...captured(root), env: { HANDOVER_DATA: root } };
		expect(await main(['new', target], io)).toBe(1);
		expect(io.err()).toBe(`error: ${message}; nothing was created\n`);
		expect(io.out()).toBe('');
		expect(readdirSync(root)).toEqual(['taken']);
		expect(readdirSync(path.join(root, 'taken'))).toEqual([]);
	});

	test.each([
		{ argv: ['new'], message: "'new' needs the new dataset's id, as in: new my-handover-2024" },
		{ argv: ['new', 'a', 'b'], message: "'new' takes one dataset, got 2: a b" },
		{ argv: ['new', 'a', '--tilte', 'x'], message: "unknown option '--tilte' for 'new'" }
	])('$argv: usage error, exit 2', async ({ argv, message }) => {
		const io = captured(root);
		expect(await main(argv, io)).toBe(2);
		expect(io.err()).toBe(`error: ${message}\nRun 'npm run data -- --help' for usage.\n`);
	});
});
