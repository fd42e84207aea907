import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BOM, neutralise, toCsv, type Cell } from './csv';

describe('neutralise', () => {
	test.each<[Cell, string]>([
		['=1+1', "'=1+1"],
		['+7 tanks', "'+7 tanks"],
		['-5', "'-5"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\t=cmd', "'\t=cmd"],
		['\rx', "'\rx"],
		['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
		['800+', '800+'],
		['≈5,000', '≈5,000'],
		['وأكثر من 800 سلاح ناري', 'وأكثر من 800 سلاح ناري'],
		[' =not at the start', ' =not at the start'],
		['', ''],
		[null, ''],
		[801, '801'],
		[-3, '-3'],
		[8.01, '8.01']
	])('%j -> %j', (cell, expected) => {
		expect(neutralise(cell)).toBe(expected);
	});

	test('refuses a number that is not finite', () => {
		expect(() => neutralise(Number.NaN)).toThrow(/finite/);
	});
});

describe('toCsv', () => {
	test('starts with a BOM, ends lines with CRLF, quotes what needs it', () => {
		const text = toCsv(
			['figure', 'low', 'high', 'quote'],
			[
				['800+', 801, null, 'a "quoted", word'],
				['≈5,000', 5000, 5000, 'two\nlines']
			]
		);
		expect(text).toBe(
			`${BOM}figure,low,high,quote\r\n800+,801,,"a ""quoted"", word"\r\n"≈5,000",5000,5000,"two\nlines"\r\n`
		);
	});

	test.each([['=1+1'], ['+1'], ['-1'], ['@A1'], ['\t1'], ['\r1'], ['=cmd|"/c calc"!A1']])(
		'a spreadsheet reads %j back as text with a leading quote',
		(value) => {
			const parsed = Papa.parse<string[]>(toCsv(['quote'], [[value]]).slice(BOM.length), {
				skipEmptyLines: true,
				delimiter: ','
			});
			expect(parsed.errors).toEqual([]);
			expect(parsed.data).toEqual([['quote'], [`'${value}`]]);
		}
	);

	test('says which row does not match the header', () => {
		expect(() => toCsv(['a', 'b'], [['x', 'y'], ['z']])).toThrow(
			'CSV: row 2 has 1 cells, the header 2'
		);
	});
});
