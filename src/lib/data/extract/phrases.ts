/**
 * Phrases (a rule's words, a category's term) found among a text's words. A phrase's words must
 * stand next to each other, with only spaces or hyphens between them, and each must share a stem
 * with the phrase's word (words.ts).
 */
import { stemsOf, wordsOf, type Word } from './words';

/** A phrase as the matcher holds it: each of its words' stems. */
export type Phrase = readonly ReadonlySet<string>[];

/** A word of the text with its stems. */
export interface StemmedWord extends Word {
	stems: readonly string[];
}

/** @example phraseOf('more than').length // 2 */
export function phraseOf(text: string): Phrase {
	return wordsOf(text).map((w) => new Set(stemsOf(w.text)));
}

/** Stems are cached by word: a long text repeats its words. */
export type StemCache = Map<string, readonly string[]>;

/** The words of `text` between `from` and `to`, each with its stems. */
export function stemmedWordsOf(
	text: string,
	from: number,
	to: number,
	cache: StemCache
): StemmedWord[] {
	return wordsOf(text, from, to).map((w) => {
		let stems = cache.get(w.text);
		if (stems === undefined) {
			stems = stemsOf(w.text);
			cache.set(w.text, stems);
		}
		return { ...w, stems };
	});
}

/** True when the word shares a stem with `stems`. */
export function wordMatches(word: StemmedWord, stems: ReadonlySet<string>): boolean {
	for (const stem of word.stems) if (stems.has(stem)) return true;
	return false;
}

const JOINED = /^[\s\-‐–]*$/u;

/** True when only spaces or hyphens stand between `a` and `b` (positions in `text`). */
export function adjacent(text: string, a: number, b: number): boolean {
	return a <= b && JOINED.test(text.slice(a, b));
}

/** True when `phrase` stands at words[i], words[i+1], ... */
export function matchesAt(
	text: string,
	words: readonly StemmedWord[],
	i: number,
	phrase: Phrase
): boolean {
	if (i + phrase.length > words.length) return false;
	for (let k = 0; k < phrase.length; k++) {
		const word = words[i + k]!;
		if (!wordMatches(word, phrase[k]!)) return false;
		if (k > 0 && !adjacent(text, words[i + k - 1]!.end, word.start)) return false;
	}
	return true;
}

/** The longest of `phrases` whose last word is words[j]: its first word and its index; null for none. */
export function longestEndingAt(
	text: string,
	words: readonly StemmedWord[],
	j: number,
	phrases: readonly Phrase[]
): { first: number; index: number } | null {
	let best: { first: number; index: number } | null = null;
	phrases.forEach((phrase, index) => {
		const first = j - phrase.length + 1;
		if (first < 0 || (best !== null && first >= best.first)) return;
		if (matchesAt(text, words, first, phrase)) best = { first, index };
	});
	return best;
}

/** Phrases indexed by their first word's stems, so that a word is tried only against its own. */
export interface PhraseIndex {
	phrases: readonly Phrase[];
	byFirstStem: ReadonlyMap<string, readonly number[]>;
}

/** @example indexPhrases([phraseOf('more than')]).byFirstStem.get('more') // [0] */
export function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
	const byFirstStem = new Map<string, number[]>();
	phrases.forEach((phrase, index) => {
		for (const stem of phrase[0] ?? []) {
			const at = byFirstStem.get(stem);
			if (at === undefined) byFirstStem.set(stem, [index]);
			else if (at[at.length - 1] !== index) at.push(index);
		}
	});
	return { phrases, byFirstStem };
}

/** The longest phrase of `index` that starts at words[i]: its index and length; null for none. */
export function longestStartingAt(
	text: string,
	words: readonly StemmedWord[],
	i: number,
	index: PhraseIndex
): { index: number; length: number } | null {
	let best: { index: number; length: number } | null = null;
	for (const stem of words[i]?.stems ?? []) {
		for (const k of index.byFirstStem.get(stem) ?? []) {
			const phrase = index.phrases[k]!;
			if (best !== null && phrase.length <= best.length) continue;
			if (matchesAt(text, words, i, phrase)) best = { index: k, length: phrase.length };
		}
	}
	return best;
}
