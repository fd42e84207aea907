/**
 * The reports table's query: what the reader asked for (filters, sort, page), as the address
 * says it (`?category=firearms&sort=figure&page=2`), and the pagination's links. Pure and small:
 * the reports page's island (src/lib/components/reports) loads this with the page, and the
 * table itself (./reports.ts, the figures' formatting) only when a view needs the whole list.
 */

/** The columns the table sorts by. */
export const SORT_KEYS = ['date', 'source', 'category', 'figure', 'basis', 'quote'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** What the reader asked for; it lives in the URL (`?category=firearms&sort=figure&page=2`). */
export interface ReportsQuery {
	category: string | null;
	/** handed_over, verified, seized or destroyed (issue 14); null: every measure. */
	measure: string | null;
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
	measure: null,
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
	measures: readonly string[];
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
		measure: oneOf(params.get('measure'), options.measures),
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
	for (const name of ['category', 'measure', 'source', 'side', 'from', 'to'] as const) {
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
	/** The measures the list holds, in the order of MEASURES; empty when all are handed over. */
	measures: { value: string; label: string }[];
	sources: { value: string; label: string }[];
	sides: { value: string; label: string }[];
	/** The first and last dates of the list (the date inputs' min and max), or null when empty. */
	minDate: string | null;
	maxDate: string | null;
}

/** The values parseQuery accepts, from the form's choices. */
export function queryOptions(options: FilterOptions): QueryOptions {
	return {
		categories: options.categories.map((o) => o.value),
		measures: options.measures.map((o) => o.value),
		sources: options.sources.map((o) => o.value),
		sides: options.sides.map((o) => o.value)
	};
}
