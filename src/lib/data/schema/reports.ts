/** `reports.csv`: one row per figure that a report gives. */
import * as v from 'valibot';
import { oneOf, parseFigureNumber, parseId, parseIsoDate, parseSafeUrl } from '../cells';
import { said } from '../issue';
import { QUALIFIER_RULES, statedToQuantity } from '../quantity';
import {
	BASES,
	MEASURES,
	QUALIFIERS,
	QUANTITY_UNITS,
	type Qualifier,
	type Quantity,
	type Report,
	type SafeUrl,
	type StatedFigure
} from '../types';
import { FAIL, memoParser, safeUrlCheck, trimCell, wholeNumber } from './fast';
import { column, link, crossCheck, optional, optionalLocalized, optionalText, required } from './fields';
import { figureChecks, statedOf } from './figure-cells';
import type { ColumnLayout, FastRowReader, TableSpec } from './fields';

export const REPORT_COLUMNS = [
	column('date', true),
	column('source', true),
	column('category', true),
	column('quantity', true),
	column('qualifier', true),
	column('basis', true),
	link('url'),
	column('quote'),
	column('note'),
	// Issue 14's columns: optional, so every file written before them still reads as it did.
	column('quantity_high'),
	// Not `unit_ar`: a report's unit is a code (count or percent), not a word to translate.
	{ ...column('unit'), translatable: false },
	column('measure')
] as const;

const parseQualifier = oneOf(QUALIFIERS);
const parseBasis = oneOf(BASES);
const parseUnit = oneOf(QUANTITY_UNITS);
const parseMeasure = oneOf(MEASURES);

const fields = v.object({
	date: required(parseIsoDate),
	source: required(parseId),
	category: required(parseId),
	quantity: optional(parseFigureNumber),
	qualifier: optional(parseQualifier),
	basis: required(parseBasis),
	url: optional(parseSafeUrl),
	quote: optionalText,
	note: optionalLocalized,
	quantity_high: optional(parseFigureNumber),
	unit: optional(parseUnit),
	measure: optional(parseMeasure)
});

type Fields = v.InferOutput<typeof fields>;

/**
 * A quantity needs a qualifier and a qualifier needs a quantity; `fewer_than 0` is empty; the
 * figure's own rules (figure-cells.ts: ranges, whole counts, percents of 0-100); a share is
 * never an increment.
 */
export const reportSchema = v.pipe(
	fields,
	crossCheck<Fields>(['quantity', 'qualifier'], 'qualifier', ({ quantity, qualifier }) => {
		if (quantity !== null && qualifier === null) {
			return said('issue_qualifier_missing', { list: QUALIFIERS.join(', ') });
		}
		if (quantity === null && qualifier !== null) {
			return said('issue_qualifier_without_quantity', { value: qualifier });
		}
		return null;
	}),
	crossCheck<Fields>(['quantity', 'qualifier'], 'quantity', ({ quantity, qualifier }) =>
		quantity !== null && qualifier !== null && quantity.value < QUALIFIER_RULES[qualifier].minValue
			? said('issue_quantity_below_min', {
					value: String(quantity.value),
					qualifier,
					min: QUALIFIER_RULES[qualifier].minValue
				})
			: null
	),
	...figureChecks<Fields>(),
	crossCheck<Fields>(['basis', 'unit'], 'basis', ({ basis, unit }) =>
		basis === 'increment' && unit === 'percent' ? said('issue_share_increment', {}) : null
	),
	v.transform((row): Omit<Report, 'line'> => {
		const stated = statedOf(row);
		return {
			date: row.date,
			source: row.source,
			category: row.category,
			stated,
			quantity: stated && statedToQuantity(stated),
			basis: row.basis,
			measure: row.measure ?? 'handed_over',
			url: row.url,
			quote: row.quote,
			note: row.note
		};
	})
);

/** A report as the schema gives it: a Report without its line. */
export type ReportFields = v.InferOutput<typeof reportSchema>;

/**
 * The fast reader of reports.csv (see FastRowReader): the schema's record for a row whose cells
 * are all well-formed, read with the same cell parsers but without building the schema's input
 * or its issues; null for any other row, which then goes through reportSchema. Dates, ids and
 * the fixed lists are checked once per distinct value, so records share their strings.
 */
export function fastReports(layout: ColumnLayout): FastRowReader<Omit<Report, 'line'>> {
	const at = (name: string) => layout.index[name] ?? -1;
	const [iDate, iSource, iCategory, iQuantity, iQualifier, iBasis, iUrl, iQuote, iNote, iHigh, iUnit, iMeasure] = [
		at('date'),
		at('source'),
		at('category'),
		at('quantity'),
		at('qualifier'),
		at('basis'),
		at('url'),
		at('quote'),
		at('note'),
		at('quantity_high'),
		at('unit'),
		at('measure')
	];
	const noteTranslations = layout.translations.note ?? [];
	const figure = figureMemo();
	const date = memoParser(parseIsoDate);
	const id = memoParser(parseId);
	const qualifierOf = memoParser(parseQualifier);
	const basisOf = memoParser(parseBasis);
	const urlOk = safeUrlCheck();
	const cell = (cells: readonly string[], index: number): string =>
		index < 0 ? '' : trimCell(cells[index]!);

	const measureOf = memoParser(parseMeasure);
	return (cells, line) => {
		// Ranges and shares are rare and have rules across cells: the schema reads them.
		if (cell(cells, iHigh) !== '') return null;
		const unitText = cell(cells, iUnit);
		if (unitText !== '' && unitText !== 'count') return null;
		const measureText = cell(cells, iMeasure);
		const measure = measureText === '' ? 'handed_over' : measureOf(measureText);
		if (measure === FAIL) return null;
		const day = date(cell(cells, iDate));
		if (day === FAIL) return null;
		const source = id(cell(cells, iSource));
		if (source === FAIL) return null;
		const category = id(cell(cells, iCategory));
		if (category === FAIL) return null;
		const quantityText = cell(cells, iQuantity);
		const qualifierText = cell(cells, iQualifier);
		// Both or neither (the schema's cross-checks); a number the qualifier allows.
		if ((quantityText === '') !== (qualifierText === '')) return null;
		let stated: Shared | null = null;
		if (quantityText !== '') {
			const value = wholeNumber(quantityText);
			const qualifier = qualifierOf(qualifierText);
			// `between` without quantity_high (checked above) is an error: the schema says it.
			if (value === FAIL || qualifier === FAIL || qualifier === 'between') return null;
			if (value < QUALIFIER_RULES[qualifier].minValue) return null;
			stated = figure(value, qualifier);
		}
		const basis = basisOf(cell(cells, iBasis));
		if (basis === FAIL) return null;
		const url = cell(cells, iUrl);
		if (url !== '' && !urlOk(url)) return null;
		const quote = cell(cells, iQuote);
		const noteText = cell(cells, iNote);
		let translations: Record<string, string> | null = null;
		for (const t of noteTranslations) {
			const text = trimCell(cells[t.index]!);
			if (text === '') continue;
			// A translation of an empty note is a warning: the schema's path gives it.
			if (noteText === '') return null;
			(translations ??= {})[t.lang] = text;
		}
		return {
			date: day,
			source,
			category,
			stated: stated && stated.stated,
			quantity: stated && stated.quantity,
			basis,
			measure,
			url: url === '' ? null : (url as SafeUrl),
			quote: quote === '' ? null : quote,
			note: noteText === '' ? null : { value: noteText, translations: translations ?? NONE },
			line
		};
	};
}

/** A stated figure and its quantity, frozen: records that state the same figure share them. */
interface Shared {
	stated: StatedFigure;
	quantity: Quantity;
}

/** The translations of a text that has none, shared (frozen) by the records of the fast reader. */
const NONE: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The stated figure and quantity of (value, qualifier), made once for each of the first
 * `limit` distinct figures and shared: a large file states the same few hundred figures over
 * and over, and a record then costs a pointer for them, not two objects and a string. They are
 * frozen, so that no reader can change one record's figure through another's. Past the limit,
 * each record gets its own (frozen all the same).
 */
function figureMemo(limit = 100_000): (value: number, qualifier: Qualifier) => Shared {
	const known = new Map<Qualifier, Map<number, Shared>>();
	let size = 0;
	return (value, qualifier) => {
		let byValue = known.get(qualifier);
		if (byValue === undefined) known.set(qualifier, (byValue = new Map()));
		let shared = byValue.get(value);
		if (shared === undefined) {
			const stated = Object.freeze({ value, qualifier, high: null, unit: 'count' as const });
			shared = { stated, quantity: Object.freeze(statedToQuantity(stated)) };
			if (size < limit) {
				byValue.set(value, shared);
				size++;
			}
		}
		return shared;
	};
}

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const REPORTS: TableSpec<Omit<Report, 'line'>> = {
	columns: REPORT_COLUMNS,
	schema: reportSchema,
	fast: fastReports
};
