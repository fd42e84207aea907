/**
 * `categories.csv`: what is counted, and which estimate it counts toward.
 *
 * `per_target` is required when `target` is given (how many items one unit of the target stands
 * for is a claim the page shows, so it is written down, even when it is 1). Without a target it
 * is unused: it may be empty (read as 1) or hold any number above 0.
 */
import * as v from 'valibot';
import { parseId, parsePositiveNumber } from '../cells';
import { said } from '../issue';
import type { Category } from '../types';
import {
	column,
	crossCheck,
	localized,
	optional,
	optionalLocalized,
	required,
	termsField,
	TERMS_COLUMN
} from './fields';
import type { TableSpec } from './fields';

export const CATEGORY_COLUMNS = [
	column('id', true),
	column('label', true),
	column('target'),
	column('per_target'),
	column('unit'),
	column('assumption'),
	column('note'),
	// The category's words in a report's text (issue 15), with terms_ar, terms_ru: optional.
	TERMS_COLUMN
] as const;

const fields = v.object({
	id: required(parseId),
	label: localized,
	target: optional(parseId),
	per_target: optional(parsePositiveNumber),
	unit: optionalLocalized,
	assumption: optionalLocalized,
	note: optionalLocalized,
	terms: termsField
});

type Fields = v.InferOutput<typeof fields>;

export const categorySchema = v.pipe(
	fields,
	crossCheck<Fields>(['target', 'per_target'], 'per_target', ({ target, per_target }) =>
		target !== null && per_target === null
			? said('issue_per_target_missing', { target })
			: null
	),
	v.transform(
		(row): Omit<Category, 'line'> => ({
			id: row.id,
			label: row.label,
			target: row.target,
			perTarget: row.per_target ?? 1,
			unit: row.unit,
			assumption: row.assumption,
			note: row.note,
			// Left out when empty, so that a file without terms reads as it did.
			...(Object.keys(row.terms).length > 0 ? { terms: row.terms } : {})
		})
	)
);

/** A category as the schema gives it: a Category without its line. */
export type CategoryFields = v.InferOutput<typeof categorySchema>;

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const CATEGORIES: TableSpec<Omit<Category, 'line'>> = {
	columns: CATEGORY_COLUMNS,
	schema: categorySchema
};
