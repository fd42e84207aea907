/**
 * What a dataset counts, as phrases to find in a text: each category's terms (categories.csv's
 * `terms`, `terms_ar`, `terms_ru`, and its labels) make a report; each estimate target's terms
 * (estimates.csv's, and its labels) make an estimate.
 */
import type { Localized, Terms } from '../types';
import { matchesAt, phraseOf, type Phrase, type StemmedWord } from './phrases';

/** What a phrase names: a category (its figures are reports) or an estimate's target. */
export type Counted = { kind: 'report'; category: string } | { kind: 'estimate'; target: string };

export interface Vocabulary {
	/** The phrases, each with what it names, longest first. */
	phrases: readonly { phrase: Phrase; counted: Counted }[];
	/** The phrases (indexes into `phrases`) by each stem of their first word. */
	byFirstStem: ReadonlyMap<string, readonly number[]>;
}

/** The parts of a dataset the vocabulary is made from. */
export interface VocabularySource {
	categories: readonly { id: string; label: Localized; terms?: Terms }[];
	estimates: readonly { target: string; label: Localized; terms?: Terms }[];
}

function phrasesOf(label: Localized, terms: Terms | undefined): string[] {
	const all = [label.value, ...Object.values(label.translations)];
	for (const list of Object.values(terms ?? {})) all.push(...list);
	return [...new Set(all.map((t) => t.trim()).filter((t) => t !== ''))];
}

/**
 * @example vocabularyOf(dataset).phrases.length // every term and label of its categories and targets
 */
export function vocabularyOf(source: VocabularySource): Vocabulary {
	const list: { phrase: Phrase; counted: Counted }[] = [];
	for (const c of source.categories) {
		for (const text of phrasesOf(c.label, c.terms)) {
			list.push({ phrase: phraseOf(text), counted: { kind: 'report', category: c.id } });
		}
	}
	for (const e of source.estimates) {
		for (const text of phrasesOf(e.label, e.terms)) {
			list.push({ phrase: phraseOf(text), counted: { kind: 'estimate', target: e.target } });
		}
	}
	const phrases = list.filter((p) => p.phrase.length > 0).sort((a, b) => b.phrase.length - a.phrase.length);
	const byFirstStem = new Map<string, number[]>();
	phrases.forEach(({ phrase }, index) => {
		for (const stem of phrase[0]!) {
			const at = byFirstStem.get(stem);
			if (at === undefined) byFirstStem.set(stem, [index]);
			else if (at[at.length - 1] !== index) at.push(index);
		}
	});
	return { phrases, byFirstStem };
}

/** A phrase of the vocabulary found in a text: its words' span and what it names. */
export interface TermMatch {
	start: number;
	end: number;
	/** Index of its first and last words in the sentence's words. */
	firstWord: number;
	lastWord: number;
	counted: Counted;
}

/**
 * The vocabulary's phrases among `words`, left to right, the longest at each word, never
 * overlapping; `allow` says which kinds count here.
 */
export function termsIn(
	text: string,
	words: readonly StemmedWord[],
	vocabulary: Vocabulary,
	allow: (counted: Counted) => boolean
): TermMatch[] {
	const found: TermMatch[] = [];
	for (let i = 0; i < words.length; ) {
		let best = -1;
		for (const stem of words[i]!.stems) {
			for (const index of vocabulary.byFirstStem.get(stem) ?? []) {
				const candidate = vocabulary.phrases[index]!;
				if (best !== -1 && vocabulary.phrases[best]!.phrase.length >= candidate.phrase.length) continue;
				if (!allow(candidate.counted)) continue;
				if (matchesAt(text, words, i, candidate.phrase)) best = index;
			}
		}
		if (best === -1) {
			i++;
			continue;
		}
		const { phrase, counted } = vocabulary.phrases[best]!;
		const last = i + phrase.length - 1;
		found.push({ start: words[i]!.start, end: words[last]!.end, firstWord: i, lastWord: last, counted });
		i = last + 1;
	}
	return found;
}
