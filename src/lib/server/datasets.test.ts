import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { dataRoot, listDatasets, loadDatasetFromDisk, readDatasetFiles } from './datasets';

const root = mkdtempSync(path.join(tmpdir(), 'handover-datasets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>) {
	const dir = path.join(root, name);
	mkdirSync(dir, { recursive: true });
	for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
	return dir;
}

folder('zeta', { 'reports.csv': 'date\n' });
folder('alpha', { 'reports.csv': 'date\n', 'sources.csv': 'id\n', 'notes.txt': 'ignored' });
folder('no-reports', { 'sources.csv': 'id\n' });
writeFileSync(path.join(root, 'reports.csv'), 'a file at the top is not a dataset');

describe('listDatasets', () => {
	test('lists the folders that hold a reports.csv, sorted', () => {
		expect(listDatasets(root)).toEqual(['alpha', 'zeta']);
	});

	test('a missing root has no datasets', () => {
		expect(listDatasets(path.join(root, 'missing'))).toEqual([]);
	});

	test('by default, the data root ($HANDOVER_DATA: the fixtures under Vitest) has the seed', () => {
		expect(listDatasets()).toContain('karabakh-2023');
	});
});

describe('dataRoot', () => {
	afterEach(() => vi.unstubAllEnvs());

	test('defaults to data/ under the working directory', () => {
		vi.stubEnv('HANDOVER_DATA', '');
		expect(dataRoot()).toBe(path.resolve('data'));
	});

	test('HANDOVER_DATA moves it', () => {
		vi.stubEnv('HANDOVER_DATA', 'tests/fixtures');
		expect(dataRoot()).toBe(path.resolve('tests/fixtures'));
		expect(listDatasets()).toContain('broken');
	});
});

describe('readDatasetFiles', () => {
	test('reads the dataset files that exist, as UTF-8, and nothing else', () => {
		const dir = folder('utf8', { 'reports.csv': 'quote\nوأكثر من ٨٠٠\n', 'other.csv': 'x' });
		expect(readDatasetFiles(dir)).toEqual({ 'reports.csv': 'quote\nوأكثر من ٨٠٠\n' });
	});

	test('a missing folder gives no files', () => {
		expect(readDatasetFiles(path.join(root, 'missing'))).toEqual({});
	});
});

describe('loadDatasetFromDisk', () => {
	test('loads the seed dataset with no issues', () => {
		const { dataset, issues } = loadDatasetFromDisk('karabakh-2023');
		expect(dataset.id).toBe('karabakh-2023');
		expect(dataset.categories.map((c) => c.id)).toEqual([
			'armored_vehicles',
			'firearms',
			'ammunition',
			'anti_tank_missiles',
			'manpads'
		]);
		expect(issues).toEqual([]);
	});

	test('an unknown id is a bug, and says where it looked', () => {
		expect(() => loadDatasetFromDisk('nope', root)).toThrow(/No dataset 'nope' in .*reports\.csv/);
	});

	test('an id cannot climb out of the data root', () => {
		expect(() => loadDatasetFromDisk('../data/karabakh-2023', root)).toThrow(/No dataset/);
	});
});
