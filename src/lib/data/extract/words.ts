/**
 * Words of a text and the forms they are compared in. A word is compared by its stems: the
 * forms it may have been made from by the inflections below, so that "وللدروع", "الدروع" and
 * "دروع" meet, as do "бронетехники" and "бронетехника", "missiles" and "missile". Two words
 * match when they share a stem. The inflections are tables too: extend them here.
 */

/** A word of a text, with where it stands (JavaScript string indexes, end exclusive). */
export interface Word {
	text: string;
	start: number;
	end: number;
}

// Letters and combining marks (Arabic vowel signs); digits are numbers (numbers.ts), not words.
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * The words of `text` from `from` to `to`, in order. A hyphen splits words ("anti-tank" is two),
 * so that "anti-tank" and "anti tank" are the same phrase.
 * @example wordsOf('6 units of armour') // [{ text: 'units', start: 2, end: 7 }, ...]
 */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
	const words: Word[] = [];
	const re = new RegExp(WORD.source, 'gu');
	re.lastIndex = from;
	for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
		words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	}
	return words;
}

const ARABIC = /[\u0600-\u06ff]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Arabic letters in one spelling: no vowel signs or tatweel, one alef, final ya and ta marbuta as ي and ه. */
export function normalizeArabic(word: string): string {
	return word
		.replace(/[\u064b-\u065f\u0670\u0640]/g, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه');
}

/** The Arabic prefixes a word may carry (conjunctions, prepositions, the article), longest first. */
export const ARABIC_PREFIXES: readonly string[] = [
	'وبال',
	'وال',
	'فال',
	'بال',
	'كال',
	'ولل',
	'لل',
	'ال',
	'وب',
	'ول',
	'و',
	'ف',
	'ب',
	'ل',
	'ك'
];

/** Arabic endings of plurals, duals and the feminine (normalized spelling: ة is ه). */
export const ARABIC_SUFFIXES: readonly string[] = ['ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي'];

/** Russian case and number endings, longest first. */
export const RUSSIAN_ENDINGS: readonly string[] = [
	'иями',
	'ями',
	'ами',
	'ого',
	'его',
	'ому',
	'ему',
	'ыми',
	'ими',
	'ией',
	'ых',
	'их',
	'ий',
	'ый',
	'ой',
	'ей',
	'ая',
	'яя',
	'ое',
	'ее',
	'ые',
	'ие',
	'ую',
	'юю',
	'ов',
	'ев',
	'ам',
	'ям',
	'ах',
	'ях',
	'ом',
	'ем',
	'ью',
	'ия',
	'а',
	'я',
	'о',
	'е',
	'ы',
	'и',
	'у',
	'ю',
	'ь'
];

/** English plural endings and what they replace. */
export const ENGLISH_ENDINGS: readonly { ending: string; base: string }[] = [
	{ ending: 'ies', base: 'y' },
	{ ending: 'es', base: '' },
	{ ending: 's', base: '' }
];

/** Stems shorter than this are not made (a two-letter stem would match too much). */
const MIN_STEM = 2;

function arabicStems(word: string): string[] {
	const base = normalizeArabic(word);
	const bare = [base];
	for (const prefix of ARABIC_PREFIXES) {
		if (base.startsWith(prefix) && base.length - prefix.length >= MIN_STEM + 1) {
			bare.push(base.slice(prefix.length));
		}
	}
	const stems = new Set(bare);
	for (const form of bare) {
		for (const suffix of ARABIC_SUFFIXES) {
			if (form.endsWith(suffix) && form.length - suffix.length >= MIN_STEM + 1) {
				stems.add(form.slice(0, -suffix.length));
			}
		}
	}
	return [...stems];
}

function russianStems(word: string): string[] {
	const base = word.toLowerCase().replace(/ё/g, 'е');
	const stems = [base];
	for (const ending of RUSSIAN_ENDINGS) {
		if (base.endsWith(ending) && base.length - ending.length >= MIN_STEM + 1) {
			stems.push(base.slice(0, -ending.length));
		}
	}
	return stems;
}

function englishStems(word: string): string[] {
	const base = word.toLowerCase().replace(/’/g, "'");
	const stems = [base];
	for (const { ending, base: replacement } of ENGLISH_ENDINGS) {
		if (base.endsWith(ending) && base.length - ending.length >= MIN_STEM) {
			stems.push(base.slice(0, -ending.length) + replacement);
		}
	}
	return stems;
}

/**
 * The forms a word may stand for, the word itself (normalized) first.
 * @example stemsOf('وللدروع') // ['وللدروع', 'للدروع', 'لدروع', 'دروع', ...]
 * @example stemsOf('бронетехники') // ['бронетехники', 'бронетехник']
 */
export function stemsOf(word: string): string[] {
	if (ARABIC.test(word)) return arabicStems(word);
	if (CYRILLIC.test(word)) return russianStems(word);
	return englishStems(word);
}
