/**
 * Cell parsers: one CSV cell (a raw string) in, a typed value or a message out.
 *
 * Messages quote the bad value and say what was expected, and leave out the column name: the
 * validator puts it in front, so `'eight hundred' is not a whole number` is shown as
 * `quantity 'eight hundred' is not a whole number`. An empty cell is a failure here
 * (`is empty; expected ...`); whether a column may be empty is the schema's business.
 */
import { said, type IssueKey, type ParamsOf, type Said } from './issue';
import type { IsoDate, PartialDate, SafeUrl } from './types';

/** A value, or what is wrong: the English `message`, and the same as `key` and `params` (issue.ts). */
export type CellResult<T> = { ok: true; value: T } | ({ ok: false } & Said);
export type CellParser<T> = (raw: string) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <K extends IssueKey>(key: K, params: ParamsOf<K>): CellResult<never> => ({
	ok: false,
	...said(key, params)
});

/**
 * Arabic-Indic (U+0660-0669) and Extended Arabic-Indic (U+06F0-06F9) digits to ASCII, the
 * Arabic thousands separator (U+066C) to `,` and the Arabic decimal separator (U+066B) to `.`.
 * Returns the input itself when it is all ASCII, so the common case allocates nothing.
 * @example toAsciiDigits('٥٬٠٠٠') // '5,000'
 */
export function toAsciiDigits(text: string): string {
	let i = 0;
	while (i < text.length && text.charCodeAt(i) < 0x80) i++;
	if (i === text.length) return text;
	let out = text.slice(0, i);
	for (; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(c - 0x660 + 48);
		else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(c - 0x6f0 + 48);
		else if (c === 0x66c) out += ',';
		else if (c === 0x66b) out += '.';
		else out += text[i];
	}
	return out;
}

const DIGITS = /^\d+$/;
// Thousands grouping with one separator throughout: comma, space, no-break space, narrow
// no-break space or thin space. `\1` keeps "5,000 000" out.
const GROUPED = /^\d{1,3}([, \u00a0\u202f\u2009])\d{3}(?:\1\d{3})*$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const LOOSE_GROUPED = /^\d+(?:[, \u00a0\u202f\u2009]\d+)+$/;
const NEGATIVE = /^[-\u2212]\s*\d/;

/**
 * A count: a whole number 0 or more, as people type it in a spreadsheet.
 * @example parseWholeNumber('5,000') // { ok: true, value: 5000 }
 * @example parseWholeNumber('٨٠٠') // { ok: true, value: 800 }
 * @example parseWholeNumber('5.000') // { ok: false, message: `'5.000' is not a whole number; use 5000 or "5,000"` }
 */
export function parseWholeNumber(raw: string): CellResult<number> {
	const trimmed = raw.trim();
	if (trimmed === '') return fail('issue_empty_whole_number', {});
	const text = toAsciiDigits(trimmed);
	let digits: string;
	if (DIGITS.test(text)) digits = text;
	else if (GROUPED.test(text)) digits = text.replace(/\D/g, '');
	else if (DOT_GROUPED.test(text)) {
		const plain = text.replace(/\D/g, '');
		return fail('issue_not_whole_number', {
			value: trimmed,
			plain,
			grouped: groupThousands(plain)
		});
	} else if (NEGATIVE.test(text)) {
		return fail('issue_negative_number', { value: trimmed });
	} else if (LOOSE_GROUPED.test(text)) {
		return fail('issue_digit_grouping', { value: trimmed });
	} else return fail('issue_not_whole', { value: trimmed });
	const value = Number(digits);
	if (!Number.isSafeInteger(value)) {
		return fail('issue_number_too_large', { value: trimmed, max: Number.MAX_SAFE_INTEGER });
	}
	return ok(value);
}

function groupThousands(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * A figure's number: a whole number as parseWholeNumber reads it, or a decimal ("44.5"), which
 * only a percent may be. A decimal keeps what parseWholeNumber says of it (`notWhole`), for the
 * schema to report when the row's unit is a count: the cell alone cannot tell.
 * @example parseFigureNumber('44.5') // { ok: true, value: { value: 44.5, notWhole: <'44.5' is not a whole number> } }
 */
export function parseFigureNumber(raw: string): CellResult<FigureNumber> {
	const whole = parseWholeNumber(raw);
	if (whole.ok) return ok({ value: whole.value, notWhole: null });
	const text = toAsciiDigits(raw.trim());
	if (!DECIMAL.test(text)) return whole;
	const value = Number(text);
	return Number.isFinite(value) ? ok({ value, notWhole: whole }) : whole;
}

/** What parseFigureNumber reads: the number, and why it is not a count when it is a decimal. */
export interface FigureNumber {
	value: number;
	notWhole: Said | null;
}

/**
 * A number above 0, decimals allowed (`per_target`: 0.5 = one item per two units).
 * @example parsePositiveNumber('0.5') // { ok: true, value: 0.5 }
 */
export function parsePositiveNumber(raw: string): CellResult<number> {
	const trimmed = raw.trim();
	if (trimmed === '') return fail('issue_empty_positive', {});
	const text = toAsciiDigits(trimmed);
	if (!DECIMAL.test(text)) {
		if (/^\d+,\d+$/.test(text)) return fail('issue_decimal_comma', { value: trimmed });
		return fail('issue_not_positive', { value: trimmed });
	}
	const value = Number(text);
	if (!(value > 0) || !Number.isFinite(value)) return fail('issue_not_positive', { value: trimmed });
	return ok(value);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function dayExists(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const YMD_LOOSE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** How to write a date: one form, or two when it is ambiguous (the first number is the day or the month). */
type DateHint = { iso: string } | { day_first: string; number: string; month_first: string };

/**
 * How to write a date that is in another common form, or null.
 * `22/09/2023` -> `write 2023-09-22`; `03/04/2023` is ambiguous, so both readings are offered.
 */
function dateHint(text: string): DateHint | null {
	let m = YMD_LOOSE.exec(text);
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		return dayExists(y, mo, d) ? { iso: isoOf(y, mo, d) } : null;
	}
	m = DMY.exec(text);
	if (!m) return null;
	const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const dayFirst = dayExists(y, b, a) ? isoOf(y, b, a) : null;
	const monthFirst = dayExists(y, a, b) ? isoOf(y, a, b) : null;
	if (dayFirst && monthFirst && dayFirst !== monthFirst) {
		return { day_first: dayFirst, number: m[1]!, month_first: monthFirst };
	}
	const only = dayFirst ?? monthFirst;
	return only ? { iso: only } : null;
}

/**
 * A calendar day `YYYY-MM-DD` that exists. Arabic-Indic digits are accepted.
 * @example parseIsoDate('2023-09-22') // { ok: true, value: '2023-09-22' }
 * @example parseIsoDate('22/09/2023') // { ok: false, message: "'22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22" }
 */
export function parseIsoDate(raw: string): CellResult<IsoDate> {
	const trimmed = raw.trim();
	if (trimmed === '') return fail('issue_empty_date', {});
	const text = toAsciiDigits(trimmed);
	const m = ISO.exec(text);
	if (m) {
		if (dayExists(Number(m[1]), Number(m[2]), Number(m[3]))) return ok(text as IsoDate);
		return fail('issue_not_calendar_day', { value: trimmed });
	}
	const hint = dateHint(text);
	if (hint && 'iso' in hint) return fail('issue_date_write', { value: trimmed, ...hint });
	if (hint) return fail('issue_date_ambiguous', { value: trimmed, ...hint });
	return fail('issue_not_date', { value: trimmed });
}

const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_MONTH_LOOSE = /^(\d{4})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{4})$/;

/**
 * A date of known precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example parsePartialDate('2023-09') // { ok: true, value: { year: 2023, month: 9, day: null, text: '2023-09' } }
 */
export function parsePartialDate(raw: string): CellResult<PartialDate> {
	const trimmed = raw.trim();
	if (trimmed === '') return fail('issue_empty_partial_date', {});
	const text = toAsciiDigits(trimmed);
	if (YEAR.test(text)) return ok({ year: Number(text), month: null, day: null, text });
	const ym = YEAR_MONTH.exec(text);
	if (ym) {
		const month = Number(ym[2]);
		if (month >= 1 && month <= 12) return ok({ year: Number(ym[1]), month, day: null, text });
		return fail('issue_not_calendar_month', { value: trimmed });
	}
	const full = ISO.exec(text);
	if (full) {
		const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
		if (dayExists(year, month, day)) return ok({ year, month, day, text });
		return fail('issue_partial_not_calendar_day', { value: trimmed });
	}
	const loose = YEAR_MONTH_LOOSE.exec(text);
	if (loose) {
		const year = Number(loose[1] ?? loose[4]);
		const month = Number(loose[2] ?? loose[3]);
		if (month >= 1 && month <= 12) {
			return fail('issue_partial_date_write', { value: trimmed, iso: `${year}-${pad2(month)}` });
		}
	}
	const hint = dateHint(text);
	if (hint && 'iso' in hint) return fail('issue_partial_date_write', { value: trimmed, ...hint });
	if (hint) return fail('issue_partial_date_ambiguous', { value: trimmed, ...hint });
	return fail('issue_not_partial_date', { value: trimmed });
}

/**
 * A parser for one of a fixed set of values: trimmed, case-insensitive, and a space or `-`
 * reads as `_` ("More than" is `more_than`).
 * @example oneOf(['cumulative', 'increment'])('Cumulative') // { ok: true, value: 'cumulative' }
 */
export function oneOf<T extends string>(values: readonly T[]): CellParser<T> {
	const allowed = new Set<string>(values);
	const list = values.join(', ');
	return (raw) => {
		const trimmed = raw.trim();
		if (trimmed === '') return fail('issue_empty_one_of', { list });
		const key = trimmed.toLowerCase().replace(/[\s-]+/g, '_');
		if (allowed.has(key)) return ok(key as T);
		return fail('issue_not_one_of', { value: trimmed, list });
	};
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_DOMAIN = /^[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)/;

/**
 * A link that is safe to render: an absolute `http:` or `https:` URL, kept as written.
 * `javascript:`, `data:` and relative links are refused.
 * @example parseSafeUrl('https://www.aljazeera.net/') // { ok: true, value: 'https://www.aljazeera.net/' }
 */
export function parseSafeUrl(raw: string): CellResult<SafeUrl> {
	const text = raw.trim();
	if (text === '') return fail('issue_empty_url', {});
	if (!SCHEME.test(text)) {
		if (BARE_DOMAIN.test(text)) return fail('issue_url_write', { value: text });
		return fail('issue_url_not_full', { value: text });
	}
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return fail('issue_url_invalid', { value: text });
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return fail('issue_url_not_allowed', { value: text });
	}
	if (url.hostname === '') return fail('issue_url_no_host', { value: text });
	return ok(text as SafeUrl);
}

const ID = /^[A-Za-z0-9_-]+$/;

/**
 * An id: ASCII letters, digits, `-` and `_` (ids end up in page addresses).
 * @example parseId('ru-mod') // { ok: true, value: 'ru-mod' }
 */
export function parseId(raw: string): CellResult<string> {
	const text = raw.trim();
	if (text === '') return fail('issue_empty_id', {});
	if (ID.test(text)) return ok(text);
	return fail('issue_bad_id', { value: text });
}

/**
 * Free text, trimmed; only emptiness is refused.
 * @example parseText('  six units ') // { ok: true, value: 'six units' }
 */
export function parseText(raw: string): CellResult<string> {
	const text = raw.trim();
	return text === '' ? fail('issue_empty_text', {}) : ok(text);
}
