/**
 * `dataset.json`: the title, description and credit, each with `<key>_<lang>` translations
 * (`"title_ar"`). Read by load.ts, which turns the JSON object into the same RowInput a CSV row
 * gives, so the rules for translatable text are the same.
 */
import * as v from 'valibot';
import type { DatasetMeta } from '../types';
import { column, localized, optionalLocalized } from './fields';
import type { TableSpec } from './fields';

export const META_KEYS = [column('title', true), column('description'), column('credit')] as const;

export const metaSchema = v.object({
	title: localized,
	description: optionalLocalized,
	credit: optionalLocalized
});

/** The metadata as the schema gives it: a DatasetMeta. */
export type MetaFields = v.InferOutput<typeof metaSchema>;

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const META: TableSpec<DatasetMeta> = { columns: META_KEYS, schema: metaSchema };
