import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { overviewPage } from '$lib/server/views';
import { DEFAULT_MAX_ISSUES, readFiles, runPipeline } from './pipeline';
import type { DroppedFile } from './protocol';

const SEED = 'tests/fixtures/datasets/karabakh-2023';
const NAMES = ['reports.csv', 'categories.csv', 'sources.csv', 'estimates.csv', 'events.csv'];

function seedFiles(edit: (name: string, text: string) => string = (_, t) => t): DroppedFile[] {
	const files: DroppedFile[] = NAMES.map((name) => ({
		name: `karabakh-2023/${name}`,
		content: new Blob([edit(name, readFileSync(path.join(SEED, name), 'utf8'))])
	}));
	files.push({
		name: 'karabakh-2023/dataset.json',
		content: readFileSync(`${SEED}/dataset.json`, 'utf8')
	});
	return files;
}

describe('runPipeline', () => {
	test('gives the overview the build prerenders, for the seed', async () => {
		const outcome = await runPipeline(seedFiles(), {});
		expect(outcome.id).toBe('karabakh-2023');
		expect(outcome.overview).toEqual(overviewPage('karabakh-2023').overview);
		const figures = outcome.overview.categories.map((c) => c.figure);
		expect(figures.slice(0, 3)).toEqual(['6', '800+', '≈5,000']);
		expect(outcome.issues).toEqual([]);
		expect(outcome.footer.asOf).toBe('Figures as of 2023-09-22.');
		expect(outcome.series.lines.length).toBeGreaterThan(0);
		expect(outcome.categories).toEqual({});
	});

	test('builds each category page on demand', async () => {
		const outcome = await runPipeline(seedFiles(), { id: 'karabakh-2023', categoryPages: true });
		expect(Object.keys(outcome.categories)).toEqual([
			'armored_vehicles',
			'firearms',
			'ammunition',
			'anti_tank_missiles',
			'manpads'
		]);
		expect(outcome.categories.firearms?.page.category.card.figure).toBe('800+');
	});

	test('caps the issues and counts the rest', async () => {
		const bad = Array.from(
			{ length: 300 },
			() => '2023-09-22,ru-mod,firearms,lots,exact,cumulative'
		);
		const files = seedFiles((name, text) =>
			name === 'reports.csv' ? `${text.trimEnd()}\n${bad.join('\n')}\n` : text
		);
		const outcome = await runPipeline(files, { maxIssues: 50 });
		expect(outcome.issues).toHaveLength(50);
		expect(outcome.overview.issues).toHaveLength(50);
		expect(outcome.moreIssues).toBe(250);
		expect(outcome.errors).toBe(300);
		expect(outcome.overview.issuesIntro).toMatch(/300/);
		expect(outcome.issues[0]).toMatchObject({ file: 'reports.csv', column: 4, severity: 'error' });
		// The good rows still count.
		expect(outcome.overview.categories[1]?.figure).toBe('800+');
		expect(DEFAULT_MAX_ISSUES).toBe(200);
	});

	test('names that are not dataset files are left out, and said to be', async () => {
		const outcome = await runPipeline(
			[...seedFiles(), { name: 'notes.txt', content: 'x' }, { name: 'b/reports.csv', content: '' }],
			{ id: 'x' }
		);
		expect(outcome.ignored).toEqual(['notes.txt', 'b/reports.csv']);
		expect(outcome.files).toContain('reports.csv');
	});
});

describe('readFiles', () => {
	test('keeps a byte-order mark and marks bad bytes, as the server reads them', async () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xff, 0x0a]);
		const { texts } = await readFiles([{ name: 'reports.csv', content: new Blob([bytes]) }]);
		expect(texts['reports.csv']).toBe(Buffer.from(bytes).toString('utf8'));
		expect(texts['reports.csv']).toBe('\uFEFFa\n\uFFFD\n');
	});

	test('reports progress up to the total, in bytes', async () => {
		const calls: [number, number][] = [];
		const big = new Blob(['a'.repeat(3_000_000)]);
		await readFiles([{ name: 'reports.csv', content: big }], (l, t) => calls.push([l, t]));
		expect(calls.at(-1)).toEqual([3_000_000, 3_000_000]);
	});
});
