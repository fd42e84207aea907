/**
 * The bad-input corpus (tests/fixtures/bad/<case>/): the seed dataset with one defect each, and
 * an expected.json that lists every issue it must produce, at its exact position, and what must
 * still load. Each case is read from disk as the site reads it, loaded, modelled, summarised
 * and rendered (the overview, on the server), and nothing may throw.
 *
 * expected.json:
 *   about       what the defect is
 *   issues      every issue, in the model's order: { file, line, column, severity, message },
 *               with "match": "substring" when `message` is only part of the text
 *   reports     the lines of reports.csv that load
 *   categories  the ids that load (default: the seed's five); sources likewise (the seed's four)
 *   headlines   category id -> the headline figure's text, or null for none
 *   values      "table/key/field" -> the loaded value (key: an id, or a line for reports and
 *               events; "meta/field" for dataset.json; text values compare by their original)
 *
 * The 50 MB file is generated here, in a temporary folder, not committed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import { afterAll, describe, expect, test } from 'vitest';
import Overview from '$lib/components/Overview.svelte';
import { overviewPage } from '$lib/server/views';
import { loadDatasetDir } from '$lib/server/datasets';
import { buildModel } from './aggregate';
import { SEED_FILES } from '$lib/testing/seed';
import { summaryTable, toSummary } from './summary';
import type { DataIssue, Dataset, IsoDate, Localized } from './types';
import { formatQuantity } from './format';

const textOf = (q: Parameters<typeof formatQuantity>[0] | null | undefined) =>
	q ? formatQuantity(q) : null;

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/bad/', import.meta.url));
const TODAY = '2026-01-01' as IsoDate;
const SEED_CATEGORIES = ['armored_vehicles', 'firearms', 'ammunition', 'anti_tank_missiles', 'manpads'];
const SEED_SOURCES = ['ru-mod', 'az-gov', 'az-mfa', 'karabakh-separatists'];

interface Expected {
	about: string;
	issues: (DataIssue & { match?: 'substring' })[];
	reports: number[];
	categories?: string[];
	sources?: string[];
	headlines: Record<string, string | null>;
	values?: Record<string, unknown>;
}

const CASES = readdirSync(ROOT, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

/** Object.prototype as it is before any case runs: no case may add to it or change it. */
const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

function checkPrototype(): void {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.prototype.toString.call([])).toBe('[object Array]');
}

/** The value at "table/key/field" of a loaded dataset (see the file comment). */
function valueAt(dataset: Dataset, at: string): unknown {
	const [table, key, field] = at.split('/') as [string, string, string | undefined];
	const text = (value: unknown) =>
		value !== null && typeof value === 'object' && 'translations' in value
			? (value as Localized).value
			: value;
	if (table === 'meta') return text(dataset.meta[key as keyof Dataset['meta']]);
	const records = dataset[table as 'reports' | 'categories' | 'sources' | 'events'] as unknown as Record<
		string,
		unknown
	>[];
	const record = records.find((r) => String(r.id ?? r.line) === key);
	if (record === undefined) throw new Error(`${at}: no ${table} record '${key}' loaded`);
	return text(record[field!]);
}

describe.each(CASES)('bad input: %s', (name) => {
	const dir = path.join(ROOT, name);
	const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;

	test(`${expected.about}`, () => {
		const load = loadDatasetDir(name, dir, { today: TODAY });
		const model = buildModel(load);
		expect(() => toSummary(model)).not.toThrow();
		expect(() => summaryTable(model)).not.toThrow();

		expect(model.issues).toMatchObject(
			expected.issues.map(({ match, message, ...issue }) => ({
				...issue,
				message: match === 'substring' ? expect.stringContaining(message) : message
			}))
		);

		const { dataset } = load;
		expect(dataset.reports.map((r) => r.line)).toEqual(expected.reports);
		expect(dataset.categories.map((c) => c.id)).toEqual(expected.categories ?? SEED_CATEGORIES);
		expect(dataset.sources.map((s) => s.id)).toEqual(expected.sources ?? SEED_SOURCES);
		const headlines = Object.fromEntries(
			model.categories.map((c) => [c.category.id, textOf(c.headline?.total) ?? null])
		);
		expect(headlines).toEqual(expected.headlines);
		for (const [at, value] of Object.entries(expected.values ?? {})) {
			expect(valueAt(dataset, at), at).toEqual(value);
		}
		checkPrototype();
	});

	test('the overview renders, with the issue panel when there is an issue', () => {
		const { overview } = overviewPage(name, ROOT);
		const { body } = render(Overview, { props: { overview } });
		const panel = body.includes('Problems in the data files');
		expect(panel).toBe(overview.issues.length > 0);
		// Whatever the files hold, no markup from them reaches the page.
		expect(body).not.toMatch(/<script|<img/i);
		// Every link is a page of the site or an http(s) address.
		const hrefs = [...body.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
		expect(hrefs.filter((href) => !/^(?:\/|#|https?:\/\/)/.test(href))).toEqual([]);
		checkPrototype();
	});
});

describe('bad input: a 50 MB reports.csv', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'handover-50mb-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('loads in Node: every row, no issue, the increments summed', () => {
		for (const [file, text] of Object.entries(SEED_FILES)) writeFileSync(path.join(dir, file), text);
		const parts = [SEED_FILES['reports.csv']!];
		let size = Buffer.byteLength(parts[0]!);
		let rows = 0;
		while (size < 50 * 1024 * 1024) {
			// Each increment a different figure: the same one twice on a day reads as one report
			// entered twice (a warning, checks/double-count.ts).
			const row = `2023-09-23,ru-mod,ammunition,${rows},exact,increment,https://example.org/r/${rows},"quote, ${rows}",note ${rows},ملاحظة ${rows}\n`;
			parts.push(row);
			size += Buffer.byteLength(row);
			rows++;
		}
		writeFileSync(path.join(dir, 'reports.csv'), parts.join(''));
		expect(existsSync(path.join(dir, 'reports.csv'))).toBe(true);

		const load = loadDatasetDir('big', dir, { today: TODAY });
		const model = buildModel(load);
		expect(model.issues).toEqual([]);
		expect(load.dataset.reports).toHaveLength(5 + rows);
		// ≈5,000 on 09-22, then the increments 0, 1, 2, … after it.
		const sum = (rows * (rows - 1)) / 2;
		const ammunition = model.categories.find((c) => c.category.id === 'ammunition')!;
		expect(ammunition.headline?.total.low).toBe(5000 + sum);
	}, 120_000);
});
