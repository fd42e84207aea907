/**
 * Builders for typed records in unit tests, so that aggregation is tested without parsing CSV.
 * `seedLoad()` is the Karabakh seed dataset as records, line for line.
 */
import { statedToQuantity } from '$lib/data/quantity';
import type { Summary } from '$lib/data/summary';
import type {
	Basis,
	Category,
	Estimate,
	IsoDate,
	LoadResult,
	PartialDate,
	Qualifier,
	Report
} from '$lib/data/types';

/** `[800, 'more_than']`, or null for a report that gives no number. */
export type Figure = readonly [number, Qualifier] | null;

export function day(text: string): IsoDate {
	return text as IsoDate;
}

export function localized(value: string) {
	return { value, translations: {} };
}

export function report(
	line: number,
	date: string,
	source: string,
	category: string,
	figure: Figure,
	basis: Basis = 'cumulative'
): Report {
	const stated = figure ? { value: figure[0], qualifier: figure[1] } : null;
	return {
		line,
		date: day(date),
		source,
		category,
		stated,
		quantity: stated ? statedToQuantity(stated) : null,
		basis,
		measure: 'handed_over',
		url: null,
		quote: null,
		note: null
	};
}

function partialDate(text: string): PartialDate {
	const [year, month, dayOfMonth] = text.split('-').map(Number);
	return { year: year!, month: month ?? null, day: dayOfMonth ?? null, text };
}

export function estimate(
	line: number,
	target: string,
	figure: readonly [number, Qualifier],
	date: string | null,
	source = 'az-gov'
): Estimate {
	const stated = { value: figure[0], qualifier: figure[1] };
	return {
		line,
		target,
		label: localized(target),
		stated,
		quantity: statedToQuantity(stated),
		date: date === null ? null : partialDate(date),
		source,
		url: null,
		quote: null,
		note: null
	};
}

export function category(line: number, id: string, target: string | null, perTarget = 1): Category {
	return {
		line,
		id,
		label: localized(id),
		target,
		perTarget,
		unit: null,
		assumption: null,
		note: null
	};
}

export function load(parts: {
	categories: Category[];
	reports?: Report[];
	estimates?: Estimate[];
	id?: string;
}): LoadResult {
	return {
		dataset: {
			id: parts.id ?? 'test',
			meta: { title: localized('Test'), description: null, credit: null },
			categories: parts.categories,
			sources: [],
			estimates: parts.estimates ?? [],
			reports: parts.reports ?? [],
			events: []
		},
		issues: []
	};
}

/** The seed (tests/fixtures/datasets/karabakh-2023) as records (line numbers as in the files). */
export function seedLoad(): LoadResult {
	return load({
		id: 'karabakh-2023',
		categories: [
			category(2, 'armored_vehicles', 'tanks_and_armored_vehicles'),
			category(3, 'firearms', 'fighters'),
			category(4, 'ammunition', null),
			category(5, 'anti_tank_missiles', null),
			category(6, 'manpads', null)
		],
		estimates: [
			estimate(2, 'fighters', [10000, 'about'], '2023-09'),
			estimate(3, 'tanks_and_armored_vehicles', [100, 'about'], '2023-09')
		],
		reports: [
			report(2, '2023-09-22', 'ru-mod', 'armored_vehicles', [6, 'exact']),
			report(3, '2023-09-22', 'ru-mod', 'anti_tank_missiles', null),
			report(4, '2023-09-22', 'ru-mod', 'manpads', null),
			report(5, '2023-09-22', 'ru-mod', 'firearms', [800, 'more_than']),
			report(6, '2023-09-22', 'ru-mod', 'ammunition', [5000, 'about'])
		]
	});
}

/** What DESIGN.md promises for the seed dataset. */
export const SEED_SUMMARY: Summary = {
	dataset: 'karabakh-2023',
	as_of: '2023-09-22',
	categories: [
		{
			id: 'armored_vehicles',
			handed_over: { low: 6, high: 6, approximate: false, text: '6', unit: 'count' },
			source: 'ru-mod',
			date: '2023-09-22',
			sources_differ: false,
			target: 'tanks_and_armored_vehicles',
			estimate: { low: 100, high: 100, approximate: true, text: '≈100', unit: 'count' },
			progress: { low: 0.06, high: 0.06, approximate: true, from: 'estimate' },
			unquantified_reports: 0,
			measures: {},
			estimates: [
				{
					low: 100,
					high: 100,
					approximate: true,
					text: '≈100',
					unit: 'count',
					source: 'az-gov',
					date: '2023-09'
				}
			]
		},
		{
			id: 'firearms',
			handed_over: { low: 801, high: null, approximate: false, text: '800+', unit: 'count' },
			source: 'ru-mod',
			date: '2023-09-22',
			sources_differ: false,
			target: 'fighters',
			estimate: { low: 10000, high: 10000, approximate: true, text: '≈10,000', unit: 'count' },
			progress: { low: 0.0801, high: null, approximate: true, from: 'estimate' },
			unquantified_reports: 0,
			measures: {},
			estimates: [
				{
					low: 10000,
					high: 10000,
					approximate: true,
					text: '≈10,000',
					unit: 'count',
					source: 'az-gov',
					date: '2023-09'
				}
			]
		},
		{
			id: 'ammunition',
			handed_over: { low: 5000, high: 5000, approximate: true, text: '≈5,000', unit: 'count' },
			source: 'ru-mod',
			date: '2023-09-22',
			sources_differ: false,
			target: null,
			estimate: null,
			progress: null,
			unquantified_reports: 0,
			measures: {},
			estimates: []
		},
		{
			id: 'anti_tank_missiles',
			handed_over: null,
			source: null,
			date: null,
			sources_differ: false,
			target: null,
			estimate: null,
			progress: null,
			unquantified_reports: 1,
			measures: {},
			estimates: []
		},
		{
			id: 'manpads',
			handed_over: null,
			source: null,
			date: null,
			sources_differ: false,
			target: null,
			estimate: null,
			progress: null,
			unquantified_reports: 1,
			measures: {},
			estimates: []
		}
	],
	warnings: []
};
