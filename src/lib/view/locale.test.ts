import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber, intlTag, localized, localizedOrNull } from './locale';

const firearms = { value: 'Firearms', translations: { ar: 'الأسلحة النارية' } };
const untranslated = { value: 'Firearms', translations: {} };

describe('the reader’s language in the views', () => {
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
