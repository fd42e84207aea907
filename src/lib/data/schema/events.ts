/** `events.csv`: the dated events that the timeline marks. */
import * as v from 'valibot';
import { parseId, parseIsoDate, parseSafeUrl } from '../cells';
import type { HandoverEvent } from '../types';
import { column, link, localized, optional, optionalLocalized, required } from './fields';
import type { TableSpec } from './fields';

export const EVENT_COLUMNS = [
	column('date', true),
	column('label', true),
	column('source'),
	link('url'),
	column('note')
] as const;

export const eventSchema = v.object({
	date: required(parseIsoDate),
	label: localized,
	source: optional(parseId),
	url: optional(parseSafeUrl),
	note: optionalLocalized
});

/** An event as the schema gives it: a HandoverEvent without its line. */
export type EventFields = v.InferOutput<typeof eventSchema>;

/** The columns and the schema; the type annotation checks the schema's output against types.ts. */
export const EVENTS: TableSpec<Omit<HandoverEvent, 'line'>> = { columns: EVENT_COLUMNS, schema: eventSchema };
