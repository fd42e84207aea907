/**
 * The numbers of a sentence, read as a reporter writes them: digits with thousands separators
 * (`5,000`, `5.000`, `5 000`, `٥٬٠٠٠`), Arabic-Indic digits, decimal commas (`5,7 тысяч` =
 * 5,700), scale words (rules.ts), compound forms (`7 آلاف و132` = 7,132), percentages, ranges
 * (`between 5 and 7`, `от 5 до 7`) and the qualifier written before them. A date or a time
 * (`2023-09-22`, `10:30`) is not a number here.
 */
import type { Qualifier, QuantityUnit } from '../types';
import {
	COMPOUND_JOINERS,
	NOT_COUNT_WORDS,
	NOT_QUALIFIERS,
	PERCENT_SIGNS,
	PERCENT_WORDS,
	QUALIFIER_RULES,
	RANGE_RULES,
	SCALE_RULES
} from './rules';
import {
	adjacent,
	indexPhrases,
	longestEndingAt,
	longestStartingAt,
	phraseOf,
	type Phrase,
	type StemmedWord
} from './phrases';

/** A number found in a text, with its qualifier; positions are JavaScript string indexes. */
export interface NumberMatch {
	/** Where its words begin: the qualifier's first word, or the number. */
	start: number;
	/** Where the digits begin. */
	numberStart: number;
	/** Where its words end: after a scale word, a percent sign or a range's second number. */
	end: number;
	value: number;
	/** The upper end of a range; null otherwise. */
	high: number | null;
	qualifier: Qualifier;
	unit: QuantityUnit;
}

const D = '[0-9\u0660-\u0669\u06f0-\u06f9]';
const SEP = '[,.\u066c\u00a0\u202f\u2009 \u2019\']';
const DEC = '[.,\u066b]';
const RAW = new RegExp(`(?<!${D})(${D}{1,3}(?:${SEP}${D}{3}(?!${D}))+|${D}+)(?:(${DEC})(${D}+))?(?!${D})`, 'gu');

/** A date written `2023-09-22` or `2023-09`: not a range. */
const ISO_DATE = /^[12][0-9]{3}-[0-9]{1,2}(?:-[0-9]{1,2})?(?![0-9])/;

/** Arabic prefixes that may stand right before digits ("و132"). */
const DIGIT_PREFIXES = new Set(['و', 'ب', 'ل', 'ف', 'ك']);

function digitValue(ch: string): string {
	const code = ch.charCodeAt(0);
	if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
	if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
	return ch;
}

const toAscii = (digits: string) => digits.replace(/[^0-9]/g, digitValue);
const onlyDigits = (text: string) => toAscii(text).replace(/[^0-9]/g, '');

interface Raw {
	start: number;
	end: number;
	value: number;
	/** A single group after one `.`: `1.250` is 1,250, but `1.250 million` is 1.25 million. */
	dotGroup: boolean;
	intText: string;
}

const SCALES = indexPhrases(SCALE_RULES.map((r) => phraseOf(r.word)));
const PERCENTS = indexPhrases(PERCENT_WORDS.map((w) => phraseOf(w)));
const QUALIFIERS = QUALIFIER_RULES.map((r) => phraseOf(r.phrase));
const NOT_QUALIFYING = NOT_QUALIFIERS.map((p) => phraseOf(p));
const OPENS: { phrase: Phrase | null; join: string }[] = RANGE_RULES.map((r) => ({
	phrase: r.open === '' ? null : phraseOf(r.open),
	join: r.join
}));
const NOT_COUNTS = indexPhrases(NOT_COUNT_WORDS.map((w) => phraseOf(w)));
const ABBREVIATED_SCALES = new Set(['тыс', 'млн', 'млрд']);

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const JOINS = [...new Set(RANGE_RULES.map((r) => r.join))];
const JOIN_RE = new RegExp(
	`^\\s*(${JOINS.map(escape).join('|')})\\s*$`,
	'u'
);
const COMPOUND_RE = new RegExp(`^\\s*(?:(?:${COMPOUND_JOINERS.map(escape).join('|')})\\s*)?$`, 'u');

function rawNumbers(text: string, from: number, to: number): Raw[] {
	const out: Raw[] = [];
	const re = new RegExp(RAW.source, 'gu');
	re.lastIndex = from;
	for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
		const start = m.index;
		const end = start + m[0].length;
		if (end > to) break;
		const date = ISO_DATE.exec(text.slice(start, start + 12));
		if (date !== null) {
			re.lastIndex = start + date[0].length;
			continue;
		}
		const before = text[start - 1] ?? '';
		if (/[\p{L}\p{M}]/u.test(before)) {
			// Only a one-letter Arabic prefix may touch the digits ("و132").
			const prior = text[start - 2] ?? '';
			if (!DIGIT_PREFIXES.has(before) || /[\p{L}\p{M}]/u.test(prior)) continue;
		}
		if (/[\p{L}]/u.test(text[end] ?? '') && !/[\u0600-\u06ff]/.test(text[end] ?? '')) continue;
		// Dates, times, fractions, versions: digits joined to digits by / : or a second dot.
		if (/^[/:.][0-9\u0660-\u0669]/.test(text.slice(end, end + 2))) continue;
		if (/[0-9\u0660-\u0669][/:.]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
		const intText = m[1]!;
		const intDigits = onlyDigits(intText);
		const fraction = m[3] !== undefined ? onlyDigits(m[3]) : '';
		const value = Number(fraction === '' ? intDigits : `${intDigits}.${fraction}`);
		const groups = intText.split(new RegExp(SEP, 'u'));
		const dotGroup = groups.length === 2 && intText.includes('.') && fraction === '';
		out.push({ start, end, value, dotGroup, intText });
	}
	return out;
}

/** The first word at or after `pos`, by index; words.length when none. */
function wordAt(words: readonly StemmedWord[], pos: number): number {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (words[mid]!.start < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A number with what follows it read: its scale and percent; `end` after them. */
interface Read {
	value: number;
	factor: number;
	unit: QuantityUnit;
	end: number;
	/** Raw numbers used (a compound's remainder is one more). */
	used: number;
}

function scaled(value: number, factor: number): number {
	return factor === 1 ? value : Math.round(value * factor * 1e6) / 1e6;
}

function readAt(text: string, raws: readonly Raw[], r: number, words: readonly StemmedWord[]): Read {
	const raw = raws[r]!;
	let end = raw.end;
	let value = raw.value;
	let factor = 1;
	let used = 1;
	const w = wordAt(words, end);
	const word = words[w];
	if (word !== undefined && adjacent(text, end, word.start) && !/-/.test(text.slice(end, word.start))) {
		const scale = longestStartingAt(text, words, w, SCALES);
		if (scale !== null) {
			factor = SCALE_RULES[scale.index]!.factor;
			const last = words[w + scale.length - 1]!;
			end = last.end;
			if (text[end] === '.' && ABBREVIATED_SCALES.has(last.text.toLowerCase())) end += 1;
			if (raw.dotGroup) value = Number(toAscii(raw.intText));
			value = scaled(value, factor);
			// A compound: the remainder after the scale ("7 آلاف و132").
			const next = raws[r + 1];
			if (next !== undefined && COMPOUND_RE.test(text.slice(end, next.start))) {
				const rest = readAt(text, raws, r + 1, words);
				if (rest.unit === 'count' && rest.value < factor && Number.isInteger(rest.value)) {
					value += rest.value;
					end = rest.end;
					used += rest.used;
				}
			}
		}
	}
	let unit: QuantityUnit = 'count';
	const after = text.slice(end, end + 2);
	const sign = PERCENT_SIGNS.find((s) => after.startsWith(s) || after.startsWith(` ${s}`));
	if (sign !== undefined) {
		unit = 'percent';
		end += after.indexOf(sign) + sign.length;
	} else {
		const p = wordAt(words, end);
		const pw = words[p];
		if (pw !== undefined && adjacent(text, end, pw.start)) {
			const percent = longestStartingAt(text, words, p, PERCENTS);
			if (percent !== null) {
				unit = 'percent';
				end = words[p + percent.length - 1]!.end;
			}
		}
	}
	return { value, factor, unit, end, used };
}

/** The qualifier phrase ending right before `pos`: its start and qualifier, or null. */
function qualifierBefore(
	text: string,
	words: readonly StemmedWord[],
	pos: number,
	from: number
): { start: number; qualifier: Exclude<Qualifier, 'between' | 'exact'> } | null {
	const j = wordAt(words, pos) - 1;
	const word = words[j];
	if (word === undefined || word.start < from || !/^\s*$/.test(text.slice(word.end, pos))) {
		// "و132": the prefix is a word's letter, not a qualifier.
		return null;
	}
	const found = longestEndingAt(text, words, j, QUALIFIERS);
	if (found === null) return null;
	const not = longestEndingAt(text, words, j, NOT_QUALIFYING);
	if (not !== null && not.first < found.first) return null;
	return { start: words[found.first]!.start, qualifier: QUALIFIER_RULES[found.index]!.qualifier };
}

/** Where a range's opening phrase ("between", "от") starts before `pos`, for `join`; null if none. */
function rangeOpen(
	text: string,
	words: readonly StemmedWord[],
	pos: number,
	join: string,
	from: number
): number | null {
	const rules = OPENS.filter((o) => o.join === join);
	const j = wordAt(words, pos) - 1;
	const word = words[j];
	if (word !== undefined && word.start >= from && /^\s*$/.test(text.slice(word.end, pos))) {
		const phrases = rules.flatMap((r) => (r.phrase === null ? [] : [r.phrase]));
		const found = longestEndingAt(text, words, j, phrases);
		if (found !== null) return words[found.first]!.start;
	}
	return rules.some((r) => r.phrase === null) ? pos : null;
}

/**
 * The numbers between `from` and `to` of `text`, in order. `words` are the words of that span.
 * @example numbersIn('more than 5,7 тыс. единиц', 0, 25, words)
 *   // [{ start: 0, numberStart: 10, end: 18, value: 5700, high: null, qualifier: 'more_than', unit: 'count' }]
 */
export function numbersIn(
	text: string,
	from: number,
	to: number,
	words: readonly StemmedWord[]
): NumberMatch[] {
	const raws = rawNumbers(text, from, to);
	const out: NumberMatch[] = [];
	for (let r = 0; r < raws.length; ) {
		const raw = raws[r]!;
		const first = readAt(text, raws, r, words);
		// "40 mm": a calibre, not a count.
		const w = wordAt(words, first.end);
		if (words[w] !== undefined && adjacent(text, first.end, words[w]!.start)) {
			if (longestStartingAt(text, words, w, NOT_COUNTS) !== null) {
				r += first.used;
				continue;
			}
		}
		let next = r + first.used;
		const second = raws[next];
		let match: NumberMatch | null = null;
		if (second !== undefined) {
			const join = JOIN_RE.exec(text.slice(first.end, second.start));
			if (join !== null) {
				const high = readAt(text, raws, next, words);
				// "between 5 and 7 thousand": the scale of the second stands for both.
				const low = first.factor === 1 && high.factor > 1 ? scaled(first.value, high.factor) : first.value;
				const open = rangeOpen(text, words, raw.start, join[1]!, from);
				if (open !== null && high.value > low) {
					match = {
						start: open,
						numberStart: raw.start,
						end: high.end,
						value: low,
						high: high.value,
						qualifier: 'between',
						unit: high.unit === 'percent' || first.unit === 'percent' ? 'percent' : 'count'
					};
					next += high.used;
				}
			}
		}
		if (match === null) {
			const qualifier = qualifierBefore(text, words, raw.start, from);
			match = {
				start: qualifier?.start ?? raw.start,
				numberStart: raw.start,
				end: first.end,
				value: first.value,
				high: null,
				qualifier: qualifier?.qualifier ?? 'exact',
				unit: first.unit
			};
		}
		out.push(match);
		r = next;
	}
	return out;
}
