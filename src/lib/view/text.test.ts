import { expect, test } from 'vitest';
import { textLanguage } from './text';

test.each([
	{ text: 'وأكثر من 800 سلاح ناري', expected: { lang: 'ar', dir: 'rtl' } },
	{ text: 'more than 800 firearms', expected: { lang: undefined, dir: 'auto' } },
	{ text: 'שלום', expected: { lang: 'he', dir: 'rtl' } },
	{ text: '800', expected: { lang: undefined, dir: 'auto' } }
])('textLanguage($text)', ({ text, expected }) => {
	expect(textLanguage(text)).toEqual(expected);
});
