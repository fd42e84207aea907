/**
 * The one place a figure becomes text. A quantity stays typed (bounds, approximation and how the
 * source wrote it, `Quantity.style`) from the CSV to the screen; the CLI, the JSON summary's
 * `text` fields, the pages in both languages, the charts and the exports all write it here, the
 * way Observable Plot's src/format.js formatters take a locale. Nothing parses the text back.
 * A progress interval is written by format-progress.ts, a module of its own so that a page with
 * no progress (the timeline) does not load its words.
 *
 * English keeps the symbols the sources' figures are written with ("800+", "≈5,000", "≥800",
 * "≤20", "<800", "10–20") and the neutral grouping of formatCount; another language says the
 * strength in its own words (messages/*.json, `strength_*`) around numbers in its Intl format.
 */
import {
	figure_percent,
	figure_range,
	strength_about,
	strength_at_least,
	strength_at_most,
	strength_fewer_than,
	strength_more_than
} from '../messages';
import type { Quantity } from './figures';

/** The languages a figure is written in (Paraglide's locales). */
export type FormatLocale = 'en' | 'ar';

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * `5000` -> `"5,000"`. Neutral (English) grouping: the JSON summary and CSV exports use it.
 * A whole number 0 or more (every count) is grouped here, as Intl groups it, without the
 * formatter's cost; anything else goes to Intl.
 */
export function formatCount(n: number): string {
	if (!(n > 0 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n)) {
		return n === 0 && 1 / n > 0 ? '0' : countFormat.format(n);
	}
	const digits = String(n);
	if (digits.length <= 3) return digits;
	const head = digits.length % 3 || 3;
	let out = digits.slice(0, head);
	for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
	return out;
}

/**
 * The Intl tag of a language, with its digits spelt out: `ar` alone gives Latin digits in Node
 * and Chromium today, but CLDR may change that, and the server and the browser must agree or
 * hydration differs. Arabic-Indic digits (`ar-EG` style) only when the reader chose them.
 * @example intlTag('ar') // 'ar-u-nu-latn'
 * @example intlTag('ar', 'arab') // 'ar-u-nu-arab'
 */
export function intlTag(locale: string, digits: 'latn' | 'arab' = 'latn'): string {
	return `${locale}-u-nu-${digits}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in a language's Intl format (Latin digits; see view/digits.ts). */
export function formatInteger(n: number, locale: string): string {
	return numberFormat(locale, 0).format(n);
}

/** A share's number: up to two decimals, as a source writes "44.5" (Latin digits). */
export function formatDecimal(n: number, locale: string): string {
	return numberFormat(locale, 2).format(n);
}

function numberFormat(locale: string, fractionDigits: 0 | 2): Intl.NumberFormat {
	const tag = intlTag(locale);
	const key = `${tag}/${fractionDigits}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits });
		numberFormats.set(key, format);
	}
	return format;
}

/** How a figure's strength reads in a language, around its number (already formatted). */
interface StrengthWords {
	about: (n: string) => string;
	moreThan: (n: string) => string;
	atLeast: (n: string) => string;
	atMost: (n: string) => string;
	fewerThan: (n: string) => string;
}

/** English keeps the symbols the sources' figures are written with (messages/en.json says the same). */
const SYMBOLS: StrengthWords = {
	about: (n) => `≈${n}`,
	moreThan: (n) => `${n}+`,
	atLeast: (n) => `≥${n}`,
	atMost: (n) => `≤${n}`,
	fewerThan: (n) => `<${n}`
};

function wordsOf(locale: Exclude<FormatLocale, 'en'>): StrengthWords {
	return {
		about: (n) => strength_about({ n }, { locale }),
		moreThan: (n) => strength_more_than({ n }, { locale }),
		atLeast: (n) => strength_at_least({ n }, { locale }),
		atMost: (n) => strength_at_most({ n }, { locale }),
		fewerThan: (n) => strength_fewer_than({ n }, { locale })
	};
}

/**
 * A figure as the source wrote it, in `locale`: the style says which bound carries the number
 * ("800+" is more_than 800, so [801, open]; "<800" is [0, 799]). A share (unit percent) keeps
 * the stated numbers as its bounds ("60%+" is [60, 100]) and up to two decimals.
 * @example formatQuantity({ low: 801, high: null, approximate: false, style: 'plus' }) // '800+'
 * @example formatQuantity({ low: 5000, high: 5000, approximate: true, style: 'plain' }, 'ar') // 'نحو 5,000'
 * @example formatQuantity({ low: 7000, high: 13000, approximate: false, style: 'range' }, 'ar') // 'من 7,000 إلى 13,000'
 * @example formatQuantity({ low: 40, high: 40, approximate: true, style: 'plain', unit: 'percent' }) // '≈40%'
 */
export function formatQuantity(q: Quantity, locale: FormatLocale = 'en'): string {
	const english = locale === 'en';
	const share = q.unit === 'percent';
	const bare = share
		? (value: number) => formatDecimal(value, locale)
		: english
			? formatCount
			: (value: number) => formatInteger(value, locale);
	// A share's sign goes with its number ("60%+", "≈40%"), or once after a range ("30–40%").
	const percent = (text: string) => (share ? figure_percent({ n: text }, { locale }) : text);
	const n = (value: number) => percent(bare(value));
	const words = english ? SYMBOLS : wordsOf(locale);
	// A count's open bound is one past its number ("more than 800" is 801 or more); a share's is
	// the number itself.
	const step = share ? 0 : 1;
	const { low, high } = q;
	let out: string;
	switch (q.style) {
		case 'plus':
			out = words.moreThan(n(low - step));
			break;
		case 'ge':
			out = words.atLeast(n(low));
			break;
		case 'le':
			out = words.atMost(n(high ?? low));
			break;
		case 'lt':
			out = words.fewerThan(n((high ?? low) + step));
			break;
		case 'range':
			out = percent(figure_range({ low: bare(low), high: bare(high ?? low) }, { locale }));
			break;
		case 'plain':
			out = n(low);
	}
	return q.approximate ? words.about(out) : out;
}
