/**
 * Building blocks of the fast row readers (see FastRowReader in fields.ts): plain character
 * tests for the usual forms of a cell, and memos for the columns that hold few distinct values
 * (dates, ids, fixed lists). Each defers to the cell parser of cells.ts for anything else, so a
 * value they give is always the one the parser gives; they never give a message (a row they
 * decline goes through the schema, which does).
 */
import { parseSafeUrl, parseWholeNumber, type CellParser } from '../cells';

/** What a fast cell reader gives for a cell that its parser refuses. */
export const FAIL: unique symbol = Symbol('fail');

/**
 * `text.trim()`, without the call when both ends are printable ASCII (the usual cell).
 * @example trimCell(' a ') // 'a'
 */
export function trimCell(text: string): string {
	const n = text.length;
	if (n === 0) return text;
	const first = text.charCodeAt(0);
	const last = text.charCodeAt(n - 1);
	return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/**
 * A parser that remembers the values of the first `limit` distinct (trimmed, non-empty) cells
 * it accepts, so a column of a few hundred dates or ids is checked once per value, and every
 * record holds the same string for the same value. Gives the value or FAIL. The cell before
 * (files are often sorted by it) and the first few values are compared directly; more go to a
 * Map.
 */
export function memoParser<T>(
	parse: CellParser<T>,
	limit = 10_000
): (text: string) => T | typeof FAIL {
	const few: string[] = [];
	const fewValues: T[] = [];
	const many = new Map<string, T>();
	let lastText: string | null = null;
	let lastValue: T | null = null;
	return (text) => {
		if (text === lastText) return lastValue as T;
		let value: T | undefined;
		for (let i = 0; i < few.length; i++) {
			if (few[i] === text) {
				value = fewValues[i]!;
				break;
			}
		}
		if (value === undefined && few.length === FEW) value = many.get(text);
		if (value === undefined) {
			const result = parse(text);
			if (!result.ok) return FAIL;
			value = result.value;
			if (few.length < FEW) {
				few.push(text);
				fewValues.push(value);
			} else if (many.size < limit) many.set(text, value);
		}
		lastText = text;
		lastValue = value;
		return value;
	};
}

/** How many values memoParser compares one by one before it uses a Map. */
const FEW = 16;

/**
 * parseWholeNumber's value for a trimmed, non-empty cell, or FAIL: plain digits (up to 15, so
 * always a safe integer) are read here, anything else by parseWholeNumber.
 * @example wholeNumber('800') // 800
 */
export function wholeNumber(text: string): number | typeof FAIL {
	const n = text.length;
	if (n > 0 && n <= 15) {
		let value = 0;
		let i = 0;
		for (; i < n; i++) {
			const digit = text.charCodeAt(i) - 48;
			if (digit < 0 || digit > 9) break;
			value = value * 10 + digit;
		}
		if (i === n) return value;
	}
	const result = parseWholeNumber(text);
	return result.ok ? result.value : FAIL;
}

/** The characters of a host name that a fast URL check reads itself: ASCII letters, digits, - and . */
function isHostChar(c: number): boolean {
	return (
		(c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46
	);
}

/** Where the host of a special URL ends: `/`, `\`, `?`, `#` or the end of the text. */
function isHostEnd(text: string, at: number): boolean {
	if (at === text.length) return true;
	const c = text.charCodeAt(at);
	return c === 47 || c === 92 || c === 63 || c === 35;
}

/**
 * A check that a trimmed, non-empty cell is a link parseSafeUrl accepts, fast for the usual
 * form, `http(s)://host` followed by nothing or by a path, query or fragment. Whether such a
 * URL parses depends on its scheme and host only (past the host, the URL parser never fails),
 * so each origin is checked once with parseSafeUrl and remembered (the first 64). Any other
 * form (user info, a port, another scheme, other characters in the host) is checked by
 * parseSafeUrl itself.
 */
export function safeUrlCheck(): (text: string) => boolean {
	const origins: string[] = [];
	return (text) => {
		for (const origin of origins) {
			if (text.startsWith(origin) && isHostEnd(text, origin.length)) return true;
		}
		const scheme = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : 0;
		let end = scheme;
		if (scheme > 0) while (end < text.length && isHostChar(text.charCodeAt(end))) end++;
		if (end === scheme || !isHostEnd(text, end)) return parseSafeUrl(text).ok;
		const origin = text.slice(0, end);
		if (!parseSafeUrl(origin).ok) return false;
		if (origins.length < 64) origins.push(origin);
		return true;
	};
}
