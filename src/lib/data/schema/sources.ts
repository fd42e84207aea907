/** `sources.csv`: who gives the figures, and whose account each is. */
import * as v from 'valibot';
import { oneOf, parseId, parseSafeUrl } from '../cells';
import { SOURCE_KINDS, type Source } from '../types';
import { column, link, localized, optional, optionalLocalized, required } from './fields';
import type { TableSpec } from './fields';

export const SOURCE_COLUMNS = [
	column('id', true),
	column('name', true),
	column('kind', true),
	column('side'),
	link('url')
] as const;

export const sourceSchema = v.object({
	id: required(parseId),
	name: localized,
	kind: required(oneOf(SOURCE_KINDS)),
	side: optionalLocalized,
	url: optional(parseSafeUrl)
});

/** A source as the schema gives it: a Source without its line. */
export type SourceFields = v.InferOutput<typeof sourceSchema>;

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const SOURCES: TableSpec<Omit<Source, 'line'>> = { columns: SOURCE_COLUMNS, schema: sourceSchema };
