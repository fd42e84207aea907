/**
 * From a report's text to the figures it states: each number, with its qualifier, range, unit
 * and measure, paired with the category or estimate target named nearest to it in its clause;
 * and each category named with no number. Rules, not a model: the tables are in rules.ts and
 * words.ts, the dataset's words in its terms columns (vocabulary.ts).
 *
 * @example extractFigures('They handed over more than 800 firearms.', vocabularyOf(dataset))
 *   // [{ kind: 'report', category: 'firearms', quantity: 800, quantity_high: null,
 *   //    qualifier: 'more_than', unit: 'count', measure: 'handed_over', start: 17, end: 39,
 *   //    sentence: 'They handed over more than 800 firearms.' }]
 */
import type { Measure, Qualifier, QuantityUnit } from '../types';
import { numbersIn, type NumberMatch } from './numbers';
import {
	indexPhrases,
	longestStartingAt,
	phraseOf,
	stemmedWordsOf,
	type PhraseIndex,
	type StemCache,
	type StemmedWord
} from './phrases';
import { ESTIMATE_WORDS, MEASURE_WORDS, TERM_DISTANCE } from './rules';
import { clauseBreaks, clauseOf, sentencesOf, type Span } from './sentences';
import { termsIn, type TermMatch, type Vocabulary } from './vocabulary';

interface FigureFields {
	/** The number stated; null when the text names the category with no number. */
	quantity: number | null;
	/** The upper end of a range (`between`); null otherwise. */
	quantity_high: number | null;
	/** null exactly when `quantity` is null. */
	qualifier: Qualifier | null;
	unit: QuantityUnit;
	/** Where the figure's words (qualifier, number, what it counts) start and end in the text. */
	start: number;
	end: number;
	/** The sentence they stand in: the row's quote. */
	sentence: string;
}

/** A figure found in a text: a report of a category, or an estimate of a target. */
export type ExtractedFigure =
	| ({ kind: 'report'; category: string; measure: Measure } & FigureFields)
	| ({ kind: 'estimate'; target: string; measure: null } & FigureFields);

const ESTIMATES = indexPhrases(ESTIMATE_WORDS.map((w) => phraseOf(w)));
const MEASURES = indexPhrases(MEASURE_WORDS.map((r) => phraseOf(r.phrase)));

/** Each match of `phrases` among `words`: where it starts and which phrase. */
function phraseHits(text: string, words: readonly StemmedWord[], phrases: PhraseIndex) {
	const hits: { start: number; index: number }[] = [];
	for (let i = 0; i < words.length; i++) {
		const hit = longestStartingAt(text, words, i, phrases);
		if (hit !== null) {
			hits.push({ start: words[i]!.start, index: hit.index });
			i += hit.length - 1;
		}
	}
	return hits;
}

/** The measure of a figure at `pos`: the nearest measure word in its clause, else the last one before it. */
function measureAt(
	hits: readonly { start: number; index: number }[],
	breaks: readonly number[],
	pos: number
): Measure {
	const clause = clauseOf(breaks, pos);
	let best: { distance: number; index: number } | null = null;
	let lastBefore: number | null = null;
	for (const hit of hits) {
		if (hit.start < pos) lastBefore = hit.index;
		if (clauseOf(breaks, hit.start) !== clause) continue;
		const distance = Math.abs(hit.start - pos);
		if (best === null || distance < best.distance) best = { distance, index: hit.index };
	}
	const index = best?.index ?? lastBefore;
	return index === null ? 'handed_over' : MEASURE_WORDS[index]!.measure;
}

/** The first word (index) starting at or after `pos`. */
function firstFrom(words: readonly StemmedWord[], pos: number): number {
	let i = 0;
	while (i < words.length && words[i]!.start < pos) i++;
	return i;
}

/** The term a number counts: the nearest unclaimed one after it in its clause, else before it. */
function termFor(
	n: NumberMatch,
	k: number,
	numbers: readonly NumberMatch[],
	terms: readonly TermMatch[],
	claimed: ReadonlySet<TermMatch>,
	words: readonly StemmedWord[],
	breaks: readonly number[]
): TermMatch | null {
	const clause = clauseOf(breaks, n.numberStart);
	const nextStart = numbers[k + 1]?.start ?? Infinity;
	const prevEnd = numbers[k - 1]?.end ?? -Infinity;
	const after = firstFrom(words, n.end);
	for (const term of terms) {
		if (term.start < n.end || claimed.has(term)) continue;
		if (term.start >= nextStart || term.firstWord - after > TERM_DISTANCE.after) break;
		if (clauseOf(breaks, term.start) === clause) return term;
		break;
	}
	const before = firstFrom(words, n.start) - 1;
	for (let t = terms.length - 1; t >= 0; t--) {
		const term = terms[t]!;
		if (term.end > n.start || claimed.has(term)) continue;
		if (term.start < prevEnd || before - term.lastWord > TERM_DISTANCE.before) break;
		if (clauseOf(breaks, term.end) === clause) return term;
		break;
	}
	return null;
}

interface Found {
	figure: ExtractedFigure;
	/** A category named with no number: kept only if no figure of the text counts it. */
	bare: boolean;
}

function inSentence(text: string, span: Span, vocabulary: Vocabulary, cache: StemCache): Found[] {
	const words = stemmedWordsOf(text, span.start, span.end, cache);
	const sentence = text.slice(span.start, span.end);
	const estimating = phraseHits(text, words, ESTIMATES).length > 0;
	const numbers = numbersIn(text, span.start, span.end, words);
	// The words of the numbers themselves (a scale word, "per cent") name nothing.
	const free = words.filter((w) => !numbers.some((n) => w.start >= n.numberStart && w.end <= n.end));
	const terms = termsIn(text, free, vocabulary, (c) => !estimating || c.kind === 'estimate');
	const breaks = clauseBreaks(text, span.start, span.end);
	const measures = phraseHits(text, words, MEASURES);
	const claimed = new Set<TermMatch>();
	const found: Found[] = [];
	const figureOf = (
		term: TermMatch,
		fields: Omit<FigureFields, 'sentence'>,
		at: number
	): ExtractedFigure =>
		term.counted.kind === 'report'
			? { kind: 'report', category: term.counted.category, measure: measureAt(measures, breaks, at), ...fields, sentence }
			: { kind: 'estimate', target: term.counted.target, measure: null, ...fields, sentence };
	numbers.forEach((n, k) => {
		const term = termFor(n, k, numbers, terms, claimed, free, breaks);
		if (term === null) return;
		claimed.add(term);
		const fields = {
			quantity: n.value,
			quantity_high: n.high,
			qualifier: n.qualifier,
			unit: n.unit,
			start: Math.min(n.start, term.start),
			end: Math.max(n.end, term.end)
		};
		found.push({ figure: figureOf(term, fields, n.numberStart), bare: false });
	});
	// A clause with a number is that number's: a category named in it unclaimed describes the
	// figure ("1,765,862 ammunitions of different sizes of small arms"), it is not a report.
	const numbered = new Set(numbers.map((n) => clauseOf(breaks, n.numberStart)));
	for (const term of terms) {
		if (claimed.has(term) || term.counted.kind !== 'report' || estimating) continue;
		if (numbered.has(clauseOf(breaks, term.start))) continue;
		const fields = {
			quantity: null,
			quantity_high: null,
			qualifier: null,
			unit: 'count' as const,
			start: term.start,
			end: term.end
		};
		found.push({ figure: figureOf(term, fields, term.start), bare: true });
	}
	return found;
}

/**
 * The figures `text` states, in the order they stand in it. Never throws; every offset lies
 * within the text.
 */
export function extractFigures(text: string, vocabulary: Vocabulary): ExtractedFigure[] {
	const cache: StemCache = new Map();
	const found = sentencesOf(text).flatMap((span) => inSentence(text, span, vocabulary, cache));
	const counted = new Set(
		found.filter((f) => !f.bare && f.figure.kind === 'report').map((f) => categoryOf(f.figure))
	);
	const named = new Set<string>();
	const figures: ExtractedFigure[] = [];
	for (const { figure, bare } of found) {
		if (bare) {
			// Named again, or counted elsewhere in the text: not another report.
			const id = categoryOf(figure);
			if (counted.has(id) || named.has(id)) continue;
			named.add(id);
		}
		figures.push(figure);
	}
	return figures.sort((a, b) => a.start - b.start);
}

function categoryOf(figure: ExtractedFigure): string {
	return figure.kind === 'report' ? figure.category : `target:${figure.target}`;
}
