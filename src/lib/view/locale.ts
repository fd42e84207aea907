/**
 * The reader's language in the view models: data labels from their `_ar` columns, numbers
 * and dates through Intl (figures: $lib/data/format.ts). Pure apart from reading the current language (Paraglide's
 * getLocale(): the page's address on the server and in the browser, English in a worker that
 * has not set one, see messages/README.md); every function takes `locale` to choose another.
 */
import { formatInteger, intlTag } from '$lib/data/format';
import type { Localized } from '$lib/data/types';
import * as m from '$lib/messages';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

export type { Locale };

/** The reader's language. */
export function currentLocale(): Locale {
	return getLocale();
}

export type Digits = 'latn' | 'arab';

export { intlTag };

/**
 * A count in the reader's locale: `5000` -> "5,000" (the server always writes Latin digits;
 * see digits.ts for the reader's choice of Arabic-Indic ones).
 */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	return formatInteger(n, locale);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, parts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${Object.keys(parts).join()}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(intlTag(locale), { ...parts, timeZone: 'UTC' });
		dateFormats.set(key, format);
	}
	return format;
}

/**
 * A date of the data (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) in the reader's language, in the
 * precision it has. English keeps the ISO form the files use; Arabic names the month.
 * @example formatDate('2023-09-22', 'ar') // '22 سبتمبر 2023'
 * @example formatDate('2023-09', 'ar') // 'سبتمبر 2023'
 */
export function formatDate(iso: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return iso;
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
	if (day)
		return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
	if (month) return dateFormat(locale, { month: 'long', year: 'numeric' }).format(date);
	return dateFormat(locale, { year: 'numeric' }).format(date);
}

// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: an English label inside an
// Arabic sentence keeps its own order, and the words around it theirs.
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * A data label (`label`, `name`, `side`, `note`) in the reader's language: its translation
 * column (`label_ar`) when given; otherwise the original, marked as untranslated
 * ("Firearms (بالإنجليزية)") on a page in another language than the data's.
 * @example localized({ value: 'Firearms', translations: { ar: 'أسلحة نارية' } }, 'ar') // 'أسلحة نارية'
 */
export function localized(value: Localized, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return value.value;
	const translation = value.translations[locale];
	if (translation) return translation;
	return value.value ? m.untranslated({ text: isolate(value.value) }, { locale }) : '';
}

/** localized() of an optional cell; null when it is empty. */
export function localizedOrNull(
	value: Localized | null | undefined,
	locale: Locale = getLocale()
): string | null {
	return value?.value ? localized(value, locale) : null;
}
