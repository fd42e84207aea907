/**
 * `npm run test:data` (scripts/test-data.ts) on a temporary copy of the project's data/: a
 * valid report appended there passes the check and leaves the unit tests' fixtures as they were;
 * a broken row fails it with exit 1 and the broken cell's reports.csv:LINE:COLUMN.
 *
 * This is the one test that reads data/, and only to copy it (issue 13): what a user keeps there
 * must pass, since `npm run test:data` checks it before anything else in `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SEED_FILES } from '../src/lib/testing/seed';
import { REPO_ROOT } from './cli/paths';
import { captured, cleanEnv, errLines, FIXTURE_ROOT, SEED_DIR } from './cli/test-helpers';
import { checkDataRoot } from './test-data';

const BROKEN_CELL = "quantity 'eight hundred' is not a whole number";

/** A report row with `cells` first and the header's remaining columns empty. */
function rowFor(csvText: string, cells: readonly string[]): string {
	const columns = csvText.slice(0, csvText.indexOf('\n')).split(',').length;
	return [...cells, ...Array<string>(Math.max(0, columns - cells.length)).fill('')].join(',');
}

/** The count lines of the datasets that have errors ("1 error, 2 warnings" is "1 error"). */
function errorCounts(stderr: string): string[] {
	return errLines(stderr).flatMap(
		(line) => /^(\d+ errors?)(, \d+ warnings?)?$/.exec(line)?.[1] ?? []
	);
}

/** Appends `row` as the file's last line; returns that line's 1-based number. */
function appendRow(file: string, row: string): number {
	const text = readFileSync(file, 'utf8');
	appendFileSync(file, `${text.endsWith('\n') ? '' : '\n'}${row}\n`);
	return readFileSync(file, 'utf8').trimEnd().split('\n').length;
}

describe('npm run test:data on a copy of data/', { timeout: 30_000 }, () => {
	const root = mkdtempSync(path.join(tmpdir(), 'handover-test-data-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	cpSync(path.join(REPO_ROOT, 'data'), root, { recursive: true });
	// A user may have renamed or removed the bundled dataset: then the report goes to the seed.
	if (!existsSync(path.join(root, 'karabakh-2023', 'reports.csv'))) {
		cpSync(SEED_DIR, path.join(root, 'karabakh-2023'), { recursive: true });
	}
	const reports = path.join(root, 'karabakh-2023', 'reports.csv');
	const seedReports = readFileSync(path.join(SEED_DIR, 'reports.csv'), 'utf8');

	test('a valid report appended there passes, and the fixtures are unaffected', async () => {
		const valid = ['2023-09-24', 'ru-mod', 'firearms', '1200', 'more_than', 'cumulative'];
		const row = rowFor(readFileSync(reports, 'utf8'), valid);
		appendRow(reports, row);

		const io = captured(root);
		expect(await checkDataRoot(root, io)).toBe(0);
		expect(io.err()).not.toMatch(/error/);
		expect(io.out()).toMatch(/^check karabakh-2023\nok: \d+ reports, /m);

		// The unit tests read the fixtures, which the copy (like data/ itself) does not touch.
		expect(SEED_FILES['reports.csv']).toBe(seedReports);
		expect(seedReports).not.toContain(row);
		const fixtures = captured(FIXTURE_ROOT);
		expect(await checkDataRoot(FIXTURE_ROOT, fixtures)).toBe(0);
		// The seed's line; the other fixture datasets (colombia-2017, mozambique-2019) check too.
		expect(fixtures.out()).toContain(
			'check karabakh-2023\nok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events\n'
		);
	});

	test('a broken row there fails with exit 1 at reports.csv:LINE:4', async () => {
		const broken = ['2023-09-25', 'ru-mod', 'firearms', 'eight hundred', 'more_than', 'cumulative'];
		const line = appendRow(reports, rowFor(readFileSync(reports, 'utf8'), broken));

		const io = captured(root);
		expect(await checkDataRoot(root, io)).toBe(1);
		expect(io.err()).toContain(`karabakh-2023/reports.csv:${line}:4: ${BROKEN_CELL}\n`);
		// Only the broken row is an error; the warnings of the user's own data are allowed (every
		// dataset of data/ prints its own issues, so the count line need not be the last).
		expect(errorCounts(io.err())).toEqual(['1 error']);

		// As `npm test` runs it: a process, the data root from $HANDOVER_DATA, exit status 1.
		const run = spawnSync('npx', ['tsx', 'scripts/test-data.ts'], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
			env: cleanEnv({ HANDOVER_DATA: root }),
			stdio: ['ignore', 'pipe', 'pipe']
		});
		expect(run.status).toBe(1);
		expect(errLines(run.stderr)).toContain(`${reports}:${line}:4: ${BROKEN_CELL}`);
		expect(errorCounts(run.stderr)).toEqual(['1 error']);
	});
});
