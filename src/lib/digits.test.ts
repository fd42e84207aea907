import { describe, expect, test } from 'vitest';
import { arabicIndic, parseDigits, readDigits } from './digits';

describe('Arabic-Indic digits', () => {
	test.each([
		['800', '٨٠٠'],
		['أكثر من 800', 'أكثر من ٨٠٠'],
		['نحو 5,000', 'نحو ٥٬٠٠٠'],
		['8%', '٨٪'],
		['22 سبتمبر 2023', '٢٢ سبتمبر ٢٠٢٣'],
		['1–50', '١–٥٠'],
		['no digits', 'no digits']
	])('%s is written %s, as Intl writes ar-EG', (latin, expected) => {
		expect(arabicIndic(latin)).toBe(expected);
	});

	test('match Intl for counts', () => {
		for (const n of [0, 6, 800, 5000, 10000, 1234567]) {
			expect(arabicIndic(new Intl.NumberFormat('ar-u-nu-latn').format(n))).toBe(
				new Intl.NumberFormat('ar-EG').format(n)
			);
		}
	});

	test('the choice is Latin unless Arabic-Indic was chosen', () => {
		expect(parseDigits('arab')).toBe('arab');
		expect(parseDigits('purple')).toBe('latn');
		expect(readDigits(undefined)).toBe('latn');
		expect(readDigits({ getItem: () => 'arab' })).toBe('arab');
		expect(
			readDigits({
				getItem: () => {
					throw new Error('blocked');
				}
			})
		).toBe('latn');
	});
});
