/** `reports.csv`: one row per figure that a report gives. */
import * as v from 'valibot';
import { oneOf, parseId, parseIsoDate, parseSafeUrl, parseWholeNumber } from '../cells';
import { QUALIFIER_RULES, statedToQuantity } from '../quantity';
import { BASES, QUALIFIERS, type Report } from '../types';
import { column, crossCheck, optional, optionalLocalized, optionalText, required } from './fields';
import type { TableSpec } from './fields';

export const REPORT_COLUMNS = [
	column('date', true),
	column('source', true),
	column('category', true),
	column('quantity', true),
	column('qualifier', true),
	column('basis', true),
	column('url'),
	column('quote'),
	column('note')
] as const;

const fields = v.object({
	date: required(parseIsoDate),
	source: required(parseId),
	category: required(parseId),
	quantity: optional(parseWholeNumber),
	qualifier: optional(oneOf(QUALIFIERS)),
	basis: required(oneOf(BASES)),
	url: optional(parseSafeUrl),
	quote: optionalText,
	note: optionalLocalized
});

type Fields = v.InferOutput<typeof fields>;

/** A quantity needs a qualifier and a qualifier needs a quantity; `fewer_than 0` is empty. */
export const reportSchema = v.pipe(
	fields,
	crossCheck<Fields>(['quantity', 'qualifier'], 'qualifier', ({ quantity, qualifier }) => {
		if (quantity !== null && qualifier === null) {
			return `is empty but quantity is given; expected one of ${QUALIFIERS.join(', ')}`;
		}
		if (quantity === null && qualifier !== null) {
			return `'${qualifier}' is given but quantity is empty; fill in the quantity or clear the qualifier`;
		}
		return null;
	}),
	crossCheck<Fields>(['quantity', 'qualifier'], 'quantity', ({ quantity, qualifier }) =>
		quantity !== null && qualifier !== null && quantity < QUALIFIER_RULES[qualifier].minValue
			? `'${quantity}' cannot be ${qualifier}: the smallest ${qualifier} quantity is ${QUALIFIER_RULES[qualifier].minValue}`
			: null
	),
	v.transform(({ quantity, qualifier, ...rest }): Omit<Report, 'line'> => {
		const stated = quantity !== null && qualifier !== null ? { value: quantity, qualifier } : null;
		return {
			date: rest.date,
			source: rest.source,
			category: rest.category,
			stated,
			quantity: stated && statedToQuantity(stated),
			basis: rest.basis,
			url: rest.url,
			quote: rest.quote,
			note: rest.note
		};
	})
);

/** A report as the schema gives it: a Report without its line. */
export type ReportFields = v.InferOutput<typeof reportSchema>;

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const REPORTS: TableSpec<Omit<Report, 'line'>> = { columns: REPORT_COLUMNS, schema: reportSchema };
