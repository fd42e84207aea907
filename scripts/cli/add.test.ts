/**
 * `add`, run as a function with captured streams and its answers on a stream: the interactive
 * questions, the flag mode, and the refusals with their positions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from './main';
import { captured, seedCopy, type Captured } from './test-helpers';

let copy: { dir: string; remove: () => void };
let reports: string;
let before: string;

beforeEach(() => {
	copy = seedCopy();
	reports = path.join(copy.dir, 'reports.csv');
	before = readFileSync(reports, 'utf8');
});
afterEach(() => copy.remove());

/** A context whose input is `lines`, then the end of the input. */
function answering(lines: string[], cwd = path.dirname(copy.dir)): Captured {
	const stdin = new PassThrough();
	stdin.end(lines.map((line) => `${line}\n`).join(''));
	return { ...captured(cwd), stdin };
}

const ROW = '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,';
const FLAGS = [
	'--date',
	'2023-09-24',
	'--source',
	'ru-mod',
	'--category',
	'firearms',
	'--quantity',
	'1,000',
	'--qualifier',
	'more than',
	'--basis',
	'cumulative'
];

describe('add, interactive', () => {
	test('asks for each column with numbered choices, shows the row and the figures, then writes', async () => {
		// date, source 1 (ru-mod), category 2 (firearms), quantity, qualifier 3 (more_than),
		// basis 1 (cumulative), url, quote, note, note_ar, confirm.
		const io = answering(['2023-09-24', '1', '2', '1,000', '3', '1', '', '', '', '', 'y']);
		expect(await main(['add', 'karabakh-2023'], io)).toBe(0);
		const out = io.out();
		expect(out).toContain(
			'Adding a report to karabakh-2023/reports.csv (as line 7).\n' +
				'Press Enter to keep a value in [brackets]; a number picks from a list; end the input (Ctrl+D) to stop without writing.\n' +
				'date (YYYY-MM-DD) [2024-01-01]: 2023-09-24\n' +
				'\nsource:\n' +
				'  1) ru-mod                Russian Ministry of Defence\n' +
				'  2) az-gov                Government of Azerbaijan\n' +
				'  3) az-mfa                Azerbaijani Ministry of Foreign Affairs\n' +
				'  4) karabakh-separatists  Armenian separatists in Nagorno-Karabakh\n' +
				'source: 1\n'
		);
		expect(out).toContain('\nqualifier:\n  1) exact\n  2) about\n  3) more_than\n');
		expect(out).toContain('note_ar (optional): \n');
		expect(out).toContain(
			`\nThe row, as line 7 of karabakh-2023/reports.csv:\n  ${ROW}\n` +
				'Before: Firearms: handed over 800+ · source ru-mod · date 2023-09-22 · estimate ≈10,000 · progress at least 8%\n' +
				'After:  Firearms: handed over 1,000+ · source ru-mod · date 2023-09-24 · estimate ≈10,000 · progress at least 10%\n' +
				'Add this row to karabakh-2023/reports.csv? [y/N] y\n' +
				`Added line 7 to karabakh-2023/reports.csv:\n  ${ROW}\n`
		);
		expect(io.err()).toBe('');
		expect(readFileSync(reports, 'utf8')).toBe(`${before}${ROW}\n`);
	});

	test('a bad answer is explained and asked again; Enter keeps the default date', async () => {
		const io = answering([
			'22/09/2023',
			'',
			'RU-MOD',
			'9',
			'ru-mod',
			'manpads',
			'',
			'2',
			'',
			'',
			'',
			'',
			'yes'
		]);
		expect(await main(['add', 'karabakh-2023'], io)).toBe(0);
		const out = io.out();
		expect(out).toContain(
			"date (YYYY-MM-DD) [2024-01-01]: 22/09/2023\n  date '22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22\n" +
				'date (YYYY-MM-DD) [2024-01-01]: \n'
		);
		expect(out).toContain(
			"source: RU-MOD\n  source 'RU-MOD' is not an id in sources.csv; did you mean ru-mod? (ru-mod, az-gov, az-mfa, karabakh-separatists)\n" +
				'source: 9\n  pick a number from 1 to 4, or type the id\nsource: ru-mod\n'
		);
		expect(readFileSync(reports, 'utf8')).toBe(
			`${before}2024-01-01,ru-mod,manpads,,,increment,,,,\n`
		);
	});

	test('a warning is said once, after the answer that brings it', async () => {
		// Firearms 900+ on 2023-09-22: a second cumulative figure of ru-mod for that day.
		const io = answering(['2023-09-22', '1', '2', '900', '3', '1', '', '', '', '', 'n']);
		expect(await main(['add', 'karabakh-2023'], io)).toBe(1);
		const said = io.out().split('two different cumulative figures for 2023-09-22').length - 1;
		expect(said).toBe(1);
		expect(io.out()).toContain(
			'qualifier: 3\n  warning: firearms: ru-mod gives two different cumulative figures for 2023-09-22, 800+ (line 5) and 900+; the later line is used\n'
		);
	});

	test('the date defaults to today, and the flags given are the defaults', async () => {
		const io = answering(['', '', '', '', '', '', '', '', '', 'y']);
		const flags = ['--source', 'az-mfa', '--category', 'manpads', '--basis', 'cumulative'];
		expect(await main(['add', 'karabakh-2023', ...flags], io)).toBe(0);
		expect(io.out()).toContain('source [az-mfa]: \n');
		expect(readFileSync(reports, 'utf8')).toBe(
			`${before}2024-01-01,az-mfa,manpads,,,cumulative,,,,\n`
		);
	});

	test.each([
		{ name: 'answered no', lines: ['2023-09-24', '1', '2', '1000', '3', '1', '', '', '', '', 'n'] },
		{ name: 'the input ends half-way', lines: ['2023-09-24', '1'] }
	])('$name: nothing is written, exit 1', async ({ lines }) => {
		const io = answering(lines);
		expect(await main(['add', 'karabakh-2023'], io)).toBe(1);
		expect(io.err()).toBe('Nothing was written.\n');
		expect(readFileSync(reports, 'utf8')).toBe(before);
	});
});

describe('add --yes', () => {
	test('writes the row from the flags, prints it and the new figures', async () => {
		const io = captured(path.dirname(copy.dir));
		expect(await main(['add', '--dataset', copy.dir, ...FLAGS, '--yes'], io)).toBe(0);
		expect(io.out()).toBe(
			`Added line 7 to karabakh-2023/reports.csv:\n  ${ROW}\n` +
				'Firearms: handed over 1,000+ · source ru-mod · date 2023-09-24 · estimate ≈10,000 · progress at least 10%\n'
		);
		expect(io.err()).toBe('');
		expect(readFileSync(reports, 'utf8')).toBe(`${before}${ROW}\n`);
	});

	test('--dataset <id> names a folder under HANDOVER_DATA; --note-ar fills note_ar', async () => {
		const io = {
			...captured(path.dirname(copy.dir)),
			env: { HANDOVER_DATA: path.dirname(copy.dir) }
		};
		const args = [
			'add',
			'--dataset',
			'karabakh-2023',
			...FLAGS,
			'--note',
			'n',
			'--note-ar',
			'ن',
			'-y'
		];
		expect(await main(args, io)).toBe(0);
		expect(readFileSync(reports, 'utf8')).toBe(`${before}${ROW.slice(0, -2)},n,ن\n`);
	});

	test('an invalid row: each issue at its position on stderr, exit 1, nothing written', async () => {
		const io = captured(path.dirname(copy.dir));
		const args = ['add', 'karabakh-2023', ...FLAGS, '--quantity=eight hundred', '--yes'];
		// `--quantity=…` after `--quantity 1,000` is the same option twice: a usage error.
		expect(await main(args, io)).toBe(2);
		const bad = FLAGS.map((flag) => (flag === '1,000' ? 'eight hundred' : flag));
		const io2 = captured(path.dirname(copy.dir));
		expect(await main(['add', 'karabakh-2023', ...bad, '--basis-x', 'y', '--yes'], io2)).toBe(1);
		expect(io2.out()).toBe('');
		expect(io2.err()).toBe(
			"karabakh-2023/reports.csv:1: basis_x 'y' is given, but reports.csv has no column 'basis_x'; add the column to its header, or leave the value out\n" +
				"karabakh-2023/reports.csv:7:4: quantity 'eight hundred' is not a whole number\n" +
				'2 errors; nothing was written to karabakh-2023/reports.csv\n'
		);
		expect(readFileSync(reports, 'utf8')).toBe(before);
	});

	test('three bad fields are all named in one run, each at its position', async () => {
		const io = captured(path.dirname(copy.dir));
		const bad = FLAGS.map(
			(flag) =>
				({ '2023-09-24': '22/09/2023', 'ru-mod': 'ru-mdo', firearms: 'tanks' })[flag] ?? flag
		);
		expect(await main(['add', 'karabakh-2023', ...bad, '--yes'], io)).toBe(1);
		expect(io.err()).toBe(
			"karabakh-2023/reports.csv:7:1: date '22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22\n" +
				"karabakh-2023/reports.csv:7:2: source 'ru-mdo' is not an id in sources.csv; did you mean ru-mod? (ru-mod, az-gov, az-mfa, karabakh-separatists)\n" +
				"karabakh-2023/reports.csv:7:3: category 'tanks' is not an id in categories.csv (armored_vehicles, firearms, ammunition, anti_tank_missiles, manpads)\n" +
				'3 errors; nothing was written to karabakh-2023/reports.csv\n'
		);
		expect(readFileSync(reports, 'utf8')).toBe(before);
	});

	test('the same increment entered twice is warned about, and written', async () => {
		const increment = FLAGS.map((f) => (f === 'cumulative' ? 'increment' : f));
		const args = ['add', 'karabakh-2023', ...increment, '--yes'];
		expect(await main([...args, '--note', 'from the CLI'], captured(path.dirname(copy.dir)))).toBe(
			0
		);
		const io = captured(path.dirname(copy.dir));
		expect(await main([...args, '--note', 'again'], io)).toBe(0);
		expect(io.err()).toBe(
			'karabakh-2023/reports.csv:8:1: warning: same date, source and category as line 7; an increment here is added to it: if it is the same report, remove one\n'
		);
	});

	test('a warning (a date after today) is printed, and the row is written', async () => {
		const io = captured(path.dirname(copy.dir));
		const args = [
			'add',
			'karabakh-2023',
			...FLAGS.map((f) => (f === '2023-09-24' ? '2031-01-01' : f)),
			'--yes'
		];
		expect(await main(args, io)).toBe(0);
		expect(io.err()).toBe(
			"karabakh-2023/reports.csv:7:1: warning: date '2031-01-01' is after today, 2024-01-01\n"
		);
		expect(readFileSync(reports, 'utf8')).toBe(
			`${before}${ROW.replace('2023-09-24', '2031-01-01')}\n`
		);
	});

	test.each([
		{ argv: ['add', 'a', 'b'], message: "'add' takes one dataset folder, got 2: a b" },
		{
			argv: ['add', '--source'],
			message: "option '--source' needs a value, as in --source <value>"
		},
		{
			argv: ['add', 'x', '--dataset', 'y'],
			message: 'give the dataset once: as a folder or with --dataset, not both'
		},
		{ argv: ['add', '-q'], message: "unknown option '-q' for 'add'" }
	])('$argv: usage error, exit 2', async ({ argv, message }) => {
		const io = captured();
		expect(await main(argv, io)).toBe(2);
		expect(io.err()).toBe(`error: ${message}\nRun 'npm run data -- --help' for usage.\n`);
	});

	test('a dataset folder that does not exist: exit 2', async () => {
		const io = captured('/tmp');
		expect(await main(['add', 'no-such-dataset', '--yes'], io)).toBe(2);
		expect(io.err()).toBe("error: dataset folder 'no-such-dataset' does not exist\n");
	});
});

describe('add: ranges, shares and measures (issue 14)', () => {
	const HEADER =
		'date,source,category,quantity,qualifier,basis,url,quote,note,note_ar,quantity_high,unit,measure';

	/** Gives the copy's reports.csv issue 14's three columns (its rows' cells empty); its text. */
	function widenReports(): string {
		const lines = before.trimEnd().split('\n');
		const widened = [HEADER, ...lines.slice(1).map((line) => `${line},,,`)].join('\n') + '\n';
		writeFileSync(reports, widened);
		return widened;
	}

	test('a range of another measure, in a file with the columns: written canonical', async () => {
		const widened = widenReports();
		const io = captured(path.dirname(copy.dir));
		const flags = [
			...FLAGS.slice(0, 6),
			'--quantity',
			'7,000',
			'--qualifier',
			'between',
			'--quantity-high',
			'13,000',
			'--measure',
			'verified',
			'--basis',
			'cumulative'
		];
		expect(await main(['add', '--dataset', copy.dir, ...flags, '--yes'], io)).toBe(0);
		const row = '2023-09-24,ru-mod,firearms,7000,between,cumulative,,,,,13000,,verified';
		expect(readFileSync(reports, 'utf8')).toBe(`${widened}${row}\n`);
		// The headline stays the handed-over 800+: a verified count is beside it, not instead.
		expect(io.out()).toContain('Firearms: handed over 800+ · source ru-mod · date 2023-09-22');
	});

	test('a range in a file without quantity_high: refused, saying which column to add', async () => {
		const io = captured(path.dirname(copy.dir));
		const flags = [...FLAGS.slice(0, 6), '--quantity', '500', '--qualifier', 'between'];
		const args = ['add', '--dataset', copy.dir, ...flags, '--basis', 'cumulative', '--yes'];
		expect(await main(args, io)).toBe(1);
		expect(io.err()).toContain(
			"quantity_high is empty but qualifier is between; give the range's upper end (a whole number >= quantity) in the quantity_high column (add the column to the header if the file has none)"
		);
		expect(readFileSync(reports, 'utf8')).toBe(before);
	});

	test('a share with basis increment: refused at the basis cell', async () => {
		const widened = widenReports();
		const io = captured(path.dirname(copy.dir));
		const flags = [
			...FLAGS.slice(0, 6),
			'--quantity',
			'40',
			'--qualifier',
			'about',
			'--unit',
			'percent'
		];
		const args = ['add', '--dataset', copy.dir, ...flags, '--basis', 'increment', '--yes'];
		expect(await main(args, io)).toBe(1);
		expect(io.err()).toContain(
			"reports.csv:7:6: basis is increment but unit is percent: a share is the source's whole share so far, never added; use cumulative"
		);
		expect(readFileSync(reports, 'utf8')).toBe(widened);
	});
});
