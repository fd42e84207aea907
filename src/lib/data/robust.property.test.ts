/**
 * Property: reading never throws. Any string or any bytes, as any file of a dataset, gives
 * records and issues (well-formed, at positions inside the file), and the model, the summary
 * and the text table are still built from what loaded.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { PROPERTY_RUNS } from '$lib/testing/arbitraries';
import { parseCsv } from './csv';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { loadDataset } from './load';
import { summaryTable, toSummary } from './summary';
import { DATASET_FILES, type DatasetFiles, type IsoDate } from './types';

const TODAY = '2026-01-01' as IsoDate;
const FILES = Object.values(DATASET_FILES);

/** Pieces that CSV files and this schema give meaning to, to reach past the header check. */
const TOKENS = [
	',',
	';',
	'\t',
	'"',
	'""',
	'\n',
	'\r\n',
	'\r',
	' ',
	'\uFEFF',
	'\0',
	'\uFFFD',
	'a',
	'٨٠٠',
	'5,000',
	'-1',
	'1e3',
	'9007199254740993',
	'2023-09-22',
	'2023-02-30',
	'22/09/2023',
	'ru-mod',
	'firearms',
	'fighters',
	'800',
	'more_than',
	'about',
	'cumulative',
	'increment',
	'https://example.org/',
	'javascript:alert(1)',
	'<script>',
	'__proto__',
	'constructor',
	'label_ar',
	'date,source,category,quantity,qualifier,basis,url,quote,note\n',
	'id,label,target,per_target\n',
	'id,name,kind\n'
];

const csvLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));

const anyText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'grapheme' }),
	fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
	csvLike
);

/** Every line a file has (a trailing newline does not start one more). */
function lineCount(text: string): number {
	return Math.max(1, text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').length);
}

/** Loads, builds the model and the summaries, and checks the shape of everything returned. */
function loadsWithoutThrowing(files: DatasetFiles): void {
	const load = loadDataset(SEED_ID, files, { today: TODAY });
	const model = buildModel(load);
	toSummary(model);
	summaryTable(model);
	for (const issue of model.issues) {
		expect(FILES).toContain(issue.file);
		expect(['error', 'warning']).toContain(issue.severity);
		expect(issue.message).toMatch(/\S/);
		expect(Number.isInteger(issue.line) && issue.line >= 0).toBe(true);
		expect(Number.isInteger(issue.column) && issue.column >= 0).toBe(true);
		const text = files[issue.file];
		if (text !== undefined && issue.file.endsWith('.csv')) {
			expect(issue.line).toBeLessThanOrEqual(lineCount(text));
		}
	}
	const { dataset } = load;
	for (const list of [
		dataset.reports,
		dataset.categories,
		dataset.sources,
		dataset.estimates,
		dataset.events
	]) {
		for (const record of list) expect(record.line).toBeGreaterThanOrEqual(1);
	}
	// Plain data all the way: it goes from a load function to the browser as JSON.
	expect(JSON.parse(JSON.stringify(load))).toEqual(load);
}

describe('never throws', () => {
	test('parseCsv, on any string', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const table = parseCsv(text, 'f.csv');
				expect(Array.isArray(table.rows) && Array.isArray(table.issues)).toBe(true);
				for (const row of table.rows) {
					expect(row.line).toBeGreaterThanOrEqual(1);
					expect(row.line).toBeLessThanOrEqual(lineCount(text));
				}
			}),
			{ ...PROPERTY_RUNS, numRuns: 1000 }
		);
	});

	test('loadDataset, with any text as reports.csv after its header', () => {
		const header = SEED_FILES[DATASET_FILES.reports]!.split('\n')[0]!;
		fc.assert(
			fc.property(anyText, (body) => {
				loadsWithoutThrowing({ ...SEED_FILES, [DATASET_FILES.reports]: `${header}\n${body}` });
			}),
			PROPERTY_RUNS
		);
	});

	test('loadDataset, with any text as any of its files, or the file missing', () => {
		const fileArb = fc.option(anyText, { freq: 6 });
		fc.assert(
			fc.property(
				fc.record(Object.fromEntries(FILES.map((file) => [file, fileArb]))),
				fc.uniqueArray(fc.constantFrom(...FILES), { minLength: 1 }),
				(replacements, replaced) => {
					const files: Record<string, string> = { ...SEED_FILES };
					for (const file of replaced) {
						const text = replacements[file];
						if (text === null || text === undefined) delete files[file];
						else files[file] = text;
					}
					loadsWithoutThrowing(files);
				}
			),
			PROPERTY_RUNS
		);
	});

	test('loadDataset, with any bytes as reports.csv, decoded as UTF-8 the way the site reads files', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
				const text = new TextDecoder().decode(bytes);
				loadsWithoutThrowing({ ...SEED_FILES, [DATASET_FILES.reports]: text });
			}),
			PROPERTY_RUNS
		);
	});
});
