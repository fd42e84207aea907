/**
 * The extractor's rules, as tables a reader can extend: each row is a phrase as a reporter writes
 * it, and what it means. Phrases are matched word by word on the words' stems (words.ts), so an
 * Arabic phrase also matches with the prefixes و ف ب ل ال and a Russian one in its other cases;
 * write each phrase once, in its plainest form. Adding a language is adding its rows.
 *
 * Why one file of data: the rules are read together (a qualifier next to the scale words it
 * stands before), and a reader who wants to know what the extractor knows reads only this.
 */
import type { Measure, Qualifier } from '../types';

/** A phrase written before a number, and the qualifier it gives the number. */
export interface QualifierRule {
	phrase: string;
	qualifier: Exclude<Qualifier, 'between' | 'exact'>;
}

/** Qualifiers written just before the number ("more than 800", "أكثر من 800", "свыше 800"). */
export const QUALIFIER_RULES: readonly QualifierRule[] = [
	// English
	{ phrase: 'more than', qualifier: 'more_than' },
	{ phrase: 'over', qualifier: 'more_than' },
	{ phrase: 'in excess of', qualifier: 'more_than' },
	{ phrase: 'upwards of', qualifier: 'more_than' },
	{ phrase: 'above', qualifier: 'more_than' },
	{ phrase: 'about', qualifier: 'about' },
	{ phrase: 'around', qualifier: 'about' },
	{ phrase: 'approximately', qualifier: 'about' },
	{ phrase: 'roughly', qualifier: 'about' },
	{ phrase: 'some', qualifier: 'about' },
	{ phrase: 'nearly', qualifier: 'about' },
	{ phrase: 'almost', qualifier: 'about' },
	{ phrase: 'close to', qualifier: 'about' },
	{ phrase: 'an estimated', qualifier: 'about' },
	{ phrase: 'at least', qualifier: 'at_least' },
	{ phrase: 'no fewer than', qualifier: 'at_least' },
	{ phrase: 'no less than', qualifier: 'at_least' },
	{ phrase: 'a minimum of', qualifier: 'at_least' },
	{ phrase: 'up to', qualifier: 'at_most' },
	{ phrase: 'at most', qualifier: 'at_most' },
	{ phrase: 'no more than', qualifier: 'at_most' },
	{ phrase: 'a maximum of', qualifier: 'at_most' },
	{ phrase: 'fewer than', qualifier: 'fewer_than' },
	{ phrase: 'less than', qualifier: 'fewer_than' },
	{ phrase: 'under', qualifier: 'fewer_than' },
	// Arabic
	{ phrase: 'أكثر من', qualifier: 'more_than' },
	{ phrase: 'أزيد من', qualifier: 'more_than' },
	{ phrase: 'ما يزيد على', qualifier: 'more_than' },
	{ phrase: 'ما يزيد عن', qualifier: 'more_than' },
	{ phrase: 'يزيد على', qualifier: 'more_than' },
	{ phrase: 'يزيد عن', qualifier: 'more_than' },
	{ phrase: 'نحو', qualifier: 'about' },
	{ phrase: 'حوالي', qualifier: 'about' },
	{ phrase: 'حوالى', qualifier: 'about' },
	{ phrase: 'قرابة', qualifier: 'about' },
	{ phrase: 'زهاء', qualifier: 'about' },
	{ phrase: 'ما يقارب', qualifier: 'about' },
	{ phrase: 'ما يقرب من', qualifier: 'about' },
	{ phrase: 'تقريبا', qualifier: 'about' },
	{ phrase: 'ما لا يقل عن', qualifier: 'at_least' },
	{ phrase: 'لا يقل عن', qualifier: 'at_least' },
	{ phrase: 'على الأقل', qualifier: 'at_least' },
	{ phrase: 'ما لا يزيد على', qualifier: 'at_most' },
	{ phrase: 'ما لا يزيد عن', qualifier: 'at_most' },
	{ phrase: 'لا يزيد عن', qualifier: 'at_most' },
	{ phrase: 'حتى', qualifier: 'at_most' },
	{ phrase: 'أقل من', qualifier: 'fewer_than' },
	// Russian
	{ phrase: 'свыше', qualifier: 'more_than' },
	{ phrase: 'более', qualifier: 'more_than' },
	{ phrase: 'более чем', qualifier: 'more_than' },
	{ phrase: 'больше', qualifier: 'more_than' },
	{ phrase: 'около', qualifier: 'about' },
	{ phrase: 'порядка', qualifier: 'about' },
	{ phrase: 'почти', qualifier: 'about' },
	{ phrase: 'примерно', qualifier: 'about' },
	{ phrase: 'приблизительно', qualifier: 'about' },
	{ phrase: 'не менее', qualifier: 'at_least' },
	{ phrase: 'не меньше', qualifier: 'at_least' },
	{ phrase: 'как минимум', qualifier: 'at_least' },
	{ phrase: 'по меньшей мере', qualifier: 'at_least' },
	{ phrase: 'до', qualifier: 'at_most' },
	{ phrase: 'не более', qualifier: 'at_most' },
	{ phrase: 'не больше', qualifier: 'at_most' },
	{ phrase: 'менее', qualifier: 'fewer_than' },
	{ phrase: 'меньше', qualifier: 'fewer_than' }
];

/**
 * Phrases that end in a qualifier's word but are no qualifier: "handed over 6" is 6, exactly.
 */
export const NOT_QUALIFIERS: readonly string[] = [
	'handed over',
	'hand over',
	'hands over',
	'turned over',
	'took over',
	'taken over',
	'sent over'
];

/**
 * A range: `open` before the low number, `join` between the two ("between 5 and 7", "بين 5 و7",
 * "от 5 до 7"). An empty `open` is a range written with `join` alone ("5,000-7,000").
 */
export interface RangeRule {
	open: string;
	join: string;
}

export const RANGE_RULES: readonly RangeRule[] = [
	{ open: 'between', join: 'and' },
	{ open: 'from', join: 'to' },
	{ open: 'بين', join: 'و' },
	{ open: 'ما بين', join: 'و' },
	{ open: 'من', join: 'إلى' },
	{ open: 'من', join: 'الى' },
	{ open: 'من', join: 'حتى' },
	{ open: 'между', join: 'и' },
	{ open: 'от', join: 'до' },
	{ open: '', join: '-' },
	{ open: '', join: '–' },
	{ open: '', join: 'to' }
];

/** A word written after a number that multiplies it ("5 thousand", "5 آلاف", "5,7 тыс."). */
export interface ScaleRule {
	word: string;
	factor: number;
}

export const SCALE_RULES: readonly ScaleRule[] = [
	{ word: 'thousand', factor: 1e3 },
	{ word: 'million', factor: 1e6 },
	{ word: 'billion', factor: 1e9 },
	{ word: 'ألف', factor: 1e3 },
	{ word: 'آلاف', factor: 1e3 },
	{ word: 'ألفا', factor: 1e3 },
	{ word: 'مليون', factor: 1e6 },
	{ word: 'ملايين', factor: 1e6 },
	{ word: 'مليار', factor: 1e9 },
	{ word: 'тыс', factor: 1e3 },
	{ word: 'тысяча', factor: 1e3 },
	{ word: 'млн', factor: 1e6 },
	{ word: 'миллион', factor: 1e6 },
	{ word: 'млрд', factor: 1e9 },
	{ word: 'миллиард', factor: 1e9 }
];

/**
 * What joins a scale's remainder in a compound number ("7 آلاف و132" = 7,132; "2 million 300
 * thousand" needs no joiner). The remainder must be smaller than the scale.
 */
export const COMPOUND_JOINERS: readonly string[] = ['و', 'and', 'и'];

/** Words after a number that make it a percentage ("30 per cent", "30 في المائة", "30 процентов"). */
export const PERCENT_WORDS: readonly string[] = [
	'per cent',
	'percent',
	'pct',
	'في المائة',
	'في المئة',
	'بالمائة',
	'بالمئة',
	'процент',
	'проц'
];

/** The percent signs, written right after the number or with a space: `30%`, `٣٠٪`. */
export const PERCENT_SIGNS: readonly string[] = ['%', '٪', '﹪', '％'];

/** Words that make a sentence's figures estimates (of a target) rather than reports. */
export const ESTIMATE_WORDS: readonly string[] = [
	'estimated',
	'estimate',
	'estimates',
	'believed to',
	'thought to number',
	'قدرت',
	'يقدر',
	'تقدر',
	'تقدير',
	'تقديرات',
	'قدر عدد',
	'يقدر عدد',
	'оценивается',
	'оценивают',
	'по оценкам',
	'по оценке',
	'оценочно'
];

/** Words of handing over, verifying, seizing and destroying: the nearest before a number sets its measure. */
export const MEASURE_WORDS: readonly { phrase: string; measure: Measure }[] = [
	{ phrase: 'handed over', measure: 'handed_over' },
	{ phrase: 'surrendered', measure: 'handed_over' },
	{ phrase: 'turned in', measure: 'handed_over' },
	{ phrase: 'handover', measure: 'handed_over' },
	{ phrase: 'collected', measure: 'handed_over' },
	{ phrase: 'سلموا', measure: 'handed_over' },
	{ phrase: 'سلم', measure: 'handed_over' },
	{ phrase: 'تسليم', measure: 'handed_over' },
	{ phrase: 'سلمت', measure: 'handed_over' },
	{ phrase: 'сдано', measure: 'handed_over' },
	{ phrase: 'сдали', measure: 'handed_over' },
	{ phrase: 'передано', measure: 'handed_over' },
	{ phrase: 'передали', measure: 'handed_over' },
	{ phrase: 'verified', measure: 'verified' },
	{ phrase: 'registered', measure: 'verified' },
	{ phrase: 'certified', measure: 'verified' },
	{ phrase: 'تحقق', measure: 'verified' },
	{ phrase: 'التحقق من', measure: 'verified' },
	{ phrase: 'سجلت', measure: 'verified' },
	{ phrase: 'проверено', measure: 'verified' },
	{ phrase: 'верифицировано', measure: 'verified' },
	{ phrase: 'зарегистрировано', measure: 'verified' },
	{ phrase: 'seized', measure: 'seized' },
	{ phrase: 'confiscated', measure: 'seized' },
	{ phrase: 'captured', measure: 'seized' },
	{ phrase: 'ضبط', measure: 'seized' },
	{ phrase: 'ضبطت', measure: 'seized' },
	{ phrase: 'صادرت', measure: 'seized' },
	{ phrase: 'مصادرة', measure: 'seized' },
	{ phrase: 'изъято', measure: 'seized' },
	{ phrase: 'изъяли', measure: 'seized' },
	{ phrase: 'конфисковано', measure: 'seized' },
	{ phrase: 'destroyed', measure: 'destroyed' },
	{ phrase: 'rendered unusable', measure: 'destroyed' },
	{ phrase: 'decommissioned', measure: 'destroyed' },
	{ phrase: 'دمرت', measure: 'destroyed' },
	{ phrase: 'تدمير', measure: 'destroyed' },
	{ phrase: 'أتلفت', measure: 'destroyed' },
	{ phrase: 'إتلاف', measure: 'destroyed' },
	{ phrase: 'уничтожено', measure: 'destroyed' },
	{ phrase: 'уничтожены', measure: 'destroyed' },
	{ phrase: 'уничтожили', measure: 'destroyed' }
];

/**
 * Words after a number that make it a measurement of size, not a count ("40 mm grenades": 40 is
 * the calibre). A number followed by one of them is no figure.
 */
export const NOT_COUNT_WORDS: readonly string[] = [
	'mm',
	'cm',
	'calibre',
	'caliber',
	'ملم',
	'مم',
	'мм',
	'калибра'
];

/** Abbreviations whose full stop does not end a sentence ("5,7 тыс. единиц"). */
export const ABBREVIATIONS: readonly string[] = [
	'тыс',
	'млн',
	'млрд',
	'ед',
	'шт',
	'т.е',
	'approx',
	'est',
	'no',
	'nos',
	'e.g',
	'i.e',
	'mr',
	'dr',
	'gen',
	'lt',
	'col',
	'u.n',
	'u.s'
];

/** How far a number may be from the words naming what it counts, in words between them. */
export const TERM_DISTANCE = { after: 5, before: 3 } as const;
