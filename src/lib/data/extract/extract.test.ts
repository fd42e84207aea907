import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../load';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import type { IsoDate, Localized } from '../types';
import { extractFigures, type ExtractedFigure } from './extract';
import { vocabularyOf } from './vocabulary';

const TODAY = '2026-01-01' as IsoDate;
const seed = loadDataset(SEED_ID, SEED_FILES, { today: TODAY }).dataset;
const vocabulary = vocabularyOf(seed);
const SEED_TEXT = readFileSync(
	new URL('../../../../tests/fixtures/texts/karabakh-2023-seed.ar.txt', import.meta.url),
	'utf8'
);

/** A figure as the tables below write it: what it counts, its figure, and the words it spans. */
interface Expected {
	id: string;
	quantity: number | null;
	qualifier?: ExtractedFigure['qualifier'];
	high?: number | null;
	unit?: 'count' | 'percent';
	measure?: ExtractedFigure['measure'];
	/** The figure's words, exactly as `text.slice(start, end)`. */
	words: string;
}

function shown(text: string, f: ExtractedFigure) {
	return {
		id: f.kind === 'report' ? f.category : `target:${f.target}`,
		quantity: f.quantity,
		qualifier: f.qualifier,
		high: f.quantity_high,
		unit: f.unit,
		measure: f.measure,
		words: text.slice(f.start, f.end)
	};
}

function expected(e: Expected) {
	const estimate = e.id.startsWith('target:');
	return {
		id: e.id,
		quantity: e.quantity,
		qualifier: e.qualifier ?? (e.quantity === null ? null : 'exact'),
		high: e.high ?? null,
		unit: e.unit ?? 'count',
		measure: e.measure !== undefined ? e.measure : estimate ? null : 'handed_over',
		words: e.words
	};
}

describe('the seed report', () => {
	const figures = extractFigures(SEED_TEXT, vocabulary);

	test('gives exactly its five reports and two estimates, at their offsets', () => {
		const at = (words: string) => SEED_TEXT.indexOf(words);
		expect(figures.map((f) => ({ ...shown(SEED_TEXT, f), start: f.start, end: f.end }))).toEqual(
			[
				{ id: 'armored_vehicles', quantity: 6, words: '6 وحدات من المركبات المدرعة' },
				{ id: 'anti_tank_missiles', quantity: null, words: 'وصواريخ مضادة للدروع' },
				{ id: 'manpads', quantity: null, words: 'ومنظومات دفاع جوي محمولة' },
				{ id: 'firearms', quantity: 800, qualifier: 'more_than', words: 'وأكثر من 800 سلاح ناري' },
				{ id: 'ammunition', quantity: 5000, qualifier: 'about', words: 'ونحو 5 آلاف قطعة من الذخيرة' },
				{ id: 'target:fighters', quantity: 10000, qualifier: 'about', words: 'نحو 10 آلاف مسلح' },
				{
					id: 'target:tanks_and_armored_vehicles',
					quantity: 100,
					qualifier: 'about',
					words: 'نحو 100 دبابة ومدرعة'
				}
			].map((e) => ({
				...expected(e as Expected),
				start: at(e.words),
				end: at(e.words) + e.words.length
			}))
		);
		expect(figures.map((f) => f.start)).toEqual([1141, 1170, 1192, 1218, 1242, 1480, 1523]);
	});

	test('each quote holds the bundled row’s quote, and each figure matches its row', () => {
		const reports = figures.filter((f) => f.kind === 'report');
		for (const row of seed.reports) {
			const figure = reports.find((f) => f.category === row.category)!;
			expect(figure.sentence).toContain(row.quote);
			expect(figure.quantity).toBe(row.stated?.value ?? null);
			expect(figure.qualifier).toBe(row.stated?.qualifier ?? null);
		}
		const estimates = figures.filter((f) => f.kind === 'estimate');
		for (const row of seed.estimates) {
			const figure = estimates.find((f) => f.target === row.target)!;
			expect(figure.sentence).toContain(row.quote);
			expect([figure.quantity, figure.qualifier]).toEqual([row.stated.value, row.stated.qualifier]);
		}
	});
});

// Each language's number forms, qualifiers, units and measures, against the seed's vocabulary.
const CASES: [string, string, Expected[]][] = [
	// English
	['en: plain', 'They handed over 6 armoured vehicles.', [{ id: 'armored_vehicles', quantity: 6, words: '6 armoured vehicles' }]],
	['en: comma thousands', 'In all 38,255 rifles were collected.', [{ id: 'firearms', quantity: 38255, words: '38,255 rifles' }]],
	['en: space thousands', 'In all 1 765 862 cartridges.', [{ id: 'ammunition', quantity: 1765862, words: '1 765 862 cartridges' }]],
	['en: scale word', 'About 5 thousand pieces of ammunition.', [{ id: 'ammunition', quantity: 5000, qualifier: 'about', words: 'About 5 thousand pieces of ammunition' }]],
	['en: decimal and million', 'Some 1.3 million cartridges were destroyed.', [{ id: 'ammunition', quantity: 1300000, qualifier: 'about', measure: 'destroyed', words: 'Some 1.3 million cartridges' }]],
	['en: more than', 'They surrendered more than 800 firearms.', [{ id: 'firearms', quantity: 800, qualifier: 'more_than', words: 'more than 800 firearms' }]],
	['en: over', 'Over 800 small arms.', [{ id: 'firearms', quantity: 800, qualifier: 'more_than', words: 'Over 800 small arms' }]],
	['en: in excess of', 'In excess of 800 rifles.', [{ id: 'firearms', quantity: 800, qualifier: 'more_than', words: 'In excess of 800 rifles' }]],
	['en: approximately', 'Approximately 7,000 rifles.', [{ id: 'firearms', quantity: 7000, qualifier: 'about', words: 'Approximately 7,000 rifles' }]],
	['en: around', 'around 100 MANPADS', [{ id: 'manpads', quantity: 100, qualifier: 'about', words: 'around 100 MANPADS' }]],
	['en: nearly', 'nearly 1,300 cartridges', [{ id: 'ammunition', quantity: 1300, qualifier: 'about', words: 'nearly 1,300 cartridges' }]],
	['en: almost', 'almost 40 anti-tank missiles', [{ id: 'anti_tank_missiles', quantity: 40, qualifier: 'about', words: 'almost 40 anti-tank missiles' }]],
	['en: at least', 'at least 12 armoured vehicles', [{ id: 'armored_vehicles', quantity: 12, qualifier: 'at_least', words: 'at least 12 armoured vehicles' }]],
	['en: up to', 'up to 30 anti-armour missiles', [{ id: 'anti_tank_missiles', quantity: 30, qualifier: 'at_most', words: 'up to 30 anti-armour missiles' }]],
	['en: at most', 'at most 30 ATGMs', [{ id: 'anti_tank_missiles', quantity: 30, qualifier: 'at_most', words: 'at most 30 ATGMs' }]],
	['en: fewer than', 'fewer than 10 man-portable air defence systems', [{ id: 'manpads', quantity: 10, qualifier: 'fewer_than', words: 'fewer than 10 man-portable air defence systems' }]],
	['en: between', 'between 500 and 600 rifles', [{ id: 'firearms', quantity: 500, high: 600, qualifier: 'between', words: 'between 500 and 600 rifles' }]],
	['en: from to', 'from 900 to 1,000 firearms', [{ id: 'firearms', quantity: 900, high: 1000, qualifier: 'between', words: 'from 900 to 1,000 firearms' }]],
	['en: dash range', '5,000-7,000 rifles', [{ id: 'firearms', quantity: 5000, high: 7000, qualifier: 'between', words: '5,000-7,000 rifles' }]],
	['en: percent sign', '30% of their firearms', [{ id: 'firearms', quantity: 30, unit: 'percent', words: '30% of their firearms' }]],
	['en: per cent', 'about 40 per cent of the rifles', [{ id: 'firearms', quantity: 40, qualifier: 'about', unit: 'percent', words: 'about 40 per cent of the rifles' }]],
	['en: verified', 'The mission verified 7,132 rifles.', [{ id: 'firearms', quantity: 7132, measure: 'verified', words: '7,132 rifles' }]],
	['en: seized', 'Police seized 20 rifles and 300 cartridges.', [{ id: 'firearms', quantity: 20, measure: 'seized', words: '20 rifles' }, { id: 'ammunition', quantity: 300, measure: 'seized', words: '300 cartridges' }]],
	['en: estimate', 'Officials estimated that 10,000 fighters remain.', [{ id: 'target:fighters', quantity: 10000, words: '10,000 fighters' }]],
	['en: estimate with qualifier', 'There are an estimated 100 tanks and armoured vehicles.', [{ id: 'target:tanks_and_armored_vehicles', quantity: 100, qualifier: 'about', words: 'an estimated 100 tanks and armoured vehicles' }]],
	['en: no number', 'Anti-tank missiles were also handed over.', [{ id: 'anti_tank_missiles', quantity: null, words: 'Anti-tank missiles' }]],
	['en: counts nothing known', 'The operation lasted 24 hours; on 2023-09-22 page 12 said 5 trucks.', []],
	// Arabic
	['ar: plain', 'سلموا 6 وحدات من المركبات المدرعة', [{ id: 'armored_vehicles', quantity: 6, words: '6 وحدات من المركبات المدرعة' }]],
	['ar: Arabic-Indic digits', 'سلموا ٨٠٠ سلاح ناري', [{ id: 'firearms', quantity: 800, words: '٨٠٠ سلاح ناري' }]],
	['ar: Arabic thousands separator', 'سلموا ٥٬٠٠٠ قطعة ذخيرة', [{ id: 'ammunition', quantity: 5000, words: '٥٬٠٠٠ قطعة ذخيرة' }]],
	['ar: آلاف', 'نحو 5 آلاف قطعة من الذخيرة', [{ id: 'ammunition', quantity: 5000, qualifier: 'about', words: 'نحو 5 آلاف قطعة من الذخيرة' }]],
	['ar: ألف', 'أكثر من 20 ألف طلقة', [{ id: 'ammunition', quantity: 20000, qualifier: 'more_than', words: 'أكثر من 20 ألف طلقة' }]],
	['ar: مليون', 'حوالي 1.7 مليون طلقة', [{ id: 'ammunition', quantity: 1700000, qualifier: 'about', words: 'حوالي 1.7 مليون طلقة' }]],
	['ar: compound', 'سلمت 7 آلاف و132 قطعة من الأسلحة النارية', [{ id: 'firearms', quantity: 7132, words: '7 آلاف و132 قطعة من الأسلحة النارية' }]],
	['ar: قرابة', 'قرابة 300 صاروخ مضاد للدبابات', [{ id: 'anti_tank_missiles', quantity: 300, qualifier: 'about', words: 'قرابة 300 صاروخ مضاد للدبابات' }]],
	['ar: ما لا يقل عن', 'ما لا يقل عن 40 منظومة دفاع جوي محمولة', [{ id: 'manpads', quantity: 40, qualifier: 'at_least', words: 'ما لا يقل عن 40 منظومة دفاع جوي محمولة' }]],
	['ar: أقل من', 'أقل من 10 مدرعات', [{ id: 'armored_vehicles', quantity: 10, qualifier: 'fewer_than', words: 'أقل من 10 مدرعات' }]],
	['ar: بين و', 'بين 500 و600 بندقية', [{ id: 'firearms', quantity: 500, high: 600, qualifier: 'between', words: 'بين 500 و600 بندقية' }]],
	['ar: من إلى', 'من 900 إلى 1000 سلاح ناري', [{ id: 'firearms', quantity: 900, high: 1000, qualifier: 'between', words: 'من 900 إلى 1000 سلاح ناري' }]],
	['ar: percent', 'سلموا ٣٠٪ من الأسلحة النارية', [{ id: 'firearms', quantity: 30, unit: 'percent', words: '٣٠٪ من الأسلحة النارية' }]],
	['ar: في المائة', 'سلموا 40 في المائة من الذخائر', [{ id: 'ammunition', quantity: 40, unit: 'percent', words: '40 في المائة من الذخائر' }]],
	['ar: seized', 'وضبطت الشرطة 20 بندقية', [{ id: 'firearms', quantity: 20, measure: 'seized', words: '20 بندقية' }]],
	['ar: destroyed', 'وتم تدمير 15 مدرعة', [{ id: 'armored_vehicles', quantity: 15, measure: 'destroyed', words: '15 مدرعة' }]],
	['ar: estimate', 'ويقدر عدد المسلحين بنحو 10 آلاف مسلح', [{ id: 'target:fighters', quantity: 10000, qualifier: 'about', words: 'بنحو 10 آلاف مسلح' }]],
	['ar: no number, prefixes', 'وسلموا أيضا الذخيرة', [{ id: 'ammunition', quantity: null, words: 'الذخيرة' }]],
	['ar: counts nothing known', 'واستمرت العملية نحو 24 ساعة في 2023', []],
	// Russian
	['ru: the ministry', 'Сдано 6 единиц бронетехники, свыше 800 единиц стрелкового оружия.', [{ id: 'armored_vehicles', quantity: 6, words: '6 единиц бронетехники' }, { id: 'firearms', quantity: 800, qualifier: 'more_than', words: 'свыше 800 единиц стрелкового оружия' }]],
	['ru: decimal comma', 'около 5,7 тысяч боеприпасов', [{ id: 'ammunition', quantity: 5700, qualifier: 'about', words: 'около 5,7 тысяч боеприпасов' }]],
	['ru: тыс.', 'более 5,7 тыс. патронов', [{ id: 'ammunition', quantity: 5700, qualifier: 'more_than', words: 'более 5,7 тыс. патронов' }]],
	['ru: space thousands', '10 000 патронов', [{ id: 'ammunition', quantity: 10000, words: '10 000 патронов' }]],
	['ru: млн', '1,2 млн патронов', [{ id: 'ammunition', quantity: 1200000, words: '1,2 млн патронов' }]],
	['ru: порядка', 'порядка 100 ПЗРК', [{ id: 'manpads', quantity: 100, qualifier: 'about', words: 'порядка 100 ПЗРК' }]],
	['ru: почти', 'почти 40 противотанковых ракет', [{ id: 'anti_tank_missiles', quantity: 40, qualifier: 'about', words: 'почти 40 противотанковых ракет' }]],
	['ru: не менее', 'не менее 12 единиц бронетехники', [{ id: 'armored_vehicles', quantity: 12, qualifier: 'at_least', words: 'не менее 12 единиц бронетехники' }]],
	['ru: до', 'до 30 ПТУР', [{ id: 'anti_tank_missiles', quantity: 30, qualifier: 'at_most', words: 'до 30 ПТУР' }]],
	['ru: менее', 'менее 10 автоматов', [{ id: 'firearms', quantity: 10, qualifier: 'fewer_than', words: 'менее 10 автоматов' }]],
	['ru: от до', 'от 500 до 600 автоматов', [{ id: 'firearms', quantity: 500, high: 600, qualifier: 'between', words: 'от 500 до 600 автоматов' }]],
	['ru: процентов', '30 процентов стрелкового оружия', [{ id: 'firearms', quantity: 30, unit: 'percent', words: '30 процентов стрелкового оружия' }]],
	['ru: seized', 'Изъято 20 автоматов.', [{ id: 'firearms', quantity: 20, measure: 'seized', words: '20 автоматов' }]],
	['ru: destroyed', 'Уничтожено 15 единиц бронетехники.', [{ id: 'armored_vehicles', quantity: 15, measure: 'destroyed', words: '15 единиц бронетехники' }]],
	['ru: estimate', 'По оценкам, около 10 тыс. боевиков.', [{ id: 'target:fighters', quantity: 10000, qualifier: 'about', words: 'около 10 тыс. боевиков' }]],
	['ru: no number, case', 'Также сданы переносные зенитные ракетные комплексы.', [{ id: 'manpads', quantity: null, words: 'переносные зенитные ракетные комплексы' }]]
];

describe('number forms, qualifiers and measures, in three languages', () => {
	test.each(CASES)('%s', (_, text, figures) => {
		expect(extractFigures(text, vocabulary).map((f) => shown(text, f))).toEqual(
			figures.map(expected)
		);
	});
});

/** A vocabulary like the one data/colombia-2017 should have (COLOMBIA-TERMS.md): tests' own. */
const label = (value: string): Localized => ({ value, translations: {} });
const colombia = vocabularyOf({
	categories: [
		{ id: 'weapons', label: label('Individual weapons'), terms: { en: ['weapons', 'arms', 'guns', 'firearms', 'individual weapons'] } },
		{ id: 'ammunition', label: label('Ammunition'), terms: { en: ['ammunition', 'ammunitions', 'cartridges'] } },
		{ id: 'explosives', label: label('Explosives (kg)'), terms: { en: ['kilograms of explosives', 'kilograms of various explosives', 'explosives'] } },
		{ id: 'grenades', label: label('Grenades'), terms: { en: ['hand grenades', 'grenades'] } },
		{ id: 'mines', label: label('Antipersonnel mines'), terms: { en: ['antipersonnel mines', 'mines'] } },
		{ id: 'caches', label: label('Arms caches'), terms: { en: ['arms caches', 'caches'] } }
	],
	estimates: [{ target: 'registered_weapons', label: label('Registered weapons'), terms: { en: ['registered weapons'] } }]
});

const COLOMBIA: [string, Expected[]][] = [
	['we will reach a figure of approximately 7,000 registered weapons', [{ id: 'target:registered_weapons', quantity: 7000, qualifier: 'about', words: 'approximately 7,000 registered weapons' }]],
	['30% of their arms are now in the hands of the UN monitors', [{ id: 'weapons', quantity: 30, unit: 'percent', words: '30% of their arms' }]],
	['The UN now has 4,406 arms under its custody', [{ id: 'weapons', quantity: 4406, words: '4,406 arms' }]],
	['The Mission has now stored 7,132 arms, which constitutes all the weapons that were registered', [{ id: 'weapons', quantity: 7132, words: '7,132 arms' }]],
	['consists of 8,112 guns and almost 1,300,000 incinerated cartridges', [{ id: 'weapons', quantity: 8112, words: '8,112 guns' }, { id: 'ammunition', quantity: 1300000, qualifier: 'about', words: 'almost 1,300,000 incinerated cartridges' }]],
	['1,765,862 ammunitions of different sizes of small arms', [{ id: 'ammunition', quantity: 1765862, words: '1,765,862 ammunitions' }]],
	['38,255 kilograms of various explosives', [{ id: 'explosives', quantity: 38255, words: '38,255 kilograms of various explosives' }]],
	['11,015 hand grenades and 3,528 antipersonnel mines', [{ id: 'grenades', quantity: 11015, words: '11,015 hand grenades' }, { id: 'mines', quantity: 3528, words: '3,528 antipersonnel mines' }]],
	['the Mission received information on the location of 1,027 arms caches, of which 750 arms caches were neutralized', [{ id: 'caches', quantity: 1027, words: '1,027 arms caches' }, { id: 'caches', quantity: 750, words: '750 arms caches' }]],
	['between 500 and 600 handguns', []],
	['11,015 hand grenades and 40 mm grenades', [{ id: 'grenades', quantity: 11015, words: '11,015 hand grenades' }]]
];

describe('sentences of the Colombian reports (handovers.md)', () => {
	test.each(COLOMBIA)('%s', (text, figures) => {
		expect(extractFigures(text, colombia).map((f) => shown(text, f))).toEqual(figures.map(expected));
	});
});

describe('any text', () => {
	test('never throws, and every offset lies inside the text and its sentence', () => {
		const pieces = fc.constantFrom(
			'6', '٣٠', '5,7', '1.250', '10 000', ' ', ', ', '، ', '.', '\n', 'و', 'و132', 'آلاف', 'тыс.',
			'million', '%', '٪', 'per cent', 'between', 'and', 'от', 'до', 'بين', 'more than', 'نحو',
			'rifles', 'سلاح ناري', 'الذخيرة', 'боеприпасов', 'estimated', 'seized', '-', '2023-09-22'
		);
		const texts = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 30 }).map((p) => p.join(' ')));
		fc.assert(
			fc.property(texts, (text) => {
				for (const f of extractFigures(text, vocabulary)) {
					if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) return false;
					if (!f.sentence.includes(text.slice(f.start, f.end))) return false;
				}
				return true;
			}),
			{ numRuns: 500 }
		);
	});
});
