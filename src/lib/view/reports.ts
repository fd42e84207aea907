/**
 * The reports table: every figure as a row, filtered, sorted and paged. Pure, and the same on
 * both sides: the build prerenders the first page with it, and the browser runs it over the
 * whole list (the `reports.json` endpoint) when the reader filters, sorts or pages.
 *
 * The list travels as columns of small integers with the texts interned once, so that 100,000
 * rows stay a few megabytes and filtering is a pass over arrays, not over objects.
 */
import { BASES, type Basis, type Dataset, type SafeUrl } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, figureText, formatDate, formatNumber, localized } from './locale';
import { textLanguage, type TextLanguage } from './text';

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
	/** The distinct texts of figures, quotes and links. */
	strings: string[];
	/** Per row: index into `dates`. */
	date: number[];
	/** Per row: index into `sources`. */
	source: number[];
	/** Per row: index into `categories`. */
	category: number[];
	/** Per row: index into `strings` of the figure as the source wrote it ("800+"), or -1 for no number. */
	figure: number[];
	/** Per row: the figure's lower bound, to sort by; null for no number. */
	low: (number | null)[];
	/** Per row: its upper bound; null for no upper bound (or no number). */
	high: (number | null)[];
	/** Per row: index into BASES. */
	basis: number[];
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

/** The columns the table sorts by. */
export const SORT_KEYS = ['date', 'source', 'category', 'figure', 'basis', 'quote'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** What the reader asked for; it lives in the URL (`?category=firearms&sort=figure&page=2`). */
export interface ReportsQuery {
	category: string | null;
	source: string | null;
	side: string | null;
	/** Inclusive bounds, `YYYY-MM-DD`. */
	from: string | null;
	to: string | null;
	sort: SortKey;
	dir: SortDirection;
	/** 1-based; a page past the end shows the last page. */
	page: number;
}

/** Dates newest first; the other columns A to Z (or smallest first) on the first click. */
function defaultDirection(sort: SortKey): SortDirection {
	return sort === 'date' ? 'desc' : 'asc';
}

/** The view the prerendered page shows: no filter, newest first, page 1. */
export const DEFAULT_QUERY: Readonly<ReportsQuery> = Object.freeze({
	category: null,
	source: null,
	side: null,
	from: null,
	to: null,
	sort: 'date',
	dir: 'desc',
	page: 1
});

/** The values a URL may name; anything else is ignored. */
export interface QueryOptions {
	categories: readonly string[];
	sources: readonly string[];
	sides: readonly string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function oneOf(value: string | null, allowed: readonly string[]): string | null {
	return value !== null && allowed.includes(value) ? value : null;
}

/**
 * The query a URL's search parameters describe. Unknown ids, bad dates, pages and sort keys are
 * ignored (their default applies), so an old or hand-edited link never breaks the page.
 * @example parseQuery(new URLSearchParams('category=firearms&page=2'), options)
 *   // { category: 'firearms', source: null, …, sort: 'date', dir: 'desc', page: 2 }
 */
export function parseQuery(params: URLSearchParams, options: QueryOptions): ReportsQuery {
	const date = (name: string) => {
		const value = params.get(name);
		return value !== null && isIsoDate(value) ? value : null;
	};
	const sort = SORT_KEYS.find((key) => key === params.get('sort')) ?? DEFAULT_QUERY.sort;
	const dir = params.get('dir');
	const page = params.get('page') ?? '';
	return {
		category: oneOf(params.get('category'), options.categories),
		source: oneOf(params.get('source'), options.sources),
		side: oneOf(params.get('side'), options.sides),
		from: date('from'),
		to: date('to'),
		sort,
		dir: dir === 'asc' || dir === 'desc' ? dir : defaultDirection(sort),
		page: /^[1-9]\d{0,8}$/.test(page) ? Number(page) : 1
	};
}

/**
 * The search string for a query, `?…` or '' for the default view. Defaults are left out and the
 * order is fixed, so one view has one URL.
 * @example serialiseQuery({ ...DEFAULT_QUERY, category: 'firearms', page: 2 }) // '?category=firearms&page=2'
 */
export function serialiseQuery(query: ReportsQuery): string {
	const params = new URLSearchParams();
	for (const name of ['category', 'source', 'side', 'from', 'to'] as const) {
		const value = query[name];
		if (value !== null) params.set(name, value);
	}
	if (query.sort !== DEFAULT_QUERY.sort || query.dir !== DEFAULT_QUERY.dir) {
		params.set('sort', query.sort);
		if (query.dir !== defaultDirection(query.sort)) params.set('dir', query.dir);
	}
	if (query.page !== 1) params.set('page', String(query.page));
	const search = params.toString();
	return search ? `?${search}` : '';
}

/**
 * The query the filter form describes: its fields (as `new FormData(form)` lists them), with
 * empty ones meaning "all", the sort and direction kept from `current`, and back to page 1.
 * @example queryFromForm([['category', 'firearms'], ['source', '']], options, current)
 *   // { ...current, category: 'firearms', source: null, …, page: 1 }
 */
export function queryFromForm(
	fields: Iterable<readonly [string, unknown]>,
	options: QueryOptions,
	current: ReportsQuery
): ReportsQuery {
	const params = new URLSearchParams();
	for (const [name, value] of fields) {
		if (typeof value === 'string' && value !== '') params.set(name, value);
	}
	return { ...parseQuery(params, options), sort: current.sort, dir: current.dir, page: 1 };
}

/** True when the query is the prerendered view, so the page needs no more data. */
export function isDefaultQuery(query: ReportsQuery): boolean {
	return serialiseQuery(query) === '';
}

/**
 * The query after a click on a column's sort button: the same column flips its direction,
 * another starts in its default direction. Either way, back to page 1.
 */
export function sortedBy(query: ReportsQuery, sort: SortKey): ReportsQuery {
	const dir = query.sort === sort ? (query.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
	return { ...query, sort, dir, page: 1 };
}

/** The `aria-sort` of a column's header. */
export function ariaSort(query: ReportsQuery, key: SortKey): 'ascending' | 'descending' | 'none' {
	if (query.sort !== key) return 'none';
	return query.dir === 'asc' ? 'ascending' : 'descending';
}

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
 * @example reportsData(seed).strings[reportsData(seed).figure[3]] // '800+'
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
		quote: [],
		url: []
	};
	for (const report of dataset.reports) {
		data.date.push(dateIndex.get(report.date)!);
		data.source.push(sourceOf(report.source));
		data.category.push(categoryOf(report.category));
		data.figure.push(texts.of(report.quantity?.text ?? null));
		data.low.push(report.quantity?.low ?? null);
		data.high.push(report.quantity?.high ?? null);
		data.basis.push(BASES.indexOf(report.basis));
		data.quote.push(texts.of(report.quote));
		data.url.push(texts.of(report.url));
	}
	return data;
}

const COLUMNS = [
	'date',
	'source',
	'category',
	'figure',
	'low',
	'high',
	'basis',
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
	date: string;
	source: { name: string; side: string | null };
	category: { id: string; label: string };
	/** The figure in the source's strength ("800+"), or "no number given". */
	figure: string;
	quantified: boolean;
	basis: Basis;
	basisLabel: string;
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
	const figure = data.figure[i]!;
	const quote = data.quote[i]!;
	const url = data.url[i]!;
	const basis = BASES[data.basis[i]!] ?? 'cumulative';
	const quoteText = quote === -1 ? null : data.strings[quote]!;
	const link = url === -1 ? null : data.strings[url]!;
	return {
		key: i,
		date: formatDate(data.dates[data.date[i]!]!),
		source: { name: sourceName(source), side: sideName(source) },
		category: { id: category.id, label: categoryName(category) },
		figure: figure === -1 ? m.no_number() : figureText(data.strings[figure]!),
		quantified: figure !== -1,
		basis,
		basisLabel: BASIS_LABELS[basis](),
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

/**
 * The pages the pagination links to: the first, the last, and the two either side of the
 * current one, with null where pages are skipped.
 * @example pageLinks(6, 20) // [1, null, 4, 5, 6, 7, 8, null, 20]
 */
export function pageLinks(page: number, pages: number): (number | null)[] {
	const links: (number | null)[] = [];
	for (let p = 1; p <= pages; p++) {
		if (p === 1 || p === pages || Math.abs(p - page) <= 2) links.push(p);
		else if (links.at(-1) !== null) links.push(null);
	}
	return links;
}

/** What the filter form offers: every category, source and side of the list. */
export interface FilterOptions {
	categories: { value: string; label: string }[];
	sources: { value: string; label: string }[];
	sides: { value: string; label: string }[];
	/** The first and last dates of the list (the date inputs' min and max), or null when empty. */
	minDate: string | null;
	maxDate: string | null;
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
	return {
		categories: data.categories.map((c) => ({ value: c.id, label: categoryName(c) })),
		sources: data.sources.map((s) => ({ value: s.id, label: sourceName(s) })).sort(byLabel),
		sides: sides
			.map((side) => ({ value: side, label: sideLabels.get(side) ?? side }))
			.sort(byLabel),
		minDate: data.dates[0] ?? null,
		maxDate: data.dates.at(-1) ?? null
	};
}

/** The values parseQuery accepts, from the form's choices. */
export function queryOptions(options: FilterOptions): QueryOptions {
	return {
		categories: options.categories.map((o) => o.value),
		sources: options.sources.map((o) => o.value),
		sides: options.sides.map((o) => o.value)
	};
}
