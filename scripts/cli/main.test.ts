import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Summary } from '../../src/lib/data/summary';
import { USAGE } from './args';
import { main } from './main';
import { REPO_ROOT } from './paths';
import {
	breakFirearmsQuantity,
	captured,
	editLine,
	expectSeedSummary,
	FIXTURE_ROOT,
	SEED_DIR,
	seedCopy
} from './test-helpers';

const SEED_OK = 'ok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events\n';
const BROKEN_CELL = "quantity 'eight hundred' is not a whole number";

describe('help and usage errors', () => {
	test.each([[[]], [['--help']], [['-h']], [['help']], [['summary', '--help']]])(
		'%j prints the usage and exits 0',
		(argv) => {
			const io = captured();
			expect(main(argv, io)).toBe(0);
			expect(io.out()).toBe(USAGE);
			expect(io.err()).toBe('');
		}
	);

	test.each([
		{ argv: ['frobnicate'], message: "error: unknown command 'frobnicate'" },
		{ argv: ['--verbose'], message: "error: unknown option '--verbose'" },
		{ argv: ['check', '--json'], message: "error: unknown option '--json' for 'check'" },
		{ argv: ['summary', '--yaml'], message: "error: unknown option '--yaml' for 'summary'" }
	])('$argv exits 2', ({ argv, message }) => {
		const io = captured();
		expect(main(argv, io)).toBe(2);
		expect(io.out()).toBe('');
		expect(io.err()).toBe(`${message}\nRun 'npm run data -- --help' for usage.\n`);
	});

	test.each([['check'], ['summary']])(
		'%s on a folder that does not exist exits 2, naming it',
		(command) => {
			const io = captured('/tmp');
			expect(main([command, 'no-such-dataset'], io)).toBe(2);
			expect(io.out()).toBe('');
			expect(io.err()).toBe("error: dataset folder 'no-such-dataset' does not exist\n");
		}
	);

	test('a file instead of a folder exits 2', () => {
		const io = captured();
		expect(main(['check', 'package.json'], io)).toBe(2);
		expect(io.err()).toBe("error: 'package.json' is not a folder\n");
	});
});

describe('check', () => {
	// The default folder (data/karabakh-2023, which users edit) is not read here: paths.test.ts
	// checks that it does not depend on the current folder.
	test('the seed is ok, from the repository root', () => {
		const io = captured();
		expect(main(['check', path.relative(REPO_ROOT, SEED_DIR)], io)).toBe(0);
		expect(io.out()).toBe(SEED_OK);
		expect(io.err()).toBe('');
	});

	test('an absolute folder does not depend on the current folder', () => {
		const io = captured('/');
		expect(main(['check', SEED_DIR], io)).toBe(0);
		expect(io.out()).toBe(SEED_OK);
	});

	test('an explicit folder is resolved against the current folder', () => {
		const io = captured(FIXTURE_ROOT);
		expect(main(['check', 'karabakh-2023'], io)).toBe(0);
		expect(io.out()).toBe(SEED_OK);
	});

	describe('a broken cell', () => {
		const copy = seedCopy(breakFirearmsQuantity);
		afterAll(copy.remove);

		test.each([
			{ cwd: path.dirname(copy.dir), dir: 'karabakh-2023', shown: 'karabakh-2023/reports.csv' },
			{ cwd: copy.dir, dir: '.', shown: 'reports.csv' },
			{ cwd: REPO_ROOT, dir: copy.dir, shown: path.join(copy.dir, 'reports.csv') }
		])('is printed at its position, $shown:5:4, and exits 1', ({ cwd, dir, shown }) => {
			const io = captured(cwd);
			expect(main(['check', dir], io)).toBe(1);
			expect(io.out()).toBe('');
			const lines = io.err().trimEnd().split('\n');
			expect(lines[0]).toMatch(new RegExp(`^${escape(shown)}:5:4: ${BROKEN_CELL}`));
			expect(lines.at(-1)).toBe('1 error');
		});
	});

	test('warnings are marked and do not fail the check', () => {
		const copy = seedCopy((dir) =>
			editLine(dir, 'reports.csv', 2, (text) => text.replace('2023-09-22', '2031-01-01'))
		);
		try {
			const io = captured(path.dirname(copy.dir));
			expect(main(['check', 'karabakh-2023'], io)).toBe(0);
			expect(io.err()).toMatch(/^karabakh-2023\/reports\.csv:2:1: warning: .*2031-01-01/m);
			expect(io.out()).toMatch(/^ok: 5 reports, .* \(\d+ warnings?\)\n$/);
		} finally {
			copy.remove();
		}
	});

	test('a missing required file is an error for the file', () => {
		const copy = seedCopy((dir) => writeFileSync(path.join(dir, 'sources.csv'), ''));
		try {
			const io = captured(path.dirname(copy.dir));
			expect(main(['check', 'karabakh-2023'], io)).toBe(1);
			expect(io.err()).toMatch(/^karabakh-2023\/sources\.csv(:\d+)*: /m);
		} finally {
			copy.remove();
		}
	});
});

describe('summary', () => {
	test('--json prints the seed figures', () => {
		const io = captured();
		expect(main(['summary', '--json', SEED_DIR], io)).toBe(0);
		expect(io.err()).toBe('');
		expect(io.out()).toMatch(/^\{\n {2}"dataset": "karabakh-2023",\n/);
		const summary = JSON.parse(io.out()) as Summary;
		expectSeedSummary(summary);
	});

	test('without --json prints the readable table', () => {
		const io = captured();
		expect(main(['summary', SEED_DIR], io)).toBe(0);
		expect(io.err()).toBe('');
		const out = io.out();
		expect(out).toMatch(/^karabakh-2023, as of 2023-09-22\n/);
		for (const text of ['Armoured vehicles', '800+', '≈5,000', '≈10,000', '≈100', 'at least 8%']) {
			expect(out).toContain(text);
		}
	});

	test.each([[['--json']], [[]]])(
		'with a broken cell prints the issues, not a summary (%j), exit 1',
		(options) => {
			const copy = seedCopy(breakFirearmsQuantity);
			try {
				const io = captured(path.dirname(copy.dir));
				expect(main(['summary', 'karabakh-2023', ...options], io)).toBe(1);
				expect(io.out()).toBe('');
				expect(io.err()).toMatch(new RegExp(`^karabakh-2023/reports\\.csv:5:4: ${BROKEN_CELL}`));
				expect(io.err()).toMatch(/\n1 error\n$/);
			} finally {
				copy.remove();
			}
		}
	);
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
