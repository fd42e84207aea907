/**
 * The generated dataset loads with no error and no warning, is deterministic, and holds the
 * awkward cases it promises (every qualifier, both bases, rows with no number, quoted fields).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildModel } from '../src/lib/data/aggregate';
import { loadDataset } from '../src/lib/data/load';
import { BASES, QUALIFIERS, type IsoDate } from '../src/lib/data/types';
import { readDatasetFiles } from '../src/lib/server/datasets';
import { parseGenArgs, reportChunks, reportsCsv, writeDataset } from './gen-dataset';

const ROWS = 2000;

describe('a generated dataset of 2,000 rows', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'gen-dataset-'));
	const dir = path.join(root, 'generated-2k');
	let rows: string[][] = [];

	beforeAll(async () => {
		await writeDataset(dir, { rows: ROWS });
		const parsed = Papa.parse<string[]>(readFileSync(path.join(dir, 'reports.csv'), 'utf8'), {
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		rows = parsed.data.slice(1);
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('loads with 0 errors and 0 warnings, every row counted', () => {
		const load = loadDataset('generated-2k', readDatasetFiles(dir), {
			today: '2030-01-01' as IsoDate
		});
		const model = buildModel(load);
		expect(model.issues).toEqual([]);
		expect(model.dataset.reports).toHaveLength(ROWS);
		expect(model.dataset.sources.map((s) => s.id)).toEqual(
			expect.arrayContaining(['ru-mod', 'az-mod', 'monitors', 'press-pool'])
		);
		// Every category of the seed has a headline figure.
		for (const category of model.categories) expect(category.headline).not.toBeNull();
	});

	test('has every qualifier, both bases, unquantified rows and the awkward fields', () => {
		expect(rows).toHaveLength(ROWS);
		const qualifiers = new Set(rows.map((r) => r[4]));
		for (const q of QUALIFIERS) expect(qualifiers).toContain(q);
		const bases = new Set(rows.map((r) => r[5]));
		for (const b of BASES) expect(bases).toContain(b);
		expect(rows.filter((r) => r[5] === 'increment').length).toBeGreaterThan(ROWS / 2);
		expect(rows.some((r) => r[3] === '' && r[4] === '')).toBe(true);
		expect(rows.some((r) => r[6]!.startsWith('https://'))).toBe(true);
		expect(rows.some((r) => /[\u0600-\u06ff]/.test(r[7]!))).toBe(true);
		expect(rows.some((r) => r[7]!.includes('"') && r[7]!.includes(','))).toBe(true);
		expect(new Set(rows.map((r) => r[0])).size).toBeGreaterThan(150);
		expect(rows[0]![0]).toBe('2023-09-22');
	});

	test('is deterministic, and the seed changes it', () => {
		expect(readFileSync(path.join(dir, 'reports.csv'), 'utf8')).toBe(reportsCsv({ rows: ROWS }));
		expect(reportsCsv({ rows: 50, seed: 2 })).not.toBe(reportsCsv({ rows: 50, seed: 1 }));
	});
});

test('chunks hold the header and exactly the rows asked for', () => {
	const text = [...reportChunks({ rows: 5001 }, 1000)].join('');
	expect(text.split('\n').filter((line) => line !== '')).toHaveLength(5002);
});

test('parseGenArgs reads the options and refuses the rest', () => {
	expect(parseGenArgs(['--rows', '100_000', '--out', 'x'])).toMatchObject({
		rows: 100000,
		out: 'x',
		seed: 1
	});
	expect(() => parseGenArgs(['--rows', '10'])).toThrow(/--out is required/);
	expect(() => parseGenArgs(['--out', 'x', '--rows', 'many'])).toThrow(/whole number/);
	expect(() => parseGenArgs(['--out', 'x', '--colour', 'red'])).toThrow(/unexpected argument/);
});
