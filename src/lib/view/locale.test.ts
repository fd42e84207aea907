import { describe, expect, test } from 'vitest';
import {
	figureText,
	formatDate,
	formatNumber,
	intlTag,
	localized,
	localizedOrNull
} from './locale';

const firearms = { value: 'Firearms', translations: { ar: 'الأسلحة النارية' } };
const untranslated = { value: 'Firearms', translations: {} };

describe('the reader’s language in the views', () => {
	test.each([
		['800+', 'en', '800+'],
		['≈5,000', 'en', '≈5,000'],
		['6', 'ar', '6'],
		['800+', 'ar', 'أكثر من 800'],
		['≈5,000', 'ar', 'نحو 5,000'],
		['≈10,000', 'ar', 'نحو 10,000'],
		['≥800', 'ar', '800 على الأقل'],
		['≤20', 'ar', '20 على الأكثر'],
		['<800', 'ar', 'أقل من 800'],
		['10–20', 'ar', '10–20'],
		['≈850+', 'ar', 'نحو أكثر من 850'],
		['not a figure', 'ar', 'not a figure']
	] as const)('the figure %s reads %s in %s', (text, locale, expected) => {
		expect(figureText(text, locale)).toBe(expected);
	});

	test.each([
		['2023-09-22', 'en', '2023-09-22'],
		['2023-09-22', 'ar', '22 سبتمبر 2023'],
		['2023-09', 'ar', 'سبتمبر 2023'],
		['2023', 'ar', '2023']
	] as const)('the date %s reads %s', (iso, locale, expected) => {
		expect(formatDate(iso, locale)).toBe(expected);
	});

	test('numbers keep Latin digits unless chosen otherwise (server and browser agree)', () => {
		expect(formatNumber(10000, 'ar')).toBe('10,000');
		expect(formatNumber(10000, 'en')).toBe('10,000');
		expect(intlTag('ar')).toBe('ar-u-nu-latn');
		expect(new Intl.NumberFormat(intlTag('ar', 'arab')).format(800)).toBe('٨٠٠');
	});

	test('labels come from their translation, or the original, marked', () => {
		expect(localized(firearms, 'ar')).toBe('الأسلحة النارية');
		expect(localized(firearms, 'en')).toBe('Firearms');
		expect(localized(untranslated, 'ar')).toBe('\u2068Firearms\u2069 (بالإنجليزية)');
		expect(localized(untranslated, 'en')).toBe('Firearms');
		expect(localizedOrNull(null, 'ar')).toBeNull();
		expect(localizedOrNull({ value: '', translations: {} }, 'ar')).toBeNull();
	});
});
