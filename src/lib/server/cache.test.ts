import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { brokenCached, loadCached, modelCached } from './cache';

const root = mkdtempSync(path.join(tmpdir(), 'handover-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('tests/fixtures/datasets/karabakh-2023', path.join(root, 'seed'), { recursive: true });

test('a dataset is read once while its files are unchanged', () => {
	const first = loadCached('seed', root);
	expect(loadCached('seed', root)).toBe(first);
	expect(modelCached('seed', root)).toBe(modelCached('seed', root));
	expect(modelCached('seed', root).dataset).toBe(first.dataset);
});

test('an edited file is read again', () => {
	const before = loadCached('seed', root);
	const file = path.join(root, 'seed', 'reports.csv');
	writeFileSync(file, 'date,source,category,quantity,qualifier,basis\n');
	// Same size cannot be relied on; a different modification time is enough on its own.
	utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
	const after = loadCached('seed', root);
	expect(after).not.toBe(before);
	expect(after.dataset.reports).toEqual([]);
	expect(modelCached('seed', root).asOf).toBeNull();
});

test('an unknown dataset still throws', () => {
	expect(() => loadCached('nope', root)).toThrow(/No dataset 'nope'/);
});

test('a broken save keeps the last good figures, and a fix brings the new ones', () => {
	const file = path.join(root, 'seed', 'reports.csv');
	const good = readFileSync('tests/fixtures/datasets/karabakh-2023/reports.csv', 'utf8');
	const touch = (time: string) => utimesSync(file, new Date(time), new Date(time));
	writeFileSync(file, good);
	touch('2031-01-01');
	const before = modelCached('seed', root);
	expect(brokenCached('seed', root)).toBeNull();

	writeFileSync(file, good.replace(',800,', ',eight hundred,'));
	touch('2031-01-02');
	expect(modelCached('seed', root)).toBe(before);
	expect(brokenCached('seed', root)?.issues[0]).toMatchObject({
		file: 'reports.csv',
		column: 4,
		severity: 'error'
	});

	writeFileSync(file, good.replace(',800,', ',1000,'));
	touch('2031-01-03');
	expect(brokenCached('seed', root)).toBeNull();
	const firearms = modelCached('seed', root).categories.find((c) => c.category.id === 'firearms');
	expect(firearms?.headline?.total.low).toBe(1001);
});
