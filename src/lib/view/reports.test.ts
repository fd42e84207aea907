import { formatQuantity } from '$lib/data/format';
import { afterEach, describe, expect, test } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { loadDataset } from '$lib/data/load';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { category, load, localized, report } from '$lib/testing/records';
import type { Dataset, Report, SafeUrl, Source } from '$lib/data/types';
import {
	ariaSort,
	DEFAULT_QUERY,
	filterOptions,
	isDefaultQuery,
	PAGE_SIZE,
	pageLinks,
	parseQuery,
	parseReportsData,
	queryFromForm,
	queryOptions,
	reportsData,
	reportsTable,
	rowQuantity,
	serialiseQuery,
	sortedBy,
	type ReportsQuery
} from './reports';

function source(line: number, id: string, side: string | null): Source {
	return {
		line,
		id,
		name: localized(`Source ${id.toUpperCase()}`),
		kind: 'government',
		side: side === null ? null : localized(side),
		url: null
	};
}

function withText(r: Report, quote: string | null, url: string | null = null): Report {
	return { ...r, quote, url: url as SafeUrl | null };
}

/**
 * Ten reports: three sources (a and c on side North, b on side South), two categories, five
 * dates, ties on every column so that stability shows.
 */
function dataset(): Dataset {
	const { dataset } = load({
		categories: [category(2, 'rifles', null), category(3, 'tanks', null)],
		reports: [
			withText(
				report(2, '2023-09-20', 'a', 'rifles', [100, 'exact']),
				'zebra',
				'https://a.example/1'
			),
			withText(report(3, '2023-09-21', 'b', 'rifles', [800, 'more_than']), 'apple'),
			withText(report(4, '2023-09-21', 'a', 'tanks', null), null),
			withText(report(5, '2023-09-22', 'c', 'tanks', [6, 'exact']), 'وأكثر من 800'),
			withText(report(6, '2023-09-22', 'b', 'tanks', [5000, 'about']), 'Mango'),
			withText(report(7, '2023-09-23', 'a', 'rifles', [800, 'exact'], 'increment'), null),
			withText(report(8, '2023-09-23', 'c', 'rifles', [800, 'at_least']), 'apple'),
			withText(report(9, '2023-09-24', 'b', 'rifles', null), 'banana'),
			withText(
				report(10, '2023-09-24', 'a', 'tanks', [800, 'at_most']),
				null,
				'javascript:alert(1)'
			),
			withText(report(11, '2023-09-20', 'c', 'rifles', [6, 'exact']), 'cherry')
		]
	});
	return {
		...dataset,
		sources: [source(2, 'a', 'North'), source(3, 'b', 'South'), source(4, 'c', 'North')]
	};
}

const data = reportsData(dataset());
const options = queryOptions(filterOptions(data));
const table = reportsTable(data);

function query(parts: Partial<ReportsQuery>): ReportsQuery {
	return { ...DEFAULT_QUERY, ...parts };
}

/** The rows of a query by reports.csv line (line = key + 2). */
function lines(parts: Partial<ReportsQuery>): number[] {
	return table(query(parts)).rows.map((row) => row.key + 2);
}

describe('reportsData', () => {
	test('one row per report, texts interned, in file order', () => {
		expect(data.date).toHaveLength(10);
		expect(data.dates).toEqual([
			'2023-09-20',
			'2023-09-21',
			'2023-09-22',
			'2023-09-23',
			'2023-09-24'
		]);
		expect(formatQuantity(rowQuantity(data, 1)!)).toBe('800+');
		expect(rowQuantity(data, 2)).toBeNull();
		expect(data.strings.filter((s) => s === 'apple')).toHaveLength(1);
		expect(data.figure[2]).toBe(-1);
		expect(data.low.slice(0, 3)).toEqual([100, 801, null]);
		expect(data.high.slice(0, 3)).toEqual([100, null, null]);
	});

	test('survives JSON and the shape check', () => {
		expect(parseReportsData(JSON.parse(JSON.stringify(data)))).toEqual(data);
	});

	test.each([
		{ json: null, error: /not an object/ },
		{ json: [], error: /"categories" is not an array/ },
		{ json: { ...data, quote: data.quote.slice(1) }, error: /"quote" has 9 rows, not 10/ },
		{ json: { ...data, url: 'x' }, error: /"url" is not an array/ }
	])('a broken list throws: $error', ({ json, error }) => {
		expect(() => parseReportsData(json)).toThrow(error);
	});

	test('the seed: five rows, the figures in the source’s strength, the Arabic quotes', () => {
		const seed = reportsData(loadDataset(SEED_ID, SEED_FILES).dataset);
		const page = reportsTable(seed)(DEFAULT_QUERY);
		expect(page.status).toBe('Showing 1–5 of 5 figures');
		expect(page.rows.map((r) => [r.category.id, r.figure])).toEqual([
			['armored_vehicles', '6'],
			['anti_tank_missiles', 'no number given'],
			['manpads', 'no number given'],
			['firearms', '800+'],
			['ammunition', '≈5,000']
		]);
		expect(page.rows[3]).toMatchObject({
			source: { name: 'Russian Ministry of Defence', side: 'Russia (peacekeeping force)' },
			category: { id: 'firearms', label: 'Firearms' },
			basisLabel: 'cumulative',
			quote: { text: 'وأكثر من 800 سلاح ناري', lang: 'ar', dir: 'rtl' },
			url: null
		});
	});
});

describe('filters', () => {
	test.each([
		{
			name: 'none: newest first, ties in file order',
			parts: {},
			expected: [9, 10, 7, 8, 5, 6, 3, 4, 2, 11]
		},
		{ name: 'category', parts: { category: 'tanks' }, expected: [10, 5, 6, 4] },
		{ name: 'source', parts: { source: 'b' }, expected: [9, 6, 3] },
		{ name: 'side (two sources)', parts: { side: 'North' }, expected: [10, 7, 8, 5, 4, 2, 11] },
		{ name: 'from (inclusive)', parts: { from: '2023-09-23' }, expected: [9, 10, 7, 8] },
		{ name: 'to (inclusive)', parts: { to: '2023-09-21' }, expected: [3, 4, 2, 11] },
		{
			name: 'a date range',
			parts: { from: '2023-09-21', to: '2023-09-22' },
			expected: [5, 6, 3, 4]
		},
		{
			name: 'bounds wider than the reports',
			parts: { from: '2023-01-01', to: '2023-12-31' },
			expected: [9, 10, 7, 8, 5, 6, 3, 4, 2, 11]
		},
		{ name: 'a range before every report', parts: { to: '2023-01-01' }, expected: [] },
		{ name: 'from after to', parts: { from: '2023-09-24', to: '2023-09-20' }, expected: [] },
		{
			name: 'all together',
			parts: { category: 'rifles', side: 'North', from: '2023-09-20', to: '2023-09-23' },
			expected: [7, 8, 2, 11]
		},
		{ name: 'an id the list lacks', parts: { category: 'planes' }, expected: [] }
	])('$name', ({ parts, expected }) => {
		expect(lines(parts)).toEqual(expected);
	});

	test('an empty result says so', () => {
		const page = table(query({ category: 'tanks', source: 'c', to: '2023-09-20' }));
		expect(page).toMatchObject({ rows: [], matched: 0, total: 10, page: 1, pages: 1, empty: true });
		expect(page.status).toBe('No figure matches these filters.');
	});

	test('a filtered status gives both counts', () => {
		expect(table(query({ source: 'b' })).status).toBe(
			'Showing 1–3 of 3 figures that match the filters (10 in all)'
		);
	});

	test('one figure is not "1–1 of 1 figures"', () => {
		expect(table(query({ category: 'tanks', source: 'c' })).status).toBe(
			'Showing the 1 figure that matches the filters (10 in all)'
		);
	});

	test('querying does not change the list', () => {
		const before = structuredClone(data);
		for (const sort of ['date', 'source', 'figure', 'quote'] as const) {
			table(query({ sort, side: 'North' }));
		}
		expect(data).toEqual(before);
	});
});

describe('sorting', () => {
	test.each([
		{ sort: 'date', dir: 'asc', expected: [2, 11, 3, 4, 5, 6, 7, 8, 9, 10] },
		{ sort: 'source', dir: 'asc', expected: [2, 4, 7, 10, 3, 6, 9, 5, 8, 11] },
		{ sort: 'source', dir: 'desc', expected: [5, 8, 11, 3, 6, 9, 2, 4, 7, 10] },
		{ sort: 'category', dir: 'asc', expected: [2, 3, 7, 8, 9, 11, 4, 5, 6, 10] },
		// Figures by lower bound, then upper (≤800 is [0, 800]; 800 < 800+ < ≥800 by bounds);
		// rows with no number last, in either direction.
		{ sort: 'figure', dir: 'asc', expected: [10, 5, 11, 2, 7, 8, 3, 6, 4, 9] },
		{ sort: 'figure', dir: 'desc', expected: [6, 3, 8, 7, 2, 5, 11, 10, 4, 9] },
		{ sort: 'basis', dir: 'desc', expected: [7, 2, 3, 4, 5, 6, 8, 9, 10, 11] },
		// Quotes A to Z, case-insensitively; rows without one last.
		{ sort: 'quote', dir: 'asc', expected: [3, 8, 9, 11, 6, 2, 5, 4, 7, 10] },
		{ sort: 'quote', dir: 'desc', expected: [5, 2, 6, 11, 9, 3, 8, 4, 7, 10] }
	] as const)('$sort $dir', ({ sort, dir, expected }) => {
		expect(lines({ sort, dir })).toEqual(expected);
	});

	test('ties keep file order in both directions (a stable sort)', () => {
		const asc = lines({ sort: 'basis', dir: 'asc' });
		expect(asc.slice(0, 9)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11]);
		expect(lines({ sort: 'basis', dir: 'desc' }).slice(1)).toEqual(asc.slice(0, 9));
	});

	test('a click on a column: a new column starts in its default direction, the same one flips', () => {
		const byDate = sortedBy(query({ page: 3 }), 'date');
		expect(byDate).toMatchObject({ sort: 'date', dir: 'asc', page: 1 });
		expect(sortedBy(byDate, 'date').dir).toBe('desc');
		expect(sortedBy(byDate, 'figure')).toMatchObject({ sort: 'figure', dir: 'asc' });
		expect(ariaSort(byDate, 'date')).toBe('ascending');
		expect(ariaSort(DEFAULT_QUERY, 'date')).toBe('descending');
		expect(ariaSort(DEFAULT_QUERY, 'figure')).toBe('none');
	});
});

describe('rows', () => {
	test('no number, a quote in its own direction, only http(s) links', () => {
		const rows = table(query({ sort: 'date', dir: 'asc' })).rows;
		const byLine = (line: number) => rows.find((r) => r.key + 2 === line)!;
		expect(byLine(4)).toMatchObject({ figure: 'no number given', quantified: false, quote: null });
		expect(byLine(5).quote).toEqual({ text: 'وأكثر من 800', lang: 'ar', dir: 'rtl' });
		expect(byLine(6).quote).toEqual({ text: 'Mango', lang: undefined, dir: 'auto' });
		expect(byLine(2).url).toBe('https://a.example/1');
		expect(byLine(10).url).toBeNull();
		expect(byLine(7)).toMatchObject({ figure: '800', basis: 'increment', basisLabel: 'increment' });
	});
});

describe('paging', () => {
	const many = (() => {
		const reports = Array.from({ length: 2 * PAGE_SIZE + 20 }, (_, i) =>
			report(i + 2, `2023-09-${String((i % 28) + 1).padStart(2, '0')}`, 'a', 'rifles', [i, 'exact'])
		);
		const { dataset } = load({ categories: [category(2, 'rifles', null)], reports });
		return reportsTable(reportsData({ ...dataset, sources: [source(2, 'a', null)] }));
	})();

	test.each([
		{ page: 1, first: 0, count: PAGE_SIZE, status: 'Showing 1–50 of 120 figures' },
		{ page: 2, first: 50, count: PAGE_SIZE, status: 'Showing 51–100 of 120 figures' },
		{ page: 3, first: 100, count: 20, status: 'Showing 101–120 of 120 figures' },
		{ page: 99, first: 100, count: 20, status: 'Showing 101–120 of 120 figures' }
	])('page $page', ({ page, first, count, status }) => {
		const shown = many(query({ sort: 'figure', dir: 'asc', page }));
		expect(shown.rows).toHaveLength(count);
		expect(shown.rows[0]?.figure).toBe(String(first));
		expect(shown.pages).toBe(3);
		expect(shown.page).toBe(Math.min(page, 3));
		expect(shown.status).toBe(status);
	});

	test.each([
		{ page: 1, pages: 1, expected: [1] },
		{ page: 1, pages: 3, expected: [1, 2, 3] },
		{ page: 6, pages: 20, expected: [1, null, 4, 5, 6, 7, 8, null, 20] },
		{ page: 1, pages: 2000, expected: [1, 2, 3, null, 2000] },
		{ page: 2000, pages: 2000, expected: [1, null, 1998, 1999, 2000] },
		{ page: 4, pages: 7, expected: [1, 2, 3, 4, 5, 6, 7] }
	])('pageLinks($page, $pages)', ({ page, pages, expected }) => {
		expect(pageLinks(page, pages)).toEqual(expected);
	});
});

describe('the URL', () => {
	test.each([
		{ query: {}, search: '' },
		{ query: { category: 'rifles', source: 'a' }, search: '?category=rifles&source=a' },
		{
			query: { side: 'North', from: '2023-09-21', to: '2023-09-23' },
			search: '?side=North&from=2023-09-21&to=2023-09-23'
		},
		{ query: { sort: 'date', dir: 'asc' }, search: '?sort=date&dir=asc' },
		{ query: { sort: 'figure', dir: 'asc' }, search: '?sort=figure' },
		{ query: { sort: 'figure', dir: 'desc' }, search: '?sort=figure&dir=desc' },
		{ query: { page: 2, source: 'b' }, search: '?source=b&page=2' }
	] as const)('$search round-trips', ({ query: parts, search }) => {
		const q = query(parts);
		expect(serialiseQuery(q)).toBe(search);
		expect(parseQuery(new URLSearchParams(search), options)).toEqual(q);
		expect(isDefaultQuery(q)).toBe(search === '');
	});

	test('a side with spaces and punctuation is encoded', () => {
		const q = query({ side: 'Russia (peacekeeping force)' });
		const search = serialiseQuery(q);
		expect(search).toBe('?side=Russia+%28peacekeeping+force%29');
		expect(
			parseQuery(new URLSearchParams(search), {
				...options,
				sides: ['Russia (peacekeeping force)']
			})
		).toEqual(q);
	});

	test.each([
		'category=planes',
		'category=',
		'source=RU-MOD',
		'side=East',
		'from=2023-02-30',
		'from=22/09/2023',
		'to=2023-9-1',
		'sort=evil',
		'sort=',
		'dir=sideways',
		'page=0',
		'page=-1',
		'page=abc',
		'page=1e3',
		'page=2.5',
		'page=99999999999999',
		'unknown=1',
		'category=%3Cscript%3E'
	])('a bad parameter is ignored: %s', (search) => {
		expect(parseQuery(new URLSearchParams(search), options)).toEqual(DEFAULT_QUERY);
	});

	test('a bad parameter does not spoil the good ones', () => {
		expect(
			parseQuery(new URLSearchParams('category=rifles&source=zz&page=x&sort=quote&dir=up'), options)
		).toEqual(query({ category: 'rifles', sort: 'quote', dir: 'asc' }));
	});

	test('the filter form: empty fields mean all; the sort stays; back to page 1', () => {
		const current = query({ sort: 'figure', dir: 'desc', page: 4, source: 'b' });
		const fields: [string, unknown][] = [
			['category', 'rifles'],
			['source', ''],
			['side', 'North'],
			['from', ''],
			['to', '2023-09-23'],
			['sort', 'date'],
			['upload', { name: 'a file' }]
		];
		expect(queryFromForm(fields, options, current)).toEqual(
			query({ category: 'rifles', side: 'North', to: '2023-09-23', sort: 'figure', dir: 'desc' })
		);
	});

	test('the first of a repeated parameter counts', () => {
		expect(
			parseQuery(new URLSearchParams('category=tanks&category=rifles'), options).category
		).toBe('tanks');
	});
});

test('the filter form offers categories in file order, sources and sides A to Z', () => {
	expect(filterOptions(data)).toEqual({
		categories: [
			{ value: 'rifles', label: 'rifles' },
			{ value: 'tanks', label: 'tanks' }
		],
		sources: [
			{ value: 'a', label: 'Source A' },
			{ value: 'b', label: 'Source B' },
			{ value: 'c', label: 'Source C' }
		],
		sides: [
			{ value: 'North', label: 'North' },
			{ value: 'South', label: 'South' }
		],
		measures: [],
		minDate: '2023-09-20',
		maxDate: '2023-09-24'
	});
});

describe('sorting in Arabic', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	test('categories sort by the names the Arabic page shows, in Arabic order', () => {
		const seed = reportsData(loadDataset(SEED_ID, SEED_FILES).dataset);
		const labels = (locale: 'en' | 'ar') => {
			overwriteGetLocale(() => locale);
			const page = reportsTable(seed)(query({ sort: 'category', dir: 'asc' }));
			return page.rows.map((row) => row.category.label);
		};
		expect(labels('en')).toEqual([
			'Ammunition',
			'Anti-armour missiles',
			'Armoured vehicles',
			'Firearms',
			'Man-portable air-defence systems'
		]);
		expect(labels('ar')).toEqual([
			'الأسلحة النارية',
			'الذخيرة',
			'الصواريخ المضادة للدروع',
			'المركبات المدرعة',
			'منظومات الدفاع الجوي المحمولة'
		]);
	});
});

describe('shares and measures (issue 14)', () => {
	const files = seedWithReports(
		'2023-09-25,az-gov,firearms,40,about,cumulative,,,,,percent,',
		'2023-09-26,ru-mod,firearms,700,exact,cumulative,,,,,,verified',
		'2023-09-27,ru-mod,firearms,7000,between,cumulative,,,,13000,,'
	);
	const list = reportsData(loadDataset(SEED_ID, files).dataset);
	const table = reportsTable(list);

	test('a share keeps its unit through reports.json, and a range its two ends', () => {
		const page = table(DEFAULT_QUERY);
		expect(page.rows.slice(0, 3).map((r) => [r.figure, r.measureLabel])).toEqual([
			['7,000–13,000', null],
			['700', 'Verified'],
			['≈40%', null]
		]);
		const back = parseReportsData(JSON.parse(JSON.stringify(list)));
		expect(formatQuantity(rowQuantity(back, 1)!)).toBe('≈40%');
	});

	test('the measure filter offers the measures there are, and keeps only that measure', () => {
		const options = filterOptions(list);
		expect(options.measures).toEqual([
			{ value: 'handed_over', label: 'Handed over' },
			{ value: 'verified', label: 'Verified' }
		]);
		const query = parseQuery(new URLSearchParams('measure=verified'), queryOptions(options));
		expect(serialiseQuery(query)).toBe('?measure=verified');
		expect(table(query).rows.map((r) => [r.date, r.figure])).toEqual([['2023-09-26', '700']]);
		// A measure the list does not hold is ignored, as an unknown id is.
		expect(parseQuery(new URLSearchParams('measure=seized'), queryOptions(options)).measure).toBe(
			null
		);
	});
});

/** The seed's two counted rows, in the header with issue 14's columns, plus `rows`. */
function seedWithReports(...rows: string[]) {
	return {
		...SEED_FILES,
		'reports.csv':
			[
				'date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure',
				'2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,,,',
				...rows
			].join('\n') + '\n'
	};
}
