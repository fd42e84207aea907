/**
 * `extract` and `add --from`, run as functions with captured streams: the seed's report gives
 * its seven figures, and adding them into a copy of the dataset without its reports gives rows
 * that `check` accepts and that match the bundled ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import { parseArgs } from './args';
import { main } from './main';
import { REPO_ROOT } from './paths';
import { captured, seedCopy, SEED_DIR, TODAY, type Captured } from './test-helpers';

const SEED_TEXT = path.join(REPO_ROOT, 'tests/fixtures/texts/karabakh-2023-seed.ar.txt');
const text = readFileSync(SEED_TEXT, 'utf8');

let copy: { dir: string; remove: () => void };
let reports: string;
let bundled: string;

beforeEach(() => {
	copy = seedCopy();
	reports = path.join(copy.dir, 'reports.csv');
	bundled = readFileSync(reports, 'utf8');
	// The dataset without its reports: the header alone.
	writeFileSync(reports, `${bundled.split('\n')[0]}\n`);
});
afterEach(() => copy.remove());

function answering(lines: string[]): Captured {
	const stdin = new PassThrough();
	stdin.end(lines.map((line) => `${line}\n`).join(''));
	return { ...captured(path.dirname(copy.dir)), stdin };
}

describe('extract', () => {
	test('prints the seed report’s seven figures, one line each', async () => {
		const io = captured();
		expect(await main(['extract', SEED_TEXT, SEED_DIR], io)).toBe(0);
		expect(io.out()).toBe(
			[
				'1141-1168  armored_vehicles  6  «6 وحدات من المركبات المدرعة»',
				'1170-1190  anti_tank_missiles  no number  «وصواريخ مضادة للدروع»',
				'1192-1216  manpads  no number  «ومنظومات دفاع جوي محمولة»',
				'1218-1240  firearms  800+  «وأكثر من 800 سلاح ناري»',
				'1242-1269  ammunition  ≈5,000  «ونحو 5 آلاف قطعة من الذخيرة»',
				'1480-1496  fighters (estimate)  ≈10,000  «نحو 10 آلاف مسلح»',
				'1523-1543  tanks_and_armored_vehicles (estimate)  ≈100  «نحو 100 دبابة ومدرعة»',
				'7 figures: 5 reports, 2 estimates',
				''
			].join('\n')
		);
		expect(io.err()).toBe('');
	});

	test('--json gives {"figures": [...]} with every field, from the input (-)', async () => {
		const stdin = new PassThrough();
		stdin.end(text);
		const io = { ...captured(), stdin };
		expect(await main(['extract', '-', SEED_DIR, '--json'], io)).toBe(0);
		const { figures } = JSON.parse(io.out()) as { figures: Record<string, unknown>[] };
		expect(figures).toHaveLength(7);
		expect(figures[3]).toEqual({
			kind: 'report',
			category: 'firearms',
			measure: 'handed_over',
			quantity: 800,
			quantity_high: null,
			qualifier: 'more_than',
			unit: 'count',
			start: 1218,
			end: 1240,
			sentence: expect.stringContaining('وأكثر من 800 سلاح ناري') as string
		});
		expect(figures[5]).toMatchObject({
			kind: 'estimate',
			target: 'fighters',
			measure: null,
			quantity: 10000,
			qualifier: 'about'
		});
		expect(figures.map((f) => text.slice(f.start as number, f.end as number))[6]).toBe(
			'نحو 100 دبابة ومدرعة'
		);
	});

	test.each([
		[['extract', 'no-such-file.txt', SEED_DIR], 2, 'error: cannot read no-such-file.txt\n'],
		[['extract', SEED_TEXT, 'no-such-dir'], 2, "error: dataset folder 'no-such-dir'"],
		[['extract'], 2, "'extract' takes a text file"]
	])('%j: exit %i', async (argv, status, message) => {
		const io = captured();
		expect(await main(argv, io)).toBe(status);
		expect(io.err()).toContain(message);
	});

	test('a dataset with errors: its issues, exit 1', async () => {
		writeFileSync(path.join(copy.dir, 'categories.csv'), 'id,label\nfirearms,\n');
		const io = captured();
		expect(await main(['extract', SEED_TEXT, copy.dir], io)).toBe(1);
		expect(io.err()).toContain('categories.csv:2:2:');
		expect(io.out()).toBe('');
	});
});

describe('add --from', () => {
	const FLAGS = ['--source', 'ru-mod', '--date', '2023-09-22'];

	test('--yes adds the five reports; check accepts them; they match the bundled rows', async () => {
		const io = answering([]);
		expect(await main(['add', copy.dir, '--from', SEED_TEXT, ...FLAGS, '--yes'], io)).toBe(0);
		expect(io.out()).toContain(
			'Found 5 reports in ' +
				SEED_TEXT +
				' (and 2 estimates, not added: estimates.csv is edited by hand).\n'
		);
		expect(io.out()).toContain('Added 5 rows to karabakh-2023/reports.csv (lines 2-6):\n');
		const check = captured();
		expect(await main(['check', copy.dir], check)).toBe(0);
		expect(check.out()).toBe('ok: 5 reports, 2 estimates, 5 categories, 4 sources, 6 events\n');

		const files = (text: string) => {
			const read = (name: string) => readFileSync(path.join(copy.dir, name), 'utf8');
			return {
				'categories.csv': read('categories.csv'),
				'sources.csv': read('sources.csv'),
				'estimates.csv': read('estimates.csv'),
				'reports.csv': text
			};
		};
		const added = loadDataset('k', files(readFileSync(reports, 'utf8')), { today: TODAY }).dataset;
		const original = loadDataset('k', files(bundled), { today: TODAY }).dataset;
		const key = (r: (typeof added.reports)[number]) => r.category;
		expect(added.reports.map(key).sort()).toEqual(original.reports.map(key).sort());
		for (const row of original.reports) {
			const mine = added.reports.find((r) => r.category === row.category)!;
			expect([mine.stated, mine.date, mine.source, mine.basis, mine.measure]).toEqual([
				row.stated,
				row.date,
				row.source,
				row.basis,
				row.measure
			]);
			expect(mine.quote).toContain(row.quote);
		}
	});

	test('asked: add, skip, edit (the quantity), then add', async () => {
		// Row 1 added, row 2 skipped, row 3 edited (quantity 3, qualifier exact) then added,
		// rows 4 and 5 skipped.
		const io = answering(['a', 's', 'e', '', '3', 'exact', '', '', '', 'a', 's', 'skip']);
		expect(await main(['add', copy.dir, '--from', SEED_TEXT, ...FLAGS], io)).toBe(0);
		expect(io.out()).toContain('\nRow 1 of 5: armored_vehicles 6 exact\n');
		expect(io.out()).toContain('\nRow 3 of 5: manpads no number\n');
		expect(io.out()).toContain('\nRow 3 of 5: manpads 3 exact\n');
		const rows = readFileSync(reports, 'utf8').split('\n').slice(1, -1);
		expect(rows.map((r) => r.split(',').slice(0, 6).join(','))).toEqual([
			'2023-09-22,ru-mod,armored_vehicles,6,exact,cumulative',
			'2023-09-22,ru-mod,manpads,3,exact,cumulative'
		]);
	});

	test('--yes with an unknown source: each row refused and listed, nothing written, exit 1', async () => {
		const io = answering([]);
		const argv = [
			'add',
			copy.dir,
			'--from',
			SEED_TEXT,
			'--source',
			'nobody',
			'--date',
			'2023-09-22',
			'--yes'
		];
		expect(await main(argv, io)).toBe(1);
		expect(io.err().match(/^Row \d not added:/gm)).toEqual([
			'Row 1 not added:',
			'Row 2 not added:',
			'Row 3 not added:',
			'Row 4 not added:',
			'Row 5 not added:'
		]);
		expect(io.err()).toContain("source 'nobody' is not an id in sources.csv");
		expect(io.err()).toContain('Nothing was written to karabakh-2023/reports.csv.\n');
		expect(readFileSync(reports, 'utf8')).toBe(`${bundled.split('\n')[0]}\n`);
	});

	test.each([
		[
			['add', '--from', 'x.txt', '--quantity', '5'],
			"with --from, the report's text gives --quantity; leave it out"
		],
		[['extract', 'a.txt', 'b', 'c'], "'extract' takes a text file"],
		[['extract', 'a.txt', '--yes'], "unknown option '--yes' for 'extract'"]
	])('usage: %j', (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toContain(message);
	});

	test('parses --from and extract', () => {
		expect(parseArgs(['add', 'd', '--from', 'r.txt', '--source', 's', '-y'])).toEqual({
			ok: true,
			command: {
				kind: 'add',
				dir: 'd',
				dataset: null,
				values: { source: 's' },
				yes: true,
				from: 'r.txt'
			}
		});
		expect(parseArgs(['extract', '-', 'd', '--json'])).toEqual({
			ok: true,
			command: { kind: 'extract', file: '-', dir: 'd', json: true }
		});
	});
});
