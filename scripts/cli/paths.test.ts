import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	datasetDirProblem,
	displayPath,
	invocationCwd,
	REPO_ROOT,
	resolveDatasetDir
} from './paths';

describe('REPO_ROOT', () => {
	// Not whether data/ holds the bundled dataset: users may rename or remove it.
	test('is the folder that holds package.json and this module', () => {
		expect(existsSync(path.join(REPO_ROOT, 'package.json'))).toBe(true);
		expect(existsSync(path.join(REPO_ROOT, 'scripts/cli/paths.ts'))).toBe(true);
	});
});

describe('resolveDatasetDir', () => {
	test.each([
		{ dir: null, cwd: '/anywhere', expected: path.join(REPO_ROOT, 'data/karabakh-2023') },
		{ dir: 'x', cwd: '/home/me', expected: '/home/me/x' },
		{ dir: '../x', cwd: '/home/me', expected: '/home/x' },
		{ dir: '/abs/x', cwd: '/home/me', expected: '/abs/x' }
	])('$dir from $cwd', ({ dir, cwd, expected }) => {
		expect(resolveDatasetDir({ dir, cwd })).toBe(expected);
	});
});

describe('displayPath', () => {
	test.each([
		{ absolute: '/repo/data/x', cwd: '/repo', expected: 'data/x' },
		{ absolute: '/repo/data/x', cwd: '/repo/data/x', expected: '.' },
		{ absolute: '/repo/data/x', cwd: '/repo/src', expected: '/repo/data/x' },
		{ absolute: '/repo/data/x', cwd: '/repo/data/x/deeper', expected: '/repo/data/x' },
		{ absolute: '/tmp/x', cwd: '/repo/src', expected: '/tmp/x' }
	])('$absolute from $cwd', ({ absolute, cwd, expected }) => {
		expect(displayPath(absolute, cwd)).toBe(expected);
	});
});

describe('datasetDirProblem', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'handover-paths-'));
	const file = path.join(dir, 'file.txt');
	writeFileSync(file, '');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test.each([
		{ absolute: dir, shown: 'd', expected: null },
		{
			absolute: path.join(dir, 'nope'),
			shown: 'nope',
			expected: "dataset folder 'nope' does not exist"
		},
		{ absolute: file, shown: 'file.txt', expected: "'file.txt' is not a folder" }
	])('$shown', ({ absolute, shown, expected }) => {
		expect(datasetDirProblem(absolute, shown)).toBe(expected);
	});
});

describe('invocationCwd', () => {
	test.each([
		{ env: {}, expected: '/repo' },
		{ env: { npm_lifecycle_event: 'data', INIT_CWD: '/repo/data' }, expected: '/repo/data' },
		// Started from another npm script (say, the tests): its INIT_CWD is not ours.
		{ env: { npm_lifecycle_event: 'test', INIT_CWD: '/elsewhere' }, expected: '/repo' },
		{ env: { npm_lifecycle_event: 'data', INIT_CWD: '' }, expected: '/repo' }
	])('$env', ({ env, expected }) => {
		expect(invocationCwd(env, '/repo')).toBe(expected);
	});
});
