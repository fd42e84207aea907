import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv';
import { decodeBytes, encodeRow, encodeText, readsAsArabic } from './encoding';
import { encodingCases } from '$lib/testing/encoding-cases';
import { SEED_FILES } from '$lib/testing/seed';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
	test.each([
		['UTF-8 with a BOM', bytes(0xef, 0xbb, 0xbf, 0x61), '\uFEFFa', 'utf-8'],
		['UTF-8 without', utf8('a,ب'), 'a,ب', 'utf-8'],
		['a U+FFFD written in UTF-8', utf8('a,\uFFFD'), 'a,\uFFFD', 'utf-8'],
		['a BOM in the middle', utf8('a,\uFEFFb'), 'a,\uFEFFb', 'utf-8'],
		['characters outside the BMP', utf8('😀,𝔸'), '😀,𝔸', 'utf-8'],
		['UTF-16 LE', bytes(0xff, 0xfe, 0x61, 0, 0x28, 0x06), '\uFEFFaب', 'utf-16le'],
		['UTF-16 BE', bytes(0xfe, 0xff, 0, 0x61, 0x06, 0x28), '\uFEFFaب', 'utf-16be'],
		['Windows-1256 Arabic', bytes(0x61, 0x2c, 0xc7, 0xe1), 'a,ال', 'windows-1256'],
		['Latin-1 (café)', bytes(0x63, 0x61, 0x66, 0xe9), 'caf\uFFFD', null],
		['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), '\uFFFDPNG\r\n\x1a\n', null]
	] as const)('%s', (_, input, text, encoding) => {
		expect(decodeBytes(input)).toEqual({ text, encoding });
	});

	test('a late invalid byte makes the whole file Windows-1256', () => {
		const text = 'a,b\n' + 'x,y\n'.repeat(10_000) + 'ال\n';
		const input = encodeText(text, 'windows-1256') as Uint8Array;
		expect(decodeBytes(input)).toEqual({ text, encoding: 'windows-1256' });
	});
});

describe('readsAsArabic: the threshold', () => {
	test.each([
		['Arabic letters only', 'ال مركبات', true],
		['3 of 5 non-ASCII Arabic (60%)', 'ابت éà', true],
		['2 of 4 non-ASCII Arabic (50%)', 'اب éà', false],
		['no Arabic', 'é', false],
		['ASCII only', 'abc', false],
		['a C0 control', 'ال\x01', false],
		['tab, CR, LF are fine', 'ال\t\r\n', true]
	])('%s', (_, text, expected) => {
		expect(readsAsArabic(text)).toBe(expected);
	});
});

describe('encodeText', () => {
	test('Windows-1256: every byte 0x80-0xFF round-trips', () => {
		const all = new Uint8Array(256).map((_, i) => i);
		const text = new TextDecoder('windows-1256').decode(all);
		expect(encodeText(text, 'windows-1256')).toEqual(all);
	});
	test('UTF-16 LE and BE write code units, a surrogate pair as two', () => {
		expect(encodeText('\uFEFFa𝔸', 'utf-16le')).toEqual(
			bytes(0xff, 0xfe, 0x61, 0, 0x35, 0xd8, 0x38, 0xdd)
		);
		expect(encodeText('\uFEFFa𝔸', 'utf-16be')).toEqual(
			bytes(0xfe, 0xff, 0, 0x61, 0xd8, 0x35, 0xdd, 0x38)
		);
	});
	test('a character Windows-1256 has not: the first one, and where', () => {
		expect(encodeText('ال😀x', 'windows-1256')).toEqual({ char: '😀', index: 2 });
	});
	test('encodeRow: the error says which character, at the row line', () => {
		expect(encodeRow('a,Ж\n', 'windows-1256', 'reports.csv', 7)).toMatchObject({
			file: 'reports.csv',
			line: 7,
			severity: 'error',
			message: expect.stringContaining('“Ж” (U+0416)')
		});
	});
});

describe('the corpus encoding cases', () => {
	const cases = encodingCases(SEED_FILES['reports.csv']!);
	test.each(Object.keys(cases))('%s is what scripts/fixtures/encodings.ts writes', (name) => {
		const file = fileURLToPath(new URL(`../../../tests/fixtures/bad/${name}/reports.csv`, import.meta.url));
		expect(new Uint8Array(readFileSync(file))).toEqual(cases[name]);
	});
	test('each reads back as the seed: the same cells', () => {
		const seed = parseCsv(SEED_FILES['reports.csv']!, 'reports.csv');
		for (const name of ['windows-1256', 'utf-16', 'utf-16-be']) {
			const { text, encoding } = decodeBytes(cases[name]!);
			const table = parseCsv(text, 'reports.csv', { encoding });
			expect(table.rows).toEqual(seed.rows);
			expect(table.issues.map((i) => [i.line, i.column, i.severity])).toEqual([[1, 1, 'warning']]);
		}
	});
});
