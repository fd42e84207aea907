/**
 * The command line as a user runs it: a real process, its exit status and its output streams.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Summary } from '../../src/lib/data/summary';
import { REPO_ROOT } from './paths';
import {
	breakFirearmsQuantity,
	cleanEnv,
	errLines,
	expectSeedSummary,
	seedCopy,
	SEED_DIR
} from './test-helpers';

/** The seed fixture, relative to the repository root (never data/, which users edit). */
const SEED = path.relative(REPO_ROOT, SEED_DIR);

const BROKEN_CELL = "quantity 'eight hundred' is not a whole number";

/** `npx tsx scripts/data.ts <args>` from the repository root. */
function npxData(args: string[]) {
	return spawnSync('npx', ['tsx', 'scripts/data.ts', ...args], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		env: cleanEnv(),
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

describe('npx tsx scripts/data.ts', { timeout: 30_000 }, () => {
	test('summary --json prints the seed figures and exits 0', () => {
		const run = npxData(['summary', '--json', SEED]);
		expect(errLines(run.stderr)).toEqual([]);
		expect(run.status).toBe(0);
		expectSeedSummary(JSON.parse(run.stdout) as Summary);
	});

	test('check on the seed exits 0', () => {
		const run = npxData(['check', SEED]);
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('ok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events\n');
	});

	test('an unknown command exits 2', () => {
		const run = npxData(['chekc']);
		expect(run.status).toBe(2);
		expect(errLines(run.stderr)[0]).toBe("error: unknown command 'chekc'");
	});

	describe('a copy of the seed with a broken cell', () => {
		const copy = seedCopy(breakFirearmsQuantity);
		afterAll(copy.remove);

		test.each([['check'], ['summary', '--json']])(
			'%s prints the exact position and exits 1',
			(...args) => {
				const run = npxData([...args, copy.dir]);
				expect(run.status).toBe(1);
				expect(run.stdout).toBe('');
				expect(errLines(run.stderr)).toEqual([
					`${path.join(copy.dir, 'reports.csv')}:5:4: ${BROKEN_CELL}`,
					'1 error'
				]);
			}
		);

		test('paths are printed relative to the folder the command runs in', () => {
			// tsx reads the $lib alias from tsconfig.json in the current folder; elsewhere, say where it is.
			const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
			const run = spawnSync(
				tsx,
				[path.join(REPO_ROOT, 'scripts/data.ts'), 'check', 'karabakh-2023'],
				{
					cwd: path.dirname(copy.dir),
					encoding: 'utf8',
					env: cleanEnv({ TSX_TSCONFIG_PATH: path.join(REPO_ROOT, 'tsconfig.json') }),
					stdio: ['ignore', 'pipe', 'pipe']
				}
			);
			expect(run.status).toBe(1);
			expect(errLines(run.stderr)).toEqual([
				`karabakh-2023/reports.csv:5:4: ${BROKEN_CELL}`,
				'1 error'
			]);
		});
	});
});
