/**
 * A text's sentences (each becomes a row's quote) and their clauses (a number counts what is
 * named in its own clause). A full stop ends a sentence unless it stands after an abbreviation
 * (`тыс.`), between digits (`5.7`) or after a single letter (an initial); a line break always
 * ends one.
 */
import { ABBREVIATIONS } from './rules';

/** A span of the text: JavaScript string indexes, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

const ENDS = /[.!?؟…。]+|\n+|\r+/gu;
const ABBREVIATED = new Set(ABBREVIATIONS);

function endsSentence(text: string, at: number, mark: string): boolean {
	if (/[\n\r]/.test(mark)) return true;
	const next = text[at + mark.length] ?? '';
	if (next !== '' && !/[\s"'»”)\]]/u.test(next)) return false;
	if (mark !== '.') return true;
	const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at));
	const word = (before?.[1] ?? '').toLowerCase();
	if (word.length === 1 && /\p{L}/u.test(word)) return false;
	return !ABBREVIATED.has(word);
}

/**
 * The sentences of `text`, trimmed, in order (blank ones left out).
 * @example sentencesOf('One. Two 5.7 тыс. три.\nFour') // spans of 'One.', 'Two 5.7 тыс. три.', 'Four'
 */
export function sentencesOf(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/u.test(text[s]!)) s++;
		while (e > s && /\s/u.test(text[e - 1]!)) e--;
		if (e > s) spans.push({ start: s, end: e });
	};
	const re = new RegExp(ENDS.source, 'gu');
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		if (!endsSentence(text, m.index, m[0])) continue;
		const end = m.index + m[0].length;
		push(/[\n\r]/.test(m[0]) ? m.index : end);
		start = end;
	}
	push(text.length);
	return spans;
}

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const CLAUSE_MARKS = /[،,;؛:()\u2014]/gu;

/**
 * Where the clauses of `text` between `from` and `to` break: the positions of their commas,
 * semicolons, colons, brackets and dashes (a comma between digits is a thousands separator).
 */
export function clauseBreaks(text: string, from: number, to: number): number[] {
	const breaks: number[] = [];
	const re = new RegExp(CLAUSE_MARKS.source, 'gu');
	re.lastIndex = from;
	for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
		if (m[0] === "," && DIGIT.test(text[m.index - 1] ?? "") && DIGIT.test(text[m.index + 1] ?? "")) {
			continue;
		}
		breaks.push(m.index);
	}
	return breaks;
}

/** The clause a position is in: the number of breaks before it. */
export function clauseOf(breaks: readonly number[], pos: number): number {
	let lo = 0;
	let hi = breaks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (breaks[mid]! < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
