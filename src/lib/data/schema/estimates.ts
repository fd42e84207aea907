/** `estimates.csv`: one row per estimate of a total; several sources may estimate one target. */
import * as v from 'valibot';
import { oneOf, parseFigureNumber, parseId, parsePartialDate, parseSafeUrl } from '../cells';
import { said } from '../issue';
import { QUALIFIER_RULES, statedToQuantity } from '../quantity';
import { QUALIFIERS, type Estimate } from '../types';
import {
	column,
	link,
	crossCheck,
	localized,
	optional,
	optionalLocalized,
	optionalText,
	required,
	termsField,
	TERMS_COLUMN
} from './fields';
import type { TableSpec } from './fields';
import { figureChecks, statedOf } from './figure-cells';

export const ESTIMATE_COLUMNS = [
	column('target', true),
	column('label', true),
	column('quantity', true),
	column('qualifier', true),
	column('date'),
	column('source', true),
	link('url'),
	column('quote'),
	column('note'),
	// The upper end of a `between` range (issue 14): optional, so older files read as they did.
	column('quantity_high'),
	// The target's words in a report's text (issue 15), with terms_ar, terms_ru: optional.
	TERMS_COLUMN
] as const;

const fields = v.object({
	target: required(parseId),
	label: localized,
	quantity: required(parseFigureNumber),
	qualifier: required(oneOf(QUALIFIERS)),
	date: optional(parsePartialDate),
	source: required(parseId),
	url: optional(parseSafeUrl),
	quote: optionalText,
	note: optionalLocalized,
	quantity_high: optional(parseFigureNumber),
	terms: termsField
});

type Fields = v.InferOutput<typeof fields>;

/**
 * An estimate always has a quantity and a qualifier, and its upper bound is at least 1:
 * progress is a share of it, and a share of 0 is no number.
 */
export const estimateSchema = v.pipe(
	fields,
	crossCheck<Fields>(['quantity', 'qualifier'], 'quantity', ({ quantity, qualifier }) => {
		// The estimate's upper bound must be 1 or more: `fewer_than 1` is [0, 0].
		const min = QUALIFIER_RULES[qualifier].minValue + 1;
		if (quantity.value >= min) return null;
		return qualifier === 'fewer_than'
			? said('issue_estimate_below_min', { value: String(quantity.value), qualifier, min })
			: said('issue_estimate_too_small', { value: String(quantity.value) });
	}),
	...figureChecks<Fields>(),
	v.transform((rest): Omit<Estimate, 'line'> => {
		// figureChecks passed: the quantity is a whole number, and a range has its upper end.
		const stated = statedOf(rest)!;
		return {
			target: rest.target,
			label: rest.label,
			stated,
			quantity: statedToQuantity(stated),
			date: rest.date,
			source: rest.source,
			url: rest.url,
			quote: rest.quote,
			note: rest.note,
			// Left out when empty, so that a file without terms reads as it did.
			...(Object.keys(rest.terms).length > 0 ? { terms: rest.terms } : {})
		};
	})
);

/** An estimate as the schema gives it: an Estimate without its line. */
export type EstimateFields = v.InferOutput<typeof estimateSchema>;

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const ESTIMATES: TableSpec<Omit<Estimate, 'line'>> = {
	columns: ESTIMATE_COLUMNS,
	schema: estimateSchema
};
