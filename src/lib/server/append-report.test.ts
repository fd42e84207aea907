import {
	chmodSync,
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDataset } from '../data/load';
import type { ReportDraft } from '../data/draft';
import type { IsoDate } from '../data/types';
import { appendReport, appendReports } from './append-report';
import { lockPathOf, NODE_FILE_OPS, type FileOps } from './atomic-file';
import { encodingCases } from '$lib/testing/encoding-cases';
import { encodeText } from '../data/encoding';
import { loadDatasetDir, readDatasetFiles } from './datasets';

const SEED = path.resolve('tests/fixtures/datasets/karabakh-2023');
const TODAY = '2024-01-01' as IsoDate;
const FIREARMS: ReportDraft = {
	date: '2023-09-24',
	source: 'ru-mod',
	category: 'firearms',
	quantity: '1000',
	qualifier: 'more_than',
	basis: 'cumulative'
};
const ROW = '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,';

let root: string;
let dir: string;
let reports: string;

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), 'handover-append-'));
	dir = path.join(root, 'karabakh-2023');
	cpSync(SEED, dir, { recursive: true });
	reports = path.join(dir, 'reports.csv');
});
afterEach(() => {
	chmodSync(dir, 0o755);
	rmSync(root, { recursive: true, force: true });
});

const bytes = () => readFileSync(reports);
/** The folder's files besides the dataset's own: temporary files and locks left behind. */
const strays = () => readdirSync(dir).filter((name) => name.startsWith('.'));

describe('appendReport', () => {
	test('appends the row at line 7, and the dataset checks with 6 reports', async () => {
		const before = bytes();
		const result = await appendReport(dir, FIREARMS, { today: TODAY });
		expect(result).toMatchObject({ ok: true, line: 7, row: `${ROW}\n`, warnings: [] });
		expect(bytes()).toEqual(Buffer.concat([before, Buffer.from(`${ROW}\n`)]));
		const load = loadDataset('karabakh-2023', readDatasetFiles(dir), { today: TODAY });
		expect(load.issues).toEqual([]);
		expect(load.dataset.reports).toHaveLength(6);
		expect(strays()).toEqual([]);
	});

	const seedText = readFileSync(path.join(SEED, 'reports.csv'), 'utf8');
	/** The seed's reports.csv with `;` between fields (the commas inside quotes kept). */
	const semicolons = seedText.replace(
		/("(?:[^"]|"")*")|,/g,
		(match, quoted: string | undefined) => quoted ?? ';'
	);
	test.each([
		{ name: 'BOM', text: `\uFEFF${seedText}`, row: `${ROW}\n` },
		{ name: 'CRLF', text: seedText.replaceAll('\n', '\r\n'), row: `${ROW}\r\n` },
		{ name: "';' delimiter", text: semicolons, row: `${ROW.replaceAll(',', ';')}\n` },
		{
			name: 'BOM, CRLF and ;',
			text: `\uFEFF${semicolons.replaceAll('\n', '\r\n')}`,
			row: `${ROW.replaceAll(',', ';')}\r\n`
		},
		{
			name: 'every field quoted',
			text:
				seedText
					.trimEnd()
					.split('\n')
					.map((line) =>
						line.replace(
							/("(?:[^"]|"")*")|([^,]*)/g,
							(m, q: string | undefined) => q ?? (m === '' ? '' : `"${m}"`)
						)
					)
					.join('\n') + '\n',
			row: `${ROW}\n`
		},
		{ name: 'no final line end', text: seedText.trimEnd(), row: `\n${ROW}\n` },
		{
			name: 'no final line end, CRLF',
			text: seedText.trimEnd().replaceAll('\n', '\r\n'),
			row: `\r\n${ROW}\r\n`
		}
	])(
		'$name: the old bytes are kept exactly, then the row in the file’s style',
		async ({ text, row }) => {
			writeFileSync(reports, text);
			const before = bytes();
			const result = await appendReport(dir, FIREARMS, { today: TODAY });
			expect(result.ok).toBe(true);
			expect(bytes()).toEqual(Buffer.concat([before, Buffer.from(row)]));
			const load = loadDataset('karabakh-2023', readDatasetFiles(dir), { today: TODAY });
			expect(load.issues.filter((i) => i.severity === 'error')).toEqual([]);
			expect(load.dataset.reports.at(-1)).toMatchObject({
				date: '2023-09-24',
				category: 'firearms'
			});
		}
	);

	test('a quote with a line break and a comma is quoted', async () => {
		const result = await appendReport(dir, { ...FIREARMS, quote: 'he said "1,000"\nand more' });
		expect(result.ok && result.row).toBe(
			'2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,"he said ""1,000""\nand more",,\n'
		);
	});

	test('an invalid row: the issues at their position, and nothing changes', async () => {
		const before = bytes();
		const result = await appendReport(dir, {
			...FIREARMS,
			quantity: 'eight hundred',
			source: 'nobody'
		});
		expect(result).toMatchObject({
			ok: false,
			issues: [
				{
					file: 'reports.csv',
					line: 7,
					column: 4,
					message: "quantity 'eight hundred' is not a whole number",
					severity: 'error'
				}
			]
		});
		expect(bytes()).toEqual(before);
		expect(strays()).toEqual([]);
	});

	test('a last row with a quote left open: the row is still added, and loads', async () => {
		const broken = `${seedText}2023-09-23,ru-mod,firearms,900,exact,cumulative,,"open quote`;
		writeFileSync(reports, broken);
		const result = await appendReport(dir, FIREARMS, { today: TODAY });
		expect(result).toMatchObject({ ok: true, line: 8 });
		expect(readFileSync(reports, 'utf8')).toBe(`${broken}\n${ROW}\n`);
		const load = loadDataset('karabakh-2023', readDatasetFiles(dir), { today: TODAY });
		expect(load.dataset.reports.at(-1)).toMatchObject({ line: 8, date: '2023-09-24' });
		expect(load.issues.map((i) => `${i.line}:${i.column}`)).toEqual(['7:8']);
	});

	test('a file that is not UTF-8: refused with its error, nothing changes', async () => {
		// A row with Windows-1256 Arabic (not UTF-8) after the seed's rows.
		writeFileSync(
			reports,
			Buffer.concat([
				Buffer.from(`${seedText}2023-09-23,ru-mod,firearms,900,exact,cumulative,,`),
				Buffer.from([0xc3, 0xe3, 0xc7]),
				Buffer.from(',,\n')
			])
		);
		const before = bytes();
		const result = await appendReport(dir, FIREARMS, { today: TODAY });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
			'7:8 the file is not UTF-8 text (it may be saved as Windows-1256 or another legacy encoding); save it as UTF-8',
			'0:0 the row would not load as line 8 because of the errors above; fix them first'
		]);
		expect(bytes()).toEqual(before);
	});

	test('a read-only reports.csv: a clear message, nothing changes', async () => {
		chmodSync(reports, 0o444);
		const before = bytes();
		const result = await appendReport(dir, FIREARMS, { today: TODAY });
		expect(result).toMatchObject({
			ok: false,
			issues: [
				{
					file: 'reports.csv',
					line: 0,
					column: 0,
					message: `reports.csv is read-only, so nothing was written and it was not changed; make it writable (chmod u+w ${reports}) and try again`,
					severity: 'error'
				}
			]
		});
		expect(bytes()).toEqual(before);
		expect(strays()).toEqual([]);
	});

	test('a full disk (ENOSPC half-way through the write): a clear message, nothing changes', async () => {
		const full: FileOps = {
			...NODE_FILE_OPS,
			async writeNew(file, data, options) {
				// The lock is small enough to fit; the new reports.csv is not.
				if (file.endsWith('.lock')) return NODE_FILE_OPS.writeNew(file, data, options);
				await NODE_FILE_OPS.writeNew(file, data.subarray(0, 100), options);
				throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
					code: 'ENOSPC'
				});
			}
		};
		const before = bytes();
		const result = await appendReport(dir, FIREARMS, { today: TODAY, ops: full });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]).toMatchObject({
			file: 'reports.csv',
			line: 0,
			column: 0,
			severity: 'error'
		});
		expect(result.issues[0]!.message).toMatch(
			/^the disk is full \(ENOSPC\) while writing \.reports\.csv\.\d+\.[0-9a-f]+\.tmp, so nothing was written and reports\.csv was not changed; free some space and try again$/
		);
		expect(bytes()).toEqual(before);
		expect(strays()).toEqual([]);
	});

	test('a lock held by a running process: refused after the wait, with the lock named', async () => {
		writeFileSync(
			lockPathOf(reports),
			JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now(), token: 'x' })
		);
		const before = bytes();
		const result = await appendReport(dir, FIREARMS, { today: TODAY, lockTimeoutMs: 0 });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]!.message).toMatch(
			new RegExp(
				`^reports\\.csv is being changed by another add \\(process ${process.ppid} on .*; try again, and if no add is running, delete .*\\.reports\\.csv\\.lock$`
			)
		);
		expect(bytes()).toEqual(before);
	});

	test('a folder that does not exist', async () => {
		const result = await appendReport(path.join(root, 'nope'), FIREARMS);
		expect(result).toMatchObject({
			ok: false,
			issues: [
				{
					file: '',
					line: 0,
					column: 0,
					message: `the dataset folder ${path.join(root, 'nope')} does not exist`,
					severity: 'error'
				}
			]
		});
	});

	test('20 adds at once (one process) lose nothing: 20 new rows, in some order, lines 7 to 26', async () => {
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				appendReport(dir, { ...FIREARMS, quantity: String(1000 + i) }, { today: TODAY })
			)
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.map((r) => (r.ok ? r.line : 0)).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 20 }, (_, i) => 7 + i)
		);
		const load = loadDataset('karabakh-2023', readDatasetFiles(dir), { today: TODAY });
		expect(load.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const quantities = load.dataset.reports.slice(5).map((r) => r.stated?.value);
		expect(quantities.sort()).toEqual(Array.from({ length: 20 }, (_, i) => 1000 + i));
		expect(strays()).toEqual([]);
	});
});

describe('appendReport in the file’s own encoding', () => {
	const seedText = readFileSync(path.join(SEED, 'reports.csv'), 'utf8');
	const cases = encodingCases(seedText);
	const tabRow = `${ROW.replaceAll(',', '\t')}\r\n`;
	test.each([
		{
			name: 'windows-1256',
			row: encodeText(`${ROW}\u0648\u0623\u0643\u062b\u0631\n`, 'windows-1256')
		},
		{
			name: 'utf-16',
			row: encodeText(tabRow.replace('\r\n', '\u0648\u0623\u0643\u062b\u0631\r\n'), 'utf-16le')
		},
		{ name: 'utf-16-be', row: encodeText(`${ROW}\u0648\u0623\u0643\u062b\u0631\n`, 'utf-16be') }
	])(
		'$name: the old bytes kept, the row in its encoding; check reads the same rows plus one',
		async ({ name, row }) => {
			writeFileSync(reports, cases[name]!);
			const before = loadDatasetDir('karabakh-2023', dir, { today: TODAY });
			const result = await appendReport(dir, { ...FIREARMS, note_ar: 'وأكثر' }, { today: TODAY });
			expect(result.ok).toBe(true);
			expect(new Uint8Array(bytes())).toEqual(
				new Uint8Array(Buffer.concat([Buffer.from(cases[name]!), row as Uint8Array]))
			);
			const after = loadDatasetDir('karabakh-2023', dir, { today: TODAY });
			expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
			expect(after.issues.filter((i) => i.key.startsWith('issue_read_as'))).toMatchObject([
				{ line: 1, column: 1, severity: 'warning' }
			]);
			expect(after.dataset.reports.slice(0, -1)).toEqual(before.dataset.reports);
			expect(after.dataset.reports.at(-1)).toMatchObject({
				line: 7,
				date: '2023-09-24',
				category: 'firearms'
			});
		}
	);

	test('a character Windows-1256 cannot hold: refused, saying which, nothing changes', async () => {
		writeFileSync(reports, cases['windows-1256']!);
		const result = await appendReport(dir, { ...FIREARMS, note: 'see 😀' }, { today: TODAY });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
			'7:0 the row holds “😀” (U+1F600), which this file’s encoding (Windows-1256) cannot hold, so it was not written; save the file as CSV UTF-8 in your spreadsheet, then add the row again'
		]);
		expect(new Uint8Array(bytes())).toEqual(cases['windows-1256']);
	});
});

describe('appendReports', () => {
	const VEHICLES: ReportDraft = { ...FIREARMS, category: 'armored_vehicles', quantity: '20' };
	test('appends every row, each at its own line, in one write', async () => {
		const before = bytes();
		const result = await appendReports(dir, [FIREARMS, VEHICLES], { today: TODAY });
		expect(result).toMatchObject({ ok: true, lines: [7, 8] });
		const rows = `${ROW}\n${ROW.replace('firearms,1000', 'armored_vehicles,20')}\n`;
		expect(bytes()).toEqual(Buffer.concat([before, Buffer.from(rows)]));
		expect(strays()).toEqual([]);
	});

	test('writes nothing when one row has an error, and names its line', async () => {
		const before = bytes();
		const result = await appendReports(dir, [FIREARMS, { ...VEHICLES, source: 'ru-mdo' }], {
			today: TODAY
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((i) => [i.line, i.severity, i.message])).toContainEqual([
			8,
			'error',
			expect.stringContaining("'ru-mdo'")
		]);
		expect(bytes()).toEqual(before);
	});
});
