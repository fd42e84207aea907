import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv';
import { csv, REPORTS_HEADER } from '$lib/testing/seed';
import { CATEGORIES } from './schema/categories';
import { ESTIMATES } from './schema/estimates';
import { EVENTS } from './schema/events';
import { REPORTS } from './schema/reports';
import { SOURCES } from './schema/sources';
import type { DataIssue } from './types';
import { validateTable } from './validate';

/** An issue as the command line prints it, with its severity. */
const shown = (i: DataIssue) => `${i.severity} ${i.file}:${i.line}:${i.column}: ${i.message}`;

const GOOD = '2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,';
const reports = (...rows: string[]) =>
	validateTable(parseCsv(csv(REPORTS_HEADER, ...rows), 'reports.csv'), REPORTS);

describe('validateTable: one bad cell in reports.csv', () => {
	test.each([
		['date', '22/09/2023,ru-mod,firearms,800,more_than,cumulative,,,,', 1, "date '22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22"],
		['date', '2023-02-30,ru-mod,firearms,800,more_than,cumulative,,,,', 1, "date '2023-02-30' is not a day of the calendar; expected a date YYYY-MM-DD"],
		['date', ',ru-mod,firearms,800,more_than,cumulative,,,,', 1, 'date is empty; expected a date YYYY-MM-DD, such as 2023-09-22'],
		['source', '2023-09-22,ru mod,firearms,800,more_than,cumulative,,,,', 2, "source 'ru mod' is not a valid id; use only the letters a-z and A-Z, digits, - and _"],
		['category', '2023-09-22,ru-mod,,800,more_than,cumulative,,,,', 3, 'category is empty; expected an id of letters, digits, - and _'],
		['quantity', '2023-09-22,ru-mod,firearms,eight hundred,more_than,cumulative,,,,', 4, "quantity 'eight hundred' is not a whole number"],
		['quantity', '2023-09-22,ru-mod,firearms,-5,exact,cumulative,,,,', 4, "quantity '-5' is negative; expected a whole number 0 or more"],
		['quantity', '2023-09-22,ru-mod,firearms,5.000,about,cumulative,,,,', 4, `quantity '5.000' is not a whole number; use 5000 or "5,000"`],
		['quantity', '2023-09-22,ru-mod,firearms,0,fewer_than,cumulative,,,,', 4, "quantity '0' cannot be fewer_than: the smallest fewer_than quantity is 1"],
		['qualifier', '2023-09-22,ru-mod,firearms,800,,cumulative,,,,', 5, 'qualifier is empty but quantity is given; expected one of exact, about, more_than, at_least, at_most, fewer_than, between'],
		['qualifier', '2023-09-22,ru-mod,firearms,,about,cumulative,,,,', 5, "qualifier 'about' is given but quantity is empty; fill in the quantity or clear the qualifier"],
		['qualifier', '2023-09-22,ru-mod,firearms,800,exactly,cumulative,,,,', 5, "qualifier 'exactly' is not one of exact, about, more_than, at_least, at_most, fewer_than, between"],
		['basis', '2023-09-22,ru-mod,firearms,800,more_than,total,,,,', 6, "basis 'total' is not one of cumulative, increment"]
	])('%s (column %i)', (_, row, column, message) => {
		const result = reports(GOOD, row, GOOD);
		expect(result.issues).toMatchObject([
			{ file: 'reports.csv', line: 3, column, message, severity: 'error' }
		]);
		expect(result.records.map((r) => r.line)).toEqual([2, 4]);
	});

	test('every error of a row is reported, in one pass', () => {
		const result = reports('2023-13-01,ru-mod,firearms,eight hundred,more_than,total,ftp://x,,,');
		expect(result.issues.map(shown)).toEqual([
			"error reports.csv:2:1: date '2023-13-01' is not a day of the calendar; expected a date YYYY-MM-DD",
			"error reports.csv:2:4: quantity 'eight hundred' is not a whole number",
			"error reports.csv:2:6: basis 'total' is not one of cumulative, increment",
			"warning reports.csv:2:7: url 'ftp://x' is not allowed: only http:// and https:// links are; expected a full web address that starts with https:// or http://; the link is left out"
		]);
		expect(result.records).toEqual([]);
	});

	test.each([
		[
			'javascript:alert(1)',
			"url 'javascript:alert(1)' is not allowed: only http:// and https:// links are; expected a full web address that starts with https:// or http://; the link is left out"
		],
		[
			'data:text/html,<script>alert(1)</script>',
			"url 'data:text/html,<script>alert(1)</script>' is not allowed: only http:// and https:// links are; expected a full web address that starts with https:// or http://; the link is left out"
		],
		[
			'news/1',
			"url 'news/1' is not a full web address; expected a full web address that starts with https:// or http://; the link is left out"
		]
	])('a url %j is a warning: the link is left out, the row loads', (url, message) => {
		const result = reports(GOOD, `2023-09-22,ru-mod,firearms,800,more_than,cumulative,"${url}",,,`);
		expect(result.issues).toMatchObject([
			{ file: 'reports.csv', line: 3, column: 7, message, severity: 'warning' }
		]);
		expect(result.records.map((r) => [r.line, r.url, r.stated?.value])).toEqual([
			[2, null, 800],
			[3, null, 800]
		]);
	});

	test('a cross-field rule is checked even when another column fails', () => {
		const result = reports('bad,ru-mod,firearms,800,,cumulative,,,,');
		expect(result.issues.map((i) => i.column)).toEqual([1, 5]);
	});
});

describe('validateTable: records', () => {
	test('a report becomes typed fields, with its line', () => {
		const { records, issues } = reports(
			' 2023-09-22 ,ru-mod,ammunition,"٥٬٠٠٠",About,cumulative,https://example.org/a,"""about 5,000""",a note,ملاحظة'
		);
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{
				date: '2023-09-22',
				source: 'ru-mod',
				category: 'ammunition',
				stated: { value: 5000, qualifier: 'about', high: null, unit: 'count' },
				quantity: { low: 5000, high: 5000, approximate: true, style: 'plain' },
				basis: 'cumulative',
				measure: 'handed_over',
				url: 'https://example.org/a',
				quote: '"about 5,000"',
				note: { value: 'a note', translations: { ar: 'ملاحظة' } },
				line: 2
			}
		]);
	});

	test('an unquantified report has no stated figure and no quantity; empty cells are null', () => {
		const { records } = reports('2023-09-22,ru-mod,manpads,,,cumulative,,,,');
		expect(records[0]).toMatchObject({ stated: null, quantity: null, url: null, quote: null, note: null });
	});

	test('each table gives its records', () => {
		const table = (text: string, file: string) => parseCsv(text, file);
		expect(
			validateTable(
				table(csv('target,label,quantity,qualifier,date,source', 'fighters,Fighters,10000,about,2023-09,az-gov'), 'estimates.csv'),
				ESTIMATES
			).records[0]
		).toMatchObject({
			target: 'fighters',
			stated: { value: 10000, qualifier: 'about' },
			quantity: { low: 10000, high: 10000, approximate: true, style: 'plain' },
			date: { year: 2023, month: 9, day: null, text: '2023-09' },
			line: 2
		});
		expect(
			validateTable(table(csv('id,label,target,per_target', 'ammunition,Ammunition,,', 'pistols,Pistols,fighters,0.5'), 'categories.csv'), CATEGORIES)
				.records.map((c) => [c.id, c.target, c.perTarget])
		).toEqual([
			['ammunition', null, 1],
			['pistols', 'fighters', 0.5]
		]);
		expect(
			validateTable(table(csv('id,name,kind,side', 'ru-mod,Russian MoD,Government,'), 'sources.csv'), SOURCES).records
		).toEqual([
			{ id: 'ru-mod', name: { value: 'Russian MoD', translations: {} }, kind: 'government', side: null, url: null, line: 2 }
		]);
		expect(
			validateTable(table(csv('date,label', '2023-09-20,Ceasefire'), 'events.csv'), EVENTS).records
		).toEqual([
			{ date: '2023-09-20', label: { value: 'Ceasefire', translations: {} }, source: null, url: null, note: null, line: 2 }
		]);
	});
});

describe('validateTable: rules of other tables', () => {
	const specs = { CATEGORIES, ESTIMATES, EVENTS, SOURCES } as const;
	test.each<{ spec: keyof typeof specs; header: string; row: string; issue: string }>([
		{ spec: 'ESTIMATES', header: 'target,label,quantity,qualifier,source', row: 'fighters,Fighters,,about,az-gov', issue: 'error estimates.csv:2:3: quantity is empty; expected a whole number such as 800' },
		{ spec: 'ESTIMATES', header: 'target,label,quantity,qualifier,source', row: 'fighters,Fighters,100,,az-gov', issue: 'error estimates.csv:2:4: qualifier is empty; expected one of exact, about, more_than, at_least, at_most, fewer_than, between' },
		{ spec: 'ESTIMATES', header: 'target,label,quantity,qualifier,date,source', row: 'fighters,Fighters,100,about,Sept 2023,az-gov', issue: "error estimates.csv:2:5: date 'Sept 2023' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD" },
		{ spec: 'ESTIMATES', header: 'target,label,label_ar,quantity,qualifier,source', row: 'fighters,,مسلحون,100,about,az-gov', issue: 'error estimates.csv:2:2: label is empty; expected some text' },
		{ spec: 'ESTIMATES', header: 'target,label,quantity,qualifier,source', row: 'fighters,Fighters,0,about,az-gov', issue: "error estimates.csv:2:3: quantity '0' is not an estimate to measure progress against; expected a whole number of 1 or more" },
		{ spec: 'ESTIMATES', header: 'target,label,quantity,qualifier,source', row: 'fighters,Fighters,1,fewer_than,az-gov', issue: "error estimates.csv:2:3: quantity '1' cannot be fewer_than: the smallest fewer_than estimate is 2" },
		{ spec: 'CATEGORIES', header: 'id,label,target,per_target', row: 'firearms,Firearms,fighters,', issue: "error categories.csv:2:4: per_target is empty but target 'fighters' is given; expected a number above 0, such as 1 (items per unit of the target)" },
		{ spec: 'CATEGORIES', header: 'id,label,target', row: 'firearms,Firearms,fighters', issue: "error categories.csv:2:0: per_target is empty but target 'fighters' is given; expected a number above 0, such as 1 (items per unit of the target)" },
		{ spec: 'CATEGORIES', header: 'id,label,target,per_target', row: 'firearms,Firearms,fighters,0', issue: "error categories.csv:2:4: per_target '0' is not a number above 0, such as 1 or 0.5" },
		{ spec: 'SOURCES', header: 'id,name,kind', row: 'ru-mod,Russian MoD,ministry', issue: "error sources.csv:2:3: kind 'ministry' is not one of government, armed_group, peacekeepers, media, international, ngo" },
		{ spec: 'EVENTS', header: 'date,label,source', row: '2023-09-20,Ceasefire,az gov', issue: "error events.csv:2:3: source 'az gov' is not a valid id; use only the letters a-z and A-Z, digits, - and _" }
	])('$issue', ({ spec, header, row, issue }) => {
		const file = issue.split(' ')[1]!.split(':')[0]!;
		const result = validateTable(parseCsv(csv(header, row), file), specs[spec] as typeof SOURCES);
		expect(result.issues.map(shown)).toEqual([issue]);
		expect(result.records).toEqual([]);
	});
});

describe('validateTable: header and field counts', () => {
	test.each([
		[
			'an empty file',
			'',
			'error reports.csv:1:0: the file is empty; expected a header row: date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure'
		],
		[
			'missing columns, in the file’s delimiter',
			'date;source;category;quantity;qualifier\n2023-09-22;ru-mod;firearms;800;more_than\n',
			"error reports.csv:1:0: the header has no column 'basis'; expected a header row: date;source;category;quantity;qualifier;basis;url;quote;note;quantity_high;unit;measure"
		],
		[
			'no header at all',
			`${GOOD}\n`,
			"error reports.csv:1:0: the header has no column 'date', 'source', 'category', 'quantity', 'qualifier', 'basis'; expected a header row: date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure"
		]
	])('%s', (_, text, issue) => {
		const result = validateTable(parseCsv(text, 'reports.csv'), REPORTS);
		expect(result.issues.map(shown)).toEqual([issue]);
		expect(result.records).toEqual([]);
	});

	test('a repeated column is an error, and the first is used', () => {
		const twice = validateTable(
			parseCsv(csv('id,name,kind,name', 'ru-mod,Russian MoD,government,Other'), 'sources.csv'),
			SOURCES
		);
		expect(twice.issues.map(shown)).toEqual([
			"error sources.csv:1:4: column 'name' appears twice in the header, as columns 2 and 4; the first is used"
		]);
		expect(twice.records[0]!.name.value).toBe('Russian MoD');
	});

	test('header names are trimmed and case-insensitive; unknown columns are ignored', () => {
		const result = validateTable(
			parseCsv(csv(' ID ,Name,Name_AR,Kind,extra,', 'ru-mod,Russian MoD,وزارة,government,whatever,'), 'sources.csv'),
			SOURCES
		);
		expect(result.issues).toEqual([]);
		expect(result.records[0]!.name).toEqual({ value: 'Russian MoD', translations: { ar: 'وزارة' } });
	});

	test.each([
		[
			'extra non-empty fields: an error, and the row loads from the header’s fields',
			`${GOOD},Al Jazeera,Arabic`,
			["error reports.csv:2:11: expected 10 fields, as in the header, but found 12; the extra fields are ignored (a value that contains ',' must be in double quotes)"],
			[2]
		],
		['extra empty fields: no issue', `${GOOD},,, `, [], [2]],
		[
			'missing optional fields: a warning, and the row loads',
			'2023-09-22,ru-mod,firearms,800,more_than,cumulative',
			['warning reports.csv:2:7: expected 10 fields, as in the header, but found 6; the missing fields were read as empty'],
			[2]
		],
		[
			'missing required fields: an error, and the row is left out',
			'2023-09-22,ru-mod,firearms,800,more_than',
			['error reports.csv:2:6: expected 10 fields, as in the header, but found 5'],
			[]
		]
	])('%s', (_, row, issues, lines) => {
		const result = reports(row);
		expect(result.issues.map(shown)).toEqual(issues);
		expect(result.records.map((r) => r.line)).toEqual(lines);
	});

	test.each([
		[
			"a ';' row in a ',' file",
			`${REPORTS_HEADER}\n2023-09-22;ru-mod;firearms;800;more_than;cumulative;;;;\n`,
			"error reports.csv:2:1: this row is separated by ';', but the file by ',' (see the header); write the row with ','"
		],
		[
			"a ',' row in a ';' file, without its empty fields",
			`${REPORTS_HEADER.replaceAll(',', ';')}\n2023-09-22,ru-mod,firearms,800,more_than,cumulative\n`,
			"error reports.csv:2:1: this row is separated by ',', but the file by ';' (see the header); write the row with ';'"
		]
	])('%s: one error, the row is left out', (_, text, issue) => {
		const result = validateTable(parseCsv(text, 'reports.csv'), REPORTS);
		expect(result.issues.map(shown)).toEqual([issue]);
		expect(result.records).toEqual([]);
	});

	test('a short row with a delimiter of another kind inside a value is not taken for one', () => {
		const result = reports('2023-09-22,ru-mod,manpads,,,cumulative,,"a; b; c; d; e; f"');
		expect(result.issues.map((i) => i.severity)).toEqual(['warning']);
		expect(result.records).toHaveLength(1);
	});

	test('a translation without its original is a warning, and is dropped', () => {
		const result = reports('2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,ملاحظة');
		expect(result.issues.map(shown)).toEqual([
			'warning reports.csv:2:10: note_ar is given but note is empty; fill in note too (a translation is shown beside its original)'
		]);
		expect(result.records[0]!.note).toBeNull();
	});

	test('parse issues come through, and the rows around them load', () => {
		const result = reports(GOOD, '2023-09-22,ru-mod,firearms,"800,more_than,cumulative,,,,', GOOD);
		expect(result.issues.map(shown)).toEqual([
			'error reports.csv:3:4: the quote that opens here is not closed on its line, so this line could not be read; the lines after it are read on their own'
		]);
		expect(result.records.map((r) => r.line)).toEqual([2, 4]);
	});

	test('an unclosed quote on the last line', () => {
		const result = reports(GOOD, '2023-09-22,ru-mod,firearms,"800,more_than,cumulative,,,,');
		expect(result.issues.map(shown)).toEqual([
			'error reports.csv:3:4: the quote that opens here is never closed, so this line could not be read'
		]);
		expect(result.records.map((r) => r.line)).toEqual([2]);
	});

	test('the input table is not changed', () => {
		const table = parseCsv(csv(REPORTS_HEADER, GOOD, 'bad'), 'reports.csv');
		const before = structuredClone(table);
		validateTable(table, REPORTS);
		expect(table).toEqual(before);
	});
});
