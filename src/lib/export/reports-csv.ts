/**
 * The reports table as a CSV, filtered and sorted as the page shows it (every page of it, not
 * only the one on screen), through the same neutralising writer as the charts' CSV. Pure.
 * As with a chart's CSV, the header, dates, figures, qualifiers and bases are the same in every
 * language; the labels (source, side, category) are the page's.
 */
import { formatQuantity } from '$lib/data/format';
import { BASES, MEASURES } from '$lib/data/types';
import { currentLocale, localized, type Locale } from '$lib/view/locale';
import {
	rowQuantity,
	type ReportsData,
	type ReportsPage,
	type ReportsQuery
} from '$lib/view/reports';
import { toCsv, type Cell } from './csv';
import { qualifierOf, quantityHighOf, unitOf } from './data';

export const REPORTS_HEADER = [
	'date',
	'source',
	'side',
	'category',
	'figure',
	'low',
	'high',
	'qualifier',
	'basis',
	'quote',
	'link',
	// Issue 14's columns last, where a reader of the older exports does not look for another.
	'unit',
	'measure',
	'quantity_high'
];

/** The row indexes of the query's view, in its order: the pages one after another. */
function viewOrder(table: (query: ReportsQuery) => ReportsPage, query: ReportsQuery): number[] {
	const order: number[] = [];
	const first = table({ ...query, page: 1 });
	for (let page = 1; page <= first.pages; page++) {
		const view = page === 1 ? first : table({ ...query, page });
		for (const row of view.rows) order.push(row.key);
	}
	return order;
}

/**
 * @example reportsCsv(list, reportsTable(list), { ...DEFAULT_QUERY, category: 'firearms' })
 *   // '\uFEFFdate,source,…\r\n2023-09-22,Russian Ministry of Defence,…,800+,801,,more_than,cumulative,وأكثر من 800 سلاح ناري,\r\n'
 */
export function reportsCsv(
	data: ReportsData,
	table: (query: ReportsQuery) => ReportsPage,
	query: ReportsQuery,
	locale: Locale = currentLocale()
): string {
	const text = (index: number) => (index === -1 ? null : data.strings[index]!);
	const label = (value: string, translations: Readonly<Record<string, string>> | undefined) =>
		localized({ value, translations: translations ?? {} }, locale);
	const rows = viewOrder(table, query).map((i): Cell[] => {
		const source = data.sources[data.source[i]!]!;
		const category = data.categories[data.category[i]!]!;
		const quantity = rowQuantity(data, i);
		const figure = quantity && formatQuantity(quantity);
		const low = data.low[i] ?? null;
		const high = data.high[i] ?? null;
		return [
			data.dates[data.date[i]!]!,
			label(source.name, source.nameTranslations),
			source.side === null ? null : label(source.side, source.sideTranslations),
			label(category.label, category.translations),
			figure,
			low,
			figure === null ? null : high,
			quantity === null ? null : qualifierOf(quantity),
			BASES[data.basis[i]!] ?? null,
			text(data.quote[i]!),
			text(data.url[i]!),
			quantity === null ? null : unitOf(quantity),
			MEASURES[data.measure[i]!] ?? null,
			quantity === null ? null : quantityHighOf(quantity)
		];
	});
	return toCsv(REPORTS_HEADER, rows);
}
