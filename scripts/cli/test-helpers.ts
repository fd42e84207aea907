/**
 * Helpers for the command-line tests: string collectors for stdout and stderr, and temporary
 * copies of the seed fixture (tests/fixtures/datasets/karabakh-2023) that a test may break.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Summary } from '../../src/lib/data/summary';
import type { IsoDate } from '../../src/lib/data/types';
import type { CommandContext, Output } from './commands';
import { REPO_ROOT } from './paths';

/** The folder of fixture datasets (a HANDOVER_DATA for the tests), absolute; never data/. */
export const FIXTURE_ROOT = path.join(REPO_ROOT, 'tests/fixtures/datasets');

/** The tests' frozen copy of the bundled dataset, absolute. */
export const SEED_DIR = path.join(FIXTURE_ROOT, 'karabakh-2023');

/** A fixed "today", after every seed date, so that no test depends on the clock. */
export const TODAY = '2024-01-01' as IsoDate;

export interface Captured extends CommandContext {
	out: () => string;
	err: () => string;
}

function collector(): Output & { text: string } {
	return {
		text: '',
		write(chunk: string) {
			this.text += chunk;
			return true;
		}
	};
}

/** The environment of a fresh shell: no npm script variables inherited from the test runner. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env, ...extra };
	delete env.INIT_CWD;
	delete env.npm_lifecycle_event;
	return env;
}

/** The non-npm lines of stderr (npm may warn about the machine's own configuration). */
export function errLines(stderr: string): string[] {
	return stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
}

/** A context that records what a command writes. */
export function captured(cwd: string = REPO_ROOT, today: IsoDate = TODAY): Captured {
	const stdout = collector();
	const stderr = collector();
	return { stdout, stderr, cwd, today, out: () => stdout.text, err: () => stderr.text };
}

/**
 * A temporary copy of the seed, `<tmp>/karabakh-2023`, with `edit(files)` applied to its text.
 * Returns the folder and a function that removes it.
 */
export function seedCopy(edit: (dir: string) => void = () => {}): {
	dir: string;
	remove: () => void;
} {
	const root = mkdtempSync(path.join(tmpdir(), 'handover-cli-'));
	const dir = path.join(root, 'karabakh-2023');
	cpSync(SEED_DIR, dir, { recursive: true });
	edit(dir);
	return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replaces the 1-based `line` of `file` in `dir` with `replace(line)`. */
export function editLine(
	dir: string,
	file: string,
	line: number,
	replace: (text: string) => string
): void {
	const target = path.join(dir, file);
	const lines = readFileSync(target, 'utf8').split('\n');
	const index = line - 1;
	if (lines[index] === undefined) throw new Error(`${file} has no line ${line}`);
	lines[index] = replace(lines[index]);
	writeFileSync(target, lines.join('\n'));
}

/** Seed line 5 of reports.csv (the firearms figure) with its quantity spelled out in words. */
export function breakFirearmsQuantity(dir: string): void {
	editLine(dir, 'reports.csv', 5, (text) => {
		const broken = text.replace(',firearms,800,', ',firearms,eight hundred,');
		if (broken === text) throw new Error('reports.csv line 5 is no longer the firearms figure');
		return broken;
	});
}

/** The figures of the bundled dataset, as issue 2 states them. */
export function expectSeedSummary(summary: Summary): void {
	expect(summary.dataset).toBe('karabakh-2023');
	expect(summary.as_of).toBe('2023-09-22');
	expect(summary.warnings).toEqual([]);
	const byId = new Map(summary.categories.map((c) => [c.id, c]));
	expect([...byId.keys()]).toEqual([
		'armored_vehicles',
		'firearms',
		'ammunition',
		'anti_tank_missiles',
		'manpads'
	]);
	expect(byId.get('armored_vehicles')).toMatchObject({
		handed_over: { low: 6, high: 6, approximate: false, text: '6' },
		source: 'ru-mod',
		date: '2023-09-22',
		target: 'tanks_and_armored_vehicles',
		estimate: { low: 100, high: 100, approximate: true, text: '≈100' },
		progress: { low: 0.06, high: 0.06, approximate: true }
	});
	expect(byId.get('firearms')).toMatchObject({
		handed_over: { low: 801, high: null, approximate: false, text: '800+' },
		source: 'ru-mod',
		date: '2023-09-22',
		sources_differ: false,
		target: 'fighters',
		estimate: { low: 10000, high: 10000, approximate: true, text: '≈10,000' },
		progress: { low: 0.0801, high: null, approximate: true }
	});
	expect(byId.get('ammunition')).toMatchObject({
		handed_over: { low: 5000, high: 5000, approximate: true, text: '≈5,000' },
		target: null,
		estimate: null,
		progress: null
	});
	for (const id of ['anti_tank_missiles', 'manpads']) {
		expect(byId.get(id)).toMatchObject({
			handed_over: null,
			estimate: null,
			progress: null,
			unquantified_reports: 1
		});
	}
}
