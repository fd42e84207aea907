import { describe, expect, test } from 'vitest';
import {
	draftStorageKey,
	fieldOptions,
	fieldIssues,
	formFields,
	filesToFetch,
	formatBytes,
	isoDay,
	issuesIntro,
	listInWords,
	MAX_FILE_BYTES,
	MAX_LISTED_ISSUES,
	own,
	parseStoredDraft,
	selectDatasetFiles,
	type PickedFile
} from './data-page';

const file = (path: string, size = 100): PickedFile<string> => ({ path, size, file: path });

describe('selectDatasetFiles', () => {
	test('matches dropped files to the dataset files by name, wherever they sit', () => {
		const input = [file('karabakh-2023/reports.csv'), file('sources.csv')];
		const before = structuredClone(input);
		expect(selectDatasetFiles(input)).toEqual({
			chosen: [
				{ name: 'sources.csv', file: 'sources.csv' },
				{ name: 'reports.csv', file: 'karabakh-2023/reports.csv' }
			],
			notices: []
		});
		expect(input).toEqual(before);
	});

	test.each([
		{
			picked: [file('d/notes.txt'), file('d/reports.csv')],
			chosen: ['reports.csv'],
			notice:
				'd/notes.txt was left out: a dataset’s files are dataset.json, categories.csv, sources.csv, estimates.csv, reports.csv, events.csv.'
		},
		{
			picked: [file('a/reports.csv'), file('b/reports.csv'), file('a/sources.csv')],
			chosen: ['sources.csv'],
			notice:
				'Several files named reports.csv were dropped (a/reports.csv, b/reports.csv), so none of them was checked: drop one dataset folder at a time.'
		},
		{
			picked: [file('reports.csv', 300 * 1024 * 1024), file('sources.csv')],
			chosen: ['sources.csv'],
			notice:
				'reports.csv (300 MB) was refused: a file checked in the browser can be at most 200 MB. Check it with npm run data -- check instead.'
		}
	])('$notice', ({ picked, chosen, notice }) => {
		const selection = selectDatasetFiles(picked);
		expect(selection.chosen.map((c) => c.name)).toEqual(chosen);
		expect(selection.notices).toEqual([notice]);
	});

	test('a file exactly at the limit is read; one byte more is refused', () => {
		expect(selectDatasetFiles([file('reports.csv', 1000)], 1000).chosen).toHaveLength(1);
		expect(selectDatasetFiles([file('reports.csv', 1001)], 1000).notices[0]).toContain(
			'at most 1,000 bytes'
		);
	});

	test('files a system leaves in a folder are left out without a word', () => {
		expect(selectDatasetFiles([file('d/.DS_Store'), file('d/reports.csv~')]).notices).toEqual([]);
	});
});

test.each([
	[0, '0 bytes'],
	[1, '1 byte'],
	[1000, '1,000 bytes'],
	[1536, '1.5 KB'],
	[MAX_FILE_BYTES, '200 MB'],
	[3 * 1024 ** 3, '3 GB']
])('formatBytes(%d) is %s', (bytes, text) => {
	expect(formatBytes(bytes)).toBe(text);
});

test('the limits', () => {
	expect(MAX_FILE_BYTES).toBe(200 * 1024 * 1024);
	expect(MAX_LISTED_ISSUES).toBe(200);
});

test('filesToFetch: the published files nobody dropped', () => {
	expect(filesToFetch(['dataset.json', 'reports.csv', 'sources.csv'], ['reports.csv'])).toEqual([
		'dataset.json',
		'sources.csv'
	]);
});

test.each([
	[['reports.csv'], 'reports.csv'],
	[['reports.csv', 'sources.csv'], 'reports.csv and sources.csv'],
	[['a.csv', 'b.csv', 'c.csv'], 'a.csv, b.csv and c.csv']
])('listInWords(%j)', (items, text) => {
	expect(listInWords(items)).toBe(text);
});

test.each([
	[1, 0, '1 problem was found. Rows with errors are left out; the rest of the data is shown.'],
	[
		200,
		1050,
		'1,250 problems were found. The first 200 are listed; 1,050 more are not. Rows with errors are left out; the rest of the data is shown.'
	]
])('issuesIntro(%d listed, %d more)', (listed, more, text) => {
	expect(issuesIntro(listed, more)).toBe(text);
});

describe('parseStoredDraft', () => {
	const fields = ['date', 'source', 'quantity'] as const;

	test('reads the fields back, missing ones empty, unknown ones dropped', () => {
		expect(parseStoredDraft('{"date":"2023-09-24","quantity":"1000","other":"x"}', fields)).toEqual(
			{ date: '2023-09-24', source: '', quantity: '1000' }
		);
	});

	test.each([
		['no draft', null],
		['not JSON', '{"date": "2023-'],
		['an array', '["2023-09-24"]'],
		['a number', '42'],
		['null', 'null'],
		['a field that is not text', '{"date":"2023-09-24","quantity":1000}'],
		['nothing filled in', '{"date":"","source":""}']
	])('%s is no draft', (_, text) => {
		expect(parseStoredDraft(text, fields)).toBeNull();
	});

	test('one draft per dataset', () => {
		expect(draftStorageKey('karabakh-2023')).not.toBe(draftStorageKey('other'));
	});
});

test('fieldIssues puts an issue under the field of its column, or the whole row', () => {
	const issues = [
		{ column: 4, message: 'quantity' },
		{ column: 0, message: 'row' },
		{ column: 2, message: 'source' },
		{ column: 12, message: 'beyond' }
	];
	expect(fieldIssues(issues, ['date', 'source', 'category', 'quantity'])).toEqual({
		byField: { quantity: [issues[0]], source: [issues[2]] },
		general: [issues[1], issues[3]]
	});
});

test('isoDay is the local day', () => {
	expect(isoDay(new Date(2023, 8, 24, 23, 59))).toBe('2023-09-24');
	expect(isoDay(new Date(2024, 0, 5, 0, 0))).toBe('2024-01-05');
});

describe('fieldOptions', () => {
	const choices = {
		sources: [
			{
				id: 'ru-mod',
				label: 'Russian Ministry of Defence',
				translations: { ar: 'وزارة الدفاع الروسية' },
				kind: 'government' as const
			}
		],
		categories: [{ id: 'firearms', label: 'Firearms', translations: {} }],
		qualifiers: ['exact', 'more_than'] as const,
		bases: ['cumulative', 'increment'] as const,
		units: ['count', 'percent'] as const,
		measures: ['handed_over', 'verified'] as const
	};

	test('each list starts with its empty choice, then says each value with its id', () => {
		expect(fieldOptions(choices, 'en')).toEqual({
			source: [
				{ value: '', text: 'Choose…' },
				{ value: 'ru-mod', text: 'Russian Ministry of Defence (ru-mod)' }
			],
			category: [
				{ value: '', text: 'Choose…' },
				{ value: 'firearms', text: 'Firearms (firearms)' }
			],
			qualifier: [
				{ value: '', text: 'none (no quantity)' },
				{ value: 'exact', text: 'exactly n (exact)' },
				{ value: 'more_than', text: 'more than n (more_than)' }
			],
			basis: [
				{ value: '', text: 'Choose…' },
				{ value: 'cumulative', text: 'cumulative' },
				{ value: 'increment', text: 'increment' }
			],
			unit: [
				{ value: '', text: 'a count (count)' },
				{ value: 'percent', text: "the source's own share, in percent (percent)" }
			],
			measure: [
				{ value: '', text: 'Handed over (handed_over)' },
				{ value: 'verified', text: 'Verified (verified)' }
			]
		});
	});

	test('in Arabic, a source by its Arabic name; the value written stays the id', () => {
		expect(fieldOptions(choices, 'ar').source[1]).toEqual({
			value: 'ru-mod',
			text: expect.stringContaining('وزارة الدفاع الروسية')
		});
	});
});

describe('formFields', () => {
	const choices = {
		sources: [],
		categories: [{ id: 'firearms', label: 'Firearms', translations: { ar: 'الأسلحة النارية' } }],
		qualifiers: ['more_than'] as const,
		bases: ['cumulative'] as const,
		units: ['count'] as const,
		measures: ['handed_over'] as const
	};

	test('a field per column in file order: its words, its choices, its kind', () => {
		const fields = formFields([' Category ', 'quantity', 'note_ar', 'constructor'], choices, 'en');
		expect(fields.map((f) => f.column)).toEqual([
			' Category ',
			'quantity',
			'note_ar',
			'constructor'
		]);
		expect(fields[0]).toEqual({
			column: ' Category ',
			label: 'Category',
			hint: 'category: what was handed over.',
			options: [
				{ value: '', text: 'Choose…' },
				{ value: 'firearms', text: 'Firearms (firearms)' }
			],
			text: false
		});
		expect(fields[1]).toMatchObject({ label: 'Quantity', options: null, text: false });
		expect(fields[2]).toMatchObject({
			label: 'Note (Arabic)',
			hint: 'note_ar: Note, in Arabic (shown on the Arabic pages); optional.',
			options: null,
			text: true
		});
		// Not Object.prototype's: an unknown column named by its header.
		expect(fields[3]).toMatchObject({ label: 'constructor', options: null, text: false });
		expect(fields[3]!.hint).toContain('constructor');
	});

	test('in Arabic, the words are Arabic and the values stay the ids', () => {
		const [category] = formFields(['category'], choices, 'ar');
		expect(category!.label).toBe('الفئة');
		expect(category!.options?.[1]).toEqual({
			value: 'firearms',
			text: expect.stringContaining('الأسلحة النارية')
		});
	});
});

describe('own', () => {
	test.each([
		['firearms', 'firearms', 1],
		['a key it lacks', 'missing', undefined],
		['constructor', 'constructor', undefined],
		['__proto__', '__proto__', undefined],
		['toString', 'toString', undefined]
	])('%s', (_name, key, expected) => {
		expect(own<number>({ firearms: 1 }, key)).toBe(expected);
	});
});
