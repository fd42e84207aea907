import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { csv, SEED_FILES, SEED_ID, seedWith } from '$lib/testing/seed';
import { loadDataset } from './load';
import type { DataIssue, DatasetFiles, IsoDate } from './types';

const SEED_DIR = new URL('../../../tests/fixtures/datasets/karabakh-2023/', import.meta.url);
const shown = (i: DataIssue) => `${i.severity} ${i.file}:${i.line}:${i.column}: ${i.message}`;
const load = (files: DatasetFiles, today?: string) =>
	loadDataset(SEED_ID, files, today ? { today: today as IsoDate } : {});
const seed = load(SEED_FILES);

describe('the seed dataset', () => {
	test('the fixture is the folder on disk', () => {
		const onDisk = Object.fromEntries(
			readdirSync(SEED_DIR).map((name) => [name, readFileSync(new URL(name, SEED_DIR), 'utf8')])
		);
		expect(SEED_FILES).toEqual(onDisk);
	});

	test('loads with no issues, today or not', () => {
		expect(seed.issues).toEqual([]);
		expect(load(SEED_FILES, '2023-09-23').issues).toEqual([]);
	});

	test('gives the seed figures', () => {
		const { reports, estimates, categories, sources, events, meta } = seed.dataset;
		const figure = (category: string) => reports.find((r) => r.category === category)!;
		expect(figure('armored_vehicles')).toMatchObject({
			line: 2,
			date: '2023-09-22',
			source: 'ru-mod',
			stated: { value: 6, qualifier: 'exact' },
			quantity: { low: 6, high: 6, approximate: false, style: 'plain' },
			basis: 'cumulative'
		});
		expect(figure('firearms').quantity).toEqual({
			low: 801,
			high: null,
			approximate: false,
			style: 'plus'
		});
		expect(figure('ammunition').quantity).toEqual({
			low: 5000,
			high: 5000,
			approximate: true,
			style: 'plain'
		});
		expect(reports.filter((r) => r.quantity === null).map((r) => r.category)).toEqual([
			'anti_tank_missiles',
			'manpads'
		]);
		expect(
			estimates.map((e) => [e.target, e.stated.value, e.stated.qualifier, e.date?.text])
		).toEqual([
			['fighters', 10000, 'about', '2023-09'],
			['tanks_and_armored_vehicles', 100, 'about', '2023-09']
		]);
		expect(categories.map((c) => [c.id, c.target, c.perTarget])).toEqual([
			['armored_vehicles', 'tanks_and_armored_vehicles', 1],
			['firearms', 'fighters', 1],
			['ammunition', null, 1],
			['anti_tank_missiles', null, 1],
			['manpads', null, 1]
		]);
		expect(categories[1]!.assumption?.translations.ar).toMatch(/^سلاح ناري واحد/);
		expect(sources.map((s) => [s.id, s.kind])).toEqual([
			['ru-mod', 'government'],
			['az-gov', 'government'],
			['az-mfa', 'government'],
			['karabakh-separatists', 'armed_group']
		]);
		expect(events).toHaveLength(6);
		expect(meta.title.value).toBe('Nagorno-Karabakh weapons handover, September 2023');
		expect(meta.title.translations.ar).toMatch(/^تسليم الأسلحة/);
		expect(meta.credit?.value).toMatch(/^Figures as reported by Al Jazeera/);
	});

	test('the result is plain data: it survives JSON and structuredClone unchanged', () => {
		expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
		expect(structuredClone(seed)).toEqual(seed);
	});
});

/** Applies `style` to every CSV file of the seed. */
const everyCsv = (style: (text: string, file: string) => string): DatasetFiles =>
	Object.fromEntries(
		Object.entries(SEED_FILES).map(([file, text]) => [
			file,
			file.endsWith('.csv') ? style(text, file) : text
		])
	);
const semicolons = (text: string) =>
	`${Papa.unparse(Papa.parse<string[]>(text, { skipEmptyLines: true }).data, { delimiter: ';', newline: '\n' })}\n`;
const spreadsheetNumbers = (text: string, file: string) =>
	file === 'reports.csv'
		? text.replace(',5000,', ',"5,000",').replace(',800,', ',٨٠٠,').replace(',6,', ',٦,')
		: file === 'estimates.csv'
			? text.replace(',10000,', ',"١٠٬٠٠٠",').replace(',100,', ',"۱۰۰",')
			: text;
const styles: [string, (text: string, file: string) => string][] = [
	['a byte-order mark', (text) => `\uFEFF${text}`],
	['CRLF line ends', (text) => text.replaceAll('\n', '\r\n')],
	['a ; delimiter', semicolons],
	['quoted "5,000" and Arabic-Indic digits', spreadsheetNumbers],
	['trailing blank lines', (text) => `${text}\n\r\n  \n\n`],
	['no final newline', (text) => text.trimEnd()],
	[
		'all of these at once',
		(text, file) =>
			`\uFEFF${semicolons(spreadsheetNumbers(text, file)).replaceAll('\n', '\r\n')}\r\n\r\n`
	]
];

describe('each file style loads the same dataset', () => {
	test.each(styles)('%s', (_, style) => {
		expect(load(everyCsv(style))).toEqual(seed);
	});

	test('a newline inside a quoted cell: the same records, the later lines one down', () => {
		const lines = SEED_FILES['reports.csv']!.split('\n');
		const text = lines
			.map((line, i) =>
				i === 0 ? `${line},comment` : i === 1 ? `${line},"two\nlines"` : line && `${line},`
			)
			.join('\n');
		const result = load(seedWith({ 'reports.csv': text }));
		expect(result.issues).toEqual([]);
		expect(result.dataset.reports.map((r) => r.line)).toEqual([2, 4, 5, 6, 7]);
		expect(result.dataset.reports.map(({ line: _, ...r }) => r)).toEqual(
			seed.dataset.reports.map(({ line: _, ...r }) => r)
		);
	});
});

/** The seed's reports.csv with rows added at its end (lines 7, 8, ...). */
const withReports = (...rows: string[]) =>
	seedWith({ 'reports.csv': SEED_FILES['reports.csv'] + csv(...rows) });

describe('bad data: exact positions, and the good rows still load', () => {
	test('a reports.csv whose 7th line has quantity "eight hundred"', () => {
		const result = load(withReports('2023-09-23,ru-mod,firearms,eight hundred,about,cumulative,,,,'));
		expect(result.issues).toMatchObject([
			{
				file: 'reports.csv',
				line: 7,
				column: 4,
				message: "quantity 'eight hundred' is not a whole number",
				severity: 'error'
			}
		]);
		expect(result.dataset.reports).toEqual(seed.dataset.reports);
	});

	test.each([
		[
			'an unknown source',
			withReports('2023-09-23,ru-mdo,firearms,900,more_than,cumulative,,,,'),
			["error reports.csv:7:2: source 'ru-mdo' is not an id in sources.csv; did you mean ru-mod? (ru-mod, az-gov, az-mfa, karabakh-separatists)"]
		],
		[
			'an id in the wrong case',
			withReports('2023-09-23,RU-MOD,firearms,900,more_than,cumulative,,,,'),
			["error reports.csv:7:2: source 'RU-MOD' is not an id in sources.csv; did you mean ru-mod? (ru-mod, az-gov, az-mfa, karabakh-separatists)"]
		],
		[
			'an unknown source and category, both reported',
			withReports('2023-09-23,tass,rifles,900,more_than,cumulative,,,,'),
			[
				"error reports.csv:7:2: source 'tass' is not an id in sources.csv (ru-mod, az-gov, az-mfa, karabakh-separatists)",
				"error reports.csv:7:3: category 'rifles' is not an id in categories.csv (armored_vehicles, firearms, ammunition, anti_tank_missiles, manpads)"
			]
		],
		[
			'a source whose own row did not load',
			seedWith({
				'sources.csv': SEED_FILES['sources.csv']!.replace(',government,Azerbaijan,', ',ministry,Azerbaijan,')
			}),
			[
				"warning categories.csv:2:4: target 'tanks_and_armored_vehicles' has no estimate in estimates.csv",
				"warning categories.csv:3:4: target 'fighters' has no estimate in estimates.csv",
				"error estimates.csv:2:7: source 'az-gov' is on line 3 of sources.csv, which did not load (see its error)",
				"error estimates.csv:3:7: source 'az-gov' is on line 3 of sources.csv, which did not load (see its error)",
				"error events.csv:2:4: source 'az-gov' is on line 3 of sources.csv, which did not load (see its error)",
				"error events.csv:3:4: source 'az-gov' is on line 3 of sources.csv, which did not load (see its error)",
				"error events.csv:4:4: source 'az-gov' is on line 3 of sources.csv, which did not load (see its error)",
				"error sources.csv:3:4: kind 'ministry' is not one of government, armed_group, peacekeepers, media, international, ngo"
			]
		],
		[
			'a duplicate source id',
			seedWith({ 'sources.csv': SEED_FILES['sources.csv'] + csv('ru-mod,Another,,media,,,') }),
			["error sources.csv:6:1: id 'ru-mod' is already used on line 2; each id must be unique"]
		],
		[
			'a duplicate category id',
			seedWith({ 'categories.csv': SEED_FILES['categories.csv'] + csv('firearms,Guns,,,,,,,,,,,,,') }),
			["error categories.csv:7:1: id 'firearms' is already used on line 3; each id must be unique"]
		],
		[
			'a target with no estimate',
			seedWith({ 'estimates.csv': SEED_FILES['estimates.csv']!.split('\n').filter((l) => !l.startsWith('fighters')).join('\n') }),
			["warning categories.csv:3:4: target 'fighters' has no estimate in estimates.csv"]
		],
		[
			'an estimate from an unknown source',
			seedWith({ 'estimates.csv': SEED_FILES['estimates.csv'] + csv('fighters,Fighters,,12000,about,2023,un,,,,,,,') }),
			["error estimates.csv:4:7: source 'un' is not an id in sources.csv (ru-mod, az-gov, az-mfa, karabakh-separatists)"]
		],
		[
			'an event from an unknown source',
			seedWith({ 'events.csv': SEED_FILES['events.csv'] + csv('2023-09-24,Talks,,un,,,') }),
			["error events.csv:8:4: source 'un' is not an id in sources.csv (ru-mod, az-gov, az-mfa, karabakh-separatists)"]
		],
		[
			'a report repeated exactly: a warning, both load',
			withReports('2023-09-22,ru-mod,firearms,"800",More_than,cumulative,,وأكثر من 800 سلاح ناري,Reported by Al Jazeera (Arabic service).,أوردته الجزيرة نت.'),
			['warning reports.csv:7:0: this report repeats line 5 exactly; both are counted']
		]
	])('%s', (_, files, issues) => {
		expect(load(files).issues.map(shown)).toEqual(issues);
	});

	test('a row with an unknown reference is left out, the others load', () => {
		const result = load(withReports('2023-09-23,tass,firearms,900,more_than,cumulative,,,,'));
		expect(result.dataset.reports.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
	});

	test('the repeated report still loads', () => {
		const row = SEED_FILES['reports.csv']!.split('\n')[1]!;
		expect(load(withReports(row)).dataset.reports.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
	});

	test.each([
		['2023-09-21', ['2', '3', '4', '5', '6']],
		['2023-09-22', []]
	])('reports after today (%s) are warnings, and still load', (today, lines) => {
		const result = load(SEED_FILES, today);
		expect(result.issues.map(shown)).toEqual(
			lines.map(
				(line) =>
					`warning reports.csv:${line}:1: date '2023-09-22' is after today, 2023-09-21`
			)
		);
		expect(result.dataset.reports).toHaveLength(5);
	});

	test('issues are sorted by file, line and column', () => {
		const result = load(
			seedWith({
				'reports.csv': `${SEED_FILES['reports.csv']}${csv('2023-09-23,tass,rifles,x,about,cumulative,,,,', 'bad,ru-mod,firearms,1,exact,cumulative,,,,')}`,
				'events.csv': `${SEED_FILES['events.csv']}${csv('2023-9-24,Talks,,,,,')}`
			})
		);
		expect(result.issues.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([
			'events.csv:8:1',
			'reports.csv:7:4',
			'reports.csv:8:1'
		]);
	});
});

describe('missing and empty files', () => {
	test.each(['reports.csv', 'categories.csv', 'sources.csv'])(
		'%s is required',
		(file) => {
			const result = load(seedWith({ [file]: undefined }));
			expect(result.issues.map(shown)).toContain(
				`error ${file}:0:0: file missing; a dataset folder needs reports.csv, categories.csv, sources.csv`
			);
		}
	);

	test('events.csv is optional', () => {
		const result = load(seedWith({ 'events.csv': undefined }));
		expect(result.issues).toEqual([]);
		expect(result.dataset.events).toEqual([]);
	});

	test('estimates.csv is optional, but then the targets have no estimate', () => {
		const result = load(seedWith({ 'estimates.csv': undefined }));
		expect(result.dataset.estimates).toEqual([]);
		expect(result.issues.map(shown)).toEqual([
			"warning categories.csv:2:4: target 'tanks_and_armored_vehicles' has no estimate in estimates.csv",
			"warning categories.csv:3:4: target 'fighters' has no estimate in estimates.csv"
		]);
	});

	test('an empty reports.csv says which header it expected', () => {
		const result = load(seedWith({ 'reports.csv': '' }));
		expect(result.issues.map(shown)).toEqual([
			'error reports.csv:1:0: the file is empty; expected a header row: date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure'
		]);
		expect(result.dataset.categories).toHaveLength(5);
	});
});

describe('dataset.json', () => {
	test.each([
		[
			'missing: the title is the dataset id',
			undefined,
			'karabakh-2023',
			["warning dataset.json:0:0: file missing; the title is the dataset id, 'karabakh-2023'"]
		],
		[
			'a trailing comma',
			'{\n\t"title": "Handover",\n}\n',
			'karabakh-2023',
			["error dataset.json:3:1: expected a key in double quotes, found '}' (a comma before it is one too many); the file is not valid JSON"]
		],
		[
			'a missing comma',
			'{\n\t"title": "Handover"\n\t"credit": "x"\n}',
			'karabakh-2023',
			["error dataset.json:3:2: expected ',' or '}', found '\"'; the file is not valid JSON"]
		],
		[
			'cut short',
			'{ "title": "Hand',
			'karabakh-2023',
			["error dataset.json:1:17: expected a closing '\"', found the end of the file; the file is not valid JSON"]
		],
		[
			'no title',
			'{ "description": "About" }',
			'karabakh-2023',
			['error dataset.json:1:0: title is missing; add "title": "..." with the dataset\'s name']
		],
		[
			'a title that is not text',
			'{\n  "title": 2023\n}',
			'karabakh-2023',
			[
				'error dataset.json:2:3: title must be text in double quotes'
			]
		],
		['not an object', '["Handover"]', 'karabakh-2023', ['error dataset.json:1:1: expected an object, such as { "title": "..." }']],
		['with a BOM and translations', '\uFEFF{"title":" Handover ","title_ar":"تسليم","note":1}', 'Handover', []]
	])('%s', (_, text, title, issues) => {
		const result = load(seedWith({ 'dataset.json': text }));
		expect(result.dataset.meta.title.value).toBe(title);
		expect(result.issues.map(shown)).toEqual(issues);
	});

	test('translations and optional fields', () => {
		const { meta } = load(
			seedWith({ 'dataset.json': '{"title":"Handover","title_ar":"تسليم","description":""}' })
		).dataset;
		expect(meta).toEqual({
			title: { value: 'Handover', translations: { ar: 'تسليم' } },
			description: null,
			credit: null
		});
	});
});
