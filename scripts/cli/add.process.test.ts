/**
 * `add` as real processes (`npx tsx scripts/data.ts add ...`): 20 at once lose no row, a writer
 * killed between its temporary file and the rename leaves the old file whole and does not
 * block the next add, and the interactive mode reads answers piped in.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { lockPathOf } from '../../src/lib/server/atomic-file';
import { PAUSE_ENV } from './add';
import { REPO_ROOT } from './paths';
import { cleanEnv, errLines, seedCopy } from './test-helpers';

let copy: { dir: string; remove: () => void };
let reports: string;
let before: Buffer;

beforeEach(() => {
	copy = seedCopy();
	reports = path.join(copy.dir, 'reports.csv');
	before = readFileSync(reports);
});
afterEach(() => copy.remove());

/** A figure of 2023-09-24 plus `days`: later figures are higher, so no row corrects another. */
const flags = (quantity: number, days = 0) => [
	'--date',
	new Date(Date.UTC(2023, 8, 24 + days)).toISOString().slice(0, 10),
	'--source',
	'ru-mod',
	'--category',
	'firearms',
	'--quantity',
	String(quantity),
	'--qualifier',
	'at_least',
	'--basis',
	'cumulative'
];

interface Run {
	status: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** `npx tsx scripts/data.ts <args>`, with `input` on stdin; `onStderr` sees stderr as it comes. */
function npxData(
	args: string[],
	options: { input?: string; env?: Record<string, string>; onStderr?: (text: string) => void } = {}
): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['tsx', 'scripts/data.ts', ...args], {
			cwd: REPO_ROOT,
			env: cleanEnv(options.env),
			stdio: ['pipe', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			options.onStderr?.(stderr);
		});
		child.stdin.end(options.input ?? '');
		child.on('error', reject);
		child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
	});
}

/** The names in the dataset folder that are not the dataset's: temporary files, locks. */
const strays = () => readdirSync(copy.dir).filter((name) => name.startsWith('.'));

/** `check` on the copy: its exit status and its count line. */
function check(): { status: number | null; out: string } {
	const run = spawnSync('npx', ['tsx', 'scripts/data.ts', 'check', copy.dir], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		env: cleanEnv()
	});
	return { status: run.status, out: run.stdout };
}

describe('add, as processes', { timeout: 180_000 }, () => {
	test('20 adds at once: 20 new rows, none lost, and the file checks', async () => {
		const runs = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				npxData(['add', copy.dir, ...flags(1001 + i, i), '--yes'])
			)
		);
		for (const run of runs) {
			expect(errLines(run.stderr)).toEqual([]);
			expect(run.status).toBe(0);
		}
		const lines = runs.map((run) => Number(/^Added line (\d+) /.exec(run.stdout)?.[1]));
		expect(lines.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 7 + i));
		const after = readFileSync(reports);
		// The old bytes first, untouched; then exactly the 20 rows, in the order they got the lock.
		expect(after.subarray(0, before.length)).toEqual(before);
		const added = after.subarray(before.length).toString('utf8').trimEnd().split('\n');
		expect(added.map((row) => Number(row.split(',')[3])).sort()).toEqual(
			Array.from({ length: 20 }, (_, i) => 1001 + i)
		);
		expect(check()).toEqual({
			status: 0,
			out: 'ok: 25 reports, 2 estimates, 5 categories, 4 sources, 6 events\n'
		});
		expect(strays()).toEqual([]);
	});

	test('a writer killed after its temporary file: the old file is whole, the next add works', async () => {
		let paused: { pid: number; temp: string } | null = null;
		const killed = npxData(['add', copy.dir, ...flags(1500), '--yes'], {
			env: { [PAUSE_ENV]: '1' },
			onStderr: (text) => {
				const match = /^paused: process (\d+) wrote (.+)$/m.exec(text);
				if (match && paused === null) {
					paused = { pid: Number(match[1]), temp: match[2]! };
					// The temporary file is complete, the lock is held: kill in the middle of the write.
					expect(existsSync(paused.temp)).toBe(true);
					expect(existsSync(lockPathOf(reports))).toBe(true);
					process.kill(paused.pid, 'SIGKILL');
				}
			}
		});
		const run = await killed;
		expect(paused).not.toBeNull();
		expect(run.status === 0).toBe(false);
		expect(readFileSync(reports)).toEqual(before);
		// Left behind by the killed writer: its temporary file and its lock.
		expect(strays().sort()).toEqual(['.reports.csv.lock', path.basename(paused!.temp)].sort());

		const next = await npxData(['add', copy.dir, ...flags(1600), '--yes']);
		expect(errLines(next.stderr)).toEqual([]);
		expect(next.status).toBe(0);
		expect(readFileSync(reports, 'utf8')).toBe(
			`${before.toString('utf8')}2023-09-24,ru-mod,firearms,1600,at_least,cumulative,,,,\n`
		);
		expect(strays()).toEqual([]);
	});

	test('interactive, with the answers piped in', async () => {
		const answers = ['2023-09-24', '1', '2', '1000', '4', '1', '', '', '', '', 'y'];
		const run = await npxData(['add', copy.dir], { input: answers.map((a) => `${a}\n`).join('') });
		expect(errLines(run.stderr)).toEqual([]);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(
			'After:  Firearms: handed over ≥1,000 · source ru-mod · date 2023-09-24 · estimate ≈10,000 · progress at least 10%'
		);
		expect(readFileSync(reports, 'utf8')).toBe(
			`${before.toString('utf8')}2023-09-24,ru-mod,firearms,1000,at_least,cumulative,,,,\n`
		);
	});
});
