/**
 * The reports table: every figure as a row, filtered, sorted and paged. Pure, and the same on
 * both sides: the build prerenders the first page with it, and the browser runs it over the
 * whole list (the `reports.json` endpoint) when the reader filters, sorts or pages.
 *
 * The list travels as columns of small integers with the texts interned once, so that 100,000
 * rows stay a few megabytes and filtering is a pass over arrays, not over objects.
 *
 * Why one file: the table's rows, the compact reports.json that carries them to the browser and
 * the reading back of its columns (rowQuantity) are two sides of one encoding that must change
 * together.
 */
import { formatQuantity } from '$lib/data/format';
import {
	BASES,
	MEASURES,
	QUANTITY_STYLES,
	type Basis,
	type Measure,
	type Dataset,
	type Quantity,
	type SafeUrl
} from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatDate, formatNumber, localized } from './locale';
import {
	serialiseQuery,
	type FilterOptions,
	type ReportsQuery,
	type SortKey
} from './reports-query';
import { MEASURE_LABELS, measureLabel } from './measures';
import { textLanguage, type TextLanguage } from './text';

// The query (filters, sort, page) lives in its own module, which the page loads without this one.
export * from './reports-query';

/** Rows per page; the prerendered page holds the first page of the default view. */
export const PAGE_SIZE = 50;

/** The whole reports list, as `reports.json` ships it. Row i is the i-th report of reports.csv. */
export interface ReportsData {
	/**
	 * Labels as written in the files, with their translations (`label_ar`): one list for both
	 * languages, each page shows them in its own. `side` is also the side filter's value.
	 */
	categories: { id: string; label: string; translations?: Translations }[];
	sources: {
		id: string;
		name: string;
		side: string | null;
		nameTranslations?: Translations;
		sideTranslations?: Translations;
	}[];
	/** The distinct dates, ascending: a row's date index compares as its date does. */
	dates: string[];
	/** The distinct texts of quotes and links. */
	strings: string[];
	/** Per row: index into `dates`. */
	date: number[];
	/** Per row: index into `sources`. */
	source: number[];
	/** Per row: index into `categories`. */
	category: number[];
	/**
	 * Per row: how the source wrote the figure, as data (figureCode: style, approximation and
	 * unit), or -1 for no number; with `low` and `high` it is the figure's Quantity, formatted
	 * for the page (format.ts).
	 */
	figure: number[];
	/** Per row: the figure's lower bound, to sort by; null for no number. */
	low: (number | null)[];
	/** Per row: its upper bound; null for no upper bound (or no number). */
	high: (number | null)[];
	/** Per row: index into BASES. */
	basis: number[];
	/** Per row: index into MEASURES (0, handed over, for nearly every row). */
	measure: number[];
	/** Per row: index into `strings` of the quote, or -1. */
	quote: number[];
	/** Per row: index into `strings` of the link (http or https only), or -1. */
	url: number[];
}

type Translations = Readonly<Record<string, string>>;
type ListedCategory = ReportsData['categories'][number];
type ListedSource = ReportsData['sources'][number];

// The list's labels in the page's language (the list itself is the same for both).
const categoryName = (c: ListedCategory) =>
	localized({ value: c.label, translations: c.translations ?? {} });
const sourceName = (s: ListedSource) =>
	localized({ value: s.name, translations: s.nameTranslations ?? {} });
const sideName = (s: ListedSource) =>
	s.side === null ? null : localized({ value: s.side, translations: s.sideTranslations ?? {} });

// ---------------------------------------------------------------------------------------------
// Building the list (at build time)
// ---------------------------------------------------------------------------------------------

/** Interns texts: the same text is stored once and referred to by index. */
function interner() {
	const strings: string[] = [];
	const index = new Map<string, number>();
	return {
		strings,
		of(text: string | null): number {
			if (text === null || text === '') return -1;
			let i = index.get(text);
			if (i === undefined) {
				i = strings.length;
				strings.push(text);
				index.set(text, i);
			}
			return i;
		}
	};
}

/** Index of an item by id, appending `fallback(id)` when the list lacks it. */
function indexer<T extends { id: string }>(list: T[], fallback: (id: string) => T) {
	const index = new Map(list.map((item, i) => [item.id, i]));
	return (id: string): number => {
		let i = index.get(id);
		if (i === undefined) {
			i = list.push(fallback(id)) - 1;
			index.set(id, i);
		}
		return i;
	};
}

/**
 * The reports of a dataset as the table's list, in file order.
 * @example reportsData(seed).figure[3] // 2 (plus: '800+')
 */
export function reportsData(dataset: Dataset): ReportsData {
	const categories: ReportsData['categories'] = dataset.categories.map((c) => ({
		id: c.id,
		label: c.label.value,
		translations: c.label.translations
	}));
	const sources: ReportsData['sources'] = dataset.sources.map((s) => ({
		id: s.id,
		name: s.name.value,
		side: s.side?.value || null,
		nameTranslations: s.name.translations,
		sideTranslations: s.side?.translations
	}));
	// Validation leaves out a report whose source or category is unknown; should one arrive
	// anyway, its id stands in for its name.
	const categoryOf = indexer(categories, (id) => ({ id, label: id }));
	const sourceOf = indexer(sources, (id) => ({ id, name: id, side: null }));
	const dates = [...new Set(dataset.reports.map((r) => r.date))].sort();
	const dateIndex = new Map(dates.map((d, i) => [d, i]));
	const texts = interner();
	const data: ReportsData = {
		categories,
		sources,
		dates,
		strings: texts.strings,
		date: [],
		source: [],
		category: [],
		figure: [],
		low: [],
		high: [],
		basis: [],
		measure: [],
		quote: [],
		url: []
	};
	for (const report of dataset.reports) {
		data.date.push(dateIndex.get(report.date)!);
		data.source.push(sourceOf(report.source));
		data.category.push(categoryOf(report.category));
		data.figure.push(report.quantity ? figureCode(report.quantity) : -1);
		data.low.push(report.quantity?.low ?? null);
		data.high.push(report.quantity?.high ?? null);
		data.basis.push(BASES.indexOf(report.basis));
		data.measure.push(MEASURES.indexOf(report.measure));
		data.quote.push(texts.of(report.quote));
		data.url.push(texts.of(report.url));
	}
	return data;
}

/** Added to a share's code (unit percent): the codes of counts stay as they were. */
const SHARE_CODE = 64;

/**
 * A figure's style, approximation and unit as one number: 2 x its index in QUANTITY_STYLES,
 * + 1 when approximate, + SHARE_CODE for a share.
 */
function figureCode({ style, approximate, unit }: Quantity): number {
	return (
		QUANTITY_STYLES.indexOf(style) * 2 +
		(approximate ? 1 : 0) +
		(unit === 'percent' ? SHARE_CODE : 0)
	);
}

/** Row i's figure, from its code (figureCode) and bounds; null for a report without a number. */
export function rowQuantity(data: ReportsData, i: number): Quantity | null {
	const code = data.figure[i]!;
	if (code === -1) return null;
	const share = code >= SHARE_CODE;
	const figure = share ? code - SHARE_CODE : code;
	const quantity: Quantity = {
		low: data.low[i] ?? 0,
		high: data.high[i] ?? null,
		approximate: figure % 2 === 1,
		style: QUANTITY_STYLES[figure >> 1] ?? 'plain'
	};
	if (share) quantity.unit = 'percent';
	return quantity;
}

const COLUMNS = [
	'date',
	'source',
	'category',
	'figure',
	'low',
	'high',
	'basis',
	'measure',
	'quote',
	'url'
] as const;

/**
 * Checks that fetched JSON is a reports list (a stale or broken file must fail loudly, not
 * render garbage). Returns it typed; throws with what is wrong.
 */
export function parseReportsData(json: unknown): ReportsData {
	const data = json as Partial<ReportsData> | null;
	const fail = (what: string): never => {
		throw new Error(`reports.json is not a reports list: ${what}; rebuild the site`);
	};
	if (typeof data !== 'object' || data === null) return fail('not an object');
	for (const key of ['categories', 'sources', 'dates', 'strings', ...COLUMNS] as const) {
		if (!Array.isArray(data[key])) fail(`"${key}" is not an array`);
	}
	const rows = data.date!.length;
	for (const key of COLUMNS) {
		if (data[key]!.length !== rows) fail(`"${key}" has ${data[key]!.length} rows, not ${rows}`);
	}
	return data as ReportsData;
}

// ---------------------------------------------------------------------------------------------
// Filtering, sorting, paging
// ---------------------------------------------------------------------------------------------

/** One row as the table shows it. */
export interface ReportRowView {
	/** The row's position in reports.csv (0-based): a stable key. */
	key: number;
	/** Its report's entry among the changes, `<date>/<source>` (the browser marks new ones). */
	change: string;
	date: string;
	source: { name: string; side: string | null };
	category: { id: string; label: string };
	/** The figure in the source's strength ("800+"), or "no number given". */
	figure: string;
	quantified: boolean;
	basis: Basis;
	basisLabel: string;
	measure: Measure;
	/** "Verified", said under the figure; null for a figure handed over (nearly all). */
	measureLabel: string | null;
	quote: (TextLanguage & { text: string }) | null;
	url: SafeUrl | null;
}

/** One page of the table. */
export interface ReportsPage {
	rows: ReportRowView[];
	/** Rows in the whole list, and rows that match the filters. */
	total: number;
	matched: number;
	/** The page shown (1-based, within 1..pages) and the number of pages (at least 1). */
	page: number;
	pages: number;
	/** "Showing 1–50 of 100,000 figures", or what says that nothing matches. */
	status: string;
	/** True when the filters leave no row (the page says so). */
	empty: boolean;
}

const BASIS_LABELS: Readonly<Record<Basis, () => string>> = {
	cumulative: m.basis_cumulative_short,
	increment: m.basis_increment_short
};

function hasFilter(query: ReportsQuery): boolean {
	return (
		query.category !== null ||
		query.measure !== null ||
		query.source !== null ||
		query.side !== null ||
		query.from !== null ||
		query.to !== null
	);
}

/** The first index whose date is >= `date` (or > it, with `after`), by binary search. */
function dateBound(dates: readonly string[], date: string, after: boolean): number {
	let [lo, hi] = [0, dates.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (dates[mid]! < date || (after && dates[mid] === date)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Ranks of a list by a text, A to Z (numbers in text compare as numbers). */
function ranks(texts: readonly string[]): Int32Array {
	const collator = new Intl.Collator(currentLocale(), { numeric: true, sensitivity: 'base' });
	const order = texts
		.map((_, i) => i)
		.sort((a, b) => collator.compare(texts[a]!, texts[b]!) || a - b);
	const rank = new Int32Array(texts.length);
	order.forEach((index, position) => (rank[index] = position));
	return rank;
}

function filtered(data: ReportsData, query: ReportsQuery): number[] {
	const category =
		query.category === null ? -1 : data.categories.findIndex((c) => c.id === query.category);
	const source = query.source === null ? -1 : data.sources.findIndex((s) => s.id === query.source);
	const measure = query.measure === null ? -1 : MEASURES.indexOf(query.measure as Measure);
	const sideOf = data.sources.map((s) => s.side);
	const from = query.from === null ? 0 : dateBound(data.dates, query.from, false);
	const to = query.to === null ? data.dates.length : dateBound(data.dates, query.to, true);
	const rows: number[] = [];
	// An id the list does not hold matches nothing (parseQuery has already dropped unknown ids).
	if ((query.category !== null && category === -1) || (query.source !== null && source === -1)) {
		return rows;
	}
	for (let i = 0; i < data.date.length; i++) {
		if (category !== -1 && data.category[i] !== category) continue;
		if (measure !== -1 && data.measure[i] !== measure) continue;
		if (source !== -1 && data.source[i] !== source) continue;
		if (query.side !== null && sideOf[data.source[i]!] !== query.side) continue;
		const d = data.date[i]!;
		if (d < from || d >= to) continue;
		rows.push(i);
	}
	return rows;
}

/**
 * A sort key per row, or null for a row that has no value in that column (no number, no quote):
 * those go last in either direction.
 */
function sortValues(data: ReportsData, sort: SortKey): (i: number) => number | null {
	switch (sort) {
		case 'date':
			return (i) => data.date[i]!;
		case 'basis':
			return (i) => data.basis[i]!;
		// By the names the page shows, in its language's order.
		case 'source': {
			const rank = ranks(data.sources.map(sourceName));
			return (i) => rank[data.source[i]!]!;
		}
		case 'category': {
			const rank = ranks(data.categories.map(categoryName));
			return (i) => rank[data.category[i]!]!;
		}
		case 'figure':
			return (i) => data.low[i] ?? null;
		case 'quote': {
			const rank = ranks(data.strings);
			return (i) => (data.quote[i] === -1 ? null : rank[data.quote[i]!]!);
		}
	}
}

/**
 * The matching rows' indexes in display order. Ties keep file order in both directions, so the
 * order is stable and the same on every run. Figures tie-break on their upper bound (an open
 * bound is the largest).
 */
function sorted(data: ReportsData, rows: number[], query: ReportsQuery): number[] {
	const value = sortValues(data, query.sort);
	const keys = new Float64Array(data.date.length);
	const missing = new Uint8Array(data.date.length);
	for (const i of rows) {
		const v = value(i);
		if (v === null) missing[i] = 1;
		else keys[i] = v;
	}
	const sign = query.dir === 'asc' ? 1 : -1;
	const highOf = (i: number) => data.high[i] ?? Infinity;
	return rows.sort((a, b) => {
		if (missing[a] !== missing[b]) return missing[a]! - missing[b]!;
		let order = keys[a]! - keys[b]!;
		if (order === 0 && query.sort === 'figure' && !missing[a]) {
			const [ha, hb] = [highOf(a), highOf(b)];
			order = ha === hb ? 0 : ha < hb ? -1 : 1;
		}
		return order !== 0 ? sign * order : a - b;
	});
}

function rowView(data: ReportsData, i: number): ReportRowView {
	const source = data.sources[data.source[i]!]!;
	const category = data.categories[data.category[i]!]!;
	const quantity = rowQuantity(data, i);
	const quote = data.quote[i]!;
	const url = data.url[i]!;
	const basis = BASES[data.basis[i]!] ?? 'cumulative';
	const measure = MEASURES[data.measure[i]!] ?? 'handed_over';
	const quoteText = quote === -1 ? null : data.strings[quote]!;
	const link = url === -1 ? null : data.strings[url]!;
	return {
		key: i,
		change: `${data.dates[data.date[i]!]!}/${source.id}`,
		date: formatDate(data.dates[data.date[i]!]!),
		source: { name: sourceName(source), side: sideName(source) },
		category: { id: category.id, label: categoryName(category) },
		figure: quantity === null ? m.no_number() : formatQuantity(quantity, currentLocale()),
		quantified: quantity !== null,
		basis,
		basisLabel: BASIS_LABELS[basis](),
		measure,
		measureLabel: measureLabel(measure),
		quote: quoteText === null ? null : { text: quoteText, ...textLanguage(quoteText) },
		// The list is built from SafeUrls; checked again, since it arrives over the network.
		url: link !== null && /^https?:\/\//i.test(link) ? (link as SafeUrl) : null
	};
}

function statusOf(
	query: ReportsQuery,
	total: number,
	matched: number,
	first: number,
	last: number
) {
	if (total === 0) return m.reports_empty();
	if (matched === 0) return m.reports_none();
	const range = { from: formatNumber(first), to: formatNumber(last), total: formatNumber(total) };
	return hasFilter(query)
		? m.reports_showing_filtered({ ...range, matched: formatNumber(matched), count: matched })
		: m.reports_showing({ ...range, count: total });
}

/** Everything but the page: two queries with the same key match and order the same rows. */
function orderKey(query: ReportsQuery): string {
	return serialiseQuery({ ...query, page: 1 });
}

/**
 * A table over one list that answers queries, remembering the last filter and sort, so that
 * turning pages does not filter and sort 100,000 rows again.
 * @example reportsTable(data)({ ...DEFAULT_QUERY, category: 'firearms' }).rows[0].figure // '800+'
 */
export function reportsTable(data: ReportsData): (query: ReportsQuery) => ReportsPage {
	let last: { key: string; rows: number[] } | null = null;
	return (query) => {
		const key = orderKey(query);
		if (last?.key !== key) last = { key, rows: sorted(data, filtered(data, query), query) };
		const { rows } = last;
		const total = data.date.length;
		const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
		const page = Math.min(Math.max(1, Math.floor(query.page)), pages);
		const start = (page - 1) * PAGE_SIZE;
		const shown = rows.slice(start, start + PAGE_SIZE);
		return {
			rows: shown.map((i) => rowView(data, i)),
			total,
			matched: rows.length,
			page,
			pages,
			status: statusOf(query, total, rows.length, start + 1, start + shown.length),
			empty: rows.length === 0
		};
	};
}

/** The filter form's choices: categories in file order, sources and sides A to Z. */
export function filterOptions(data: ReportsData): FilterOptions {
	const collator = new Intl.Collator(currentLocale(), { sensitivity: 'base' });
	const byLabel = (a: { label: string }, b: { label: string }) =>
		collator.compare(a.label, b.label);
	const sideLabels = new Map(data.sources.map((s) => [s.side, sideName(s)]));
	const sides = [
		...new Set(data.sources.map((s) => s.side).filter((s): s is string => s !== null))
	];
	const present = new Set(data.measure);
	// Offered only when the list holds another measure than handed over.
	const measures =
		present.size > 1 || !present.has(0)
			? MEASURES.filter((_, i) => present.has(i)).map((value) => ({
					value,
					label: MEASURE_LABELS[value]()
				}))
			: [];
	return {
		categories: data.categories.map((c) => ({ value: c.id, label: categoryName(c) })),
		measures,
		sources: data.sources.map((s) => ({ value: s.id, label: sourceName(s) })).sort(byLabel),
		sides: sides
			.map((side) => ({ value: side, label: sideLabels.get(side) ?? side }))
			.sort(byLabel),
		minDate: data.dates[0] ?? null,
		maxDate: data.dates.at(-1) ?? null
	};
}
