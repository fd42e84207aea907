/**
 * The reader's language in the view models: data labels from their `_ar` columns, numbers,
 * figures and dates through Intl. Pure apart from reading the current language (Paraglide's
 * getLocale(): the page's address on the server and in the browser, English in a worker that
 * has not set one, see messages/README.md); every function takes `locale` to choose another.
 */
import { localizeFigureText, type StrengthWords } from '$lib/data/quantity';
import type { Localized } from '$lib/data/types';
import * as m from '$lib/messages';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

export type { Locale };

/** The reader's language. */
export function currentLocale(): Locale {
	return getLocale();
}

/**
 * The Intl tag of a language, with its digits spelt out: `ar` alone gives Latin digits in Node
 * and Chromium today, but CLDR may change that, and the server and the browser must agree or
 * hydration differs. Arabic-Indic digits (`ar-EG` style) only when the reader chose them.
 * @example intlTag('ar') // 'ar-u-nu-latn'
 * @example intlTag('ar', 'arab') // 'ar-u-nu-arab'
 */
export function intlTag(locale: Locale, digits: Digits = 'latn'): string {
	return `${locale}-u-nu-${digits}`;
}

export type Digits = 'latn' | 'arab';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count in the reader's locale: `5000` -> "5,000" (the server always writes Latin digits;
 * see digits.ts for the reader's choice of Arabic-Indic ones).
 */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	const tag = intlTag(locale);
	let format = numberFormats.get(tag);
	if (!format) {
		format = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
		numberFormats.set(tag, format);
	}
	return format.format(n);
}

/** The Arabic for a figure's strength, as a reader would say it. */
const ARABIC_STRENGTH: StrengthWords = {
	about: (n) => m.strength_about({ n }, { locale: 'ar' }),
	moreThan: (n) => m.strength_more_than({ n }, { locale: 'ar' }),
	atLeast: (n) => m.strength_at_least({ n }, { locale: 'ar' }),
	atMost: (n) => m.strength_at_most({ n }, { locale: 'ar' }),
	fewerThan: (n) => m.strength_fewer_than({ n }, { locale: 'ar' })
};

/**
 * A figure's text (`Quantity.text`: "800+", "≈5,000") in the reader's language: English keeps
 * the source's symbols, Arabic says them in words.
 * @example figureText('800+', 'ar') // 'أكثر من 800'
 * @example figureText('≈5,000', 'ar') // 'نحو 5,000'
 */
export function figureText(text: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return text;
	return localizeFigureText(text, {
		format: (n) => formatNumber(n, locale),
		words: locale === 'ar' ? ARABIC_STRENGTH : undefined
	});
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
