import { describe, expect, test } from 'vitest';
import { changesOf } from '$lib/data/changes';
import { loadDataset } from '$lib/data/load';
import { FOLLOW_FILES, FOLLOW_ID, followLoad } from '$lib/testing/follow';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { CHANGES_LIMIT, changesPageOf, changesView } from './changes';

const seed = loadDataset(SEED_ID, SEED_FILES).dataset;

describe('the seed', () => {
	test.each([
		[
			'en',
			'Russian Ministry of Defence, 2023-09-22: Armoured vehicles 6, Firearms 800+, Ammunition ≈5,000'
		],
		[
			'ar',
			'وزارة الدفاع الروسية، 22 سبتمبر 2023: المركبات المدرعة 6، الأسلحة النارية أكثر من 800، الذخيرة نحو 5,000'
		]
	] as const)('%s: the one entry', (locale, title) => {
		const page = changesPageOf(seed, locale);
		expect(page.entries.map((e) => [e.id, e.anchor, e.title, e.reportsQuery, e.urls])).toEqual([
			[
				'karabakh-2023/2023-09-22/ru-mod',
				'change-2023-09-22-ru-mod',
				title,
				'?source=ru-mod&from=2023-09-22&to=2023-09-22',
				[]
			]
		]);
	});

	test('each category: its figure and the change', () => {
		const [entry] = changesView(seed, changesOf(seed), 'en');
		expect(
			entry!.items.map((i) => [i.category, i.figure, i.kind, i.change, i.correction, i.headline])
		).toEqual([
			['Armoured vehicles', '6', null, 'first figure from this source', false, null],
			['Firearms', '800+', null, 'first figure from this source', false, null],
			['Ammunition', '≈5,000', null, 'first figure from this source', false, null],
			['Anti-armour missiles', 'no number given', null, null, false, null],
			['Man-portable air-defence systems', 'no number given', null, null, false, null]
		]);
	});
});

describe('the changes fixture', () => {
	const { dataset } = followLoad();
	const view = changesView(dataset, changesOf(dataset), 'en');
	const byId = (id: string) => view.find((e) => e.id === `follow-2024/${id}`)!;

	test.each([
		[
			'2024-03-15/grp',
			0,
			['Rifles', '≈60%', 'share of the total', 'first figure from this source', false, null]
		],
		[
			'2024-03-12/un',
			0,
			['Heavy weapons', '12', 'seized', 'first figure from this source', false, null]
		],
		[
			'2024-03-12/press',
			0,
			[
				'Rifles',
				'≥300',
				null,
				'first figure from this source',
				false,
				'Headline: ≈200 (Government, 2024-03-10) → ≥300 (Daily Press, 2024-03-12)'
			]
		],
		['2024-03-10/gov', 0, ['Rifles', '≈200', null, 'was 250+, now ≈200', true, null]],
		[
			'2024-03-05/un',
			0,
			[
				'Rifles',
				'40',
				null,
				'was 100, now 140',
				false,
				'Headline: 100 (UN mission, 2024-03-01) → 250+ (Government, 2024-03-05)'
			]
		]
	])('%s item %i', (id, i, expected) => {
		const item = byId(id).items[i]!;
		expect([
			item.category,
			item.figure,
			item.kind,
			item.change,
			item.correction,
			item.headline
		]).toEqual(expected);
	});

	test.each([
		['en', 'Estimate of Fighters: ≈7,000, revising ≈5,000 (UN mission, 2024-01)'],
		['ar', 'تقدير المسلحون: نحو 7,000، بدلا من نحو 5,000 (بعثة الأمم المتحدة، يناير 2024)']
	] as const)('%s: a revised estimate', (locale, sentence) => {
		const entry = changesView(dataset, changesOf(dataset), locale).find((e) =>
			e.id.endsWith('2024-03-10/gov')
		)!;
		expect(entry.estimates).toEqual([sentence]);
		expect(entry.urls).toEqual(['https://example.org/gov-estimate']);
	});
});

describe('a long handover', () => {
	// 25 more days of UN increments after the fixture's, and a day with four figures.
	const days = Array.from({ length: 25 }, (_, i) => `2024-04-${String(i + 1).padStart(2, '0')}`);
	const rows = days.map(
		(d) => `${d},un,rifles,10,exact,,,,increment,https://example.org/un/${d},,`
	);
	const bulletin = [1, 2, 3, 4].map((n) => `2024-05-01,gov,pistols,${n},exact,,,,increment,,,`);
	const files = {
		...FOLLOW_FILES,
		'reports.csv': `${FOLLOW_FILES['reports.csv']}${[...rows, ...bulletin].join('\n')}\n`
	};
	const dataset = loadDataset(FOLLOW_ID, files).dataset;

	test('the page holds the newest CHANGES_LIMIT entries and says how many there are', () => {
		const page = changesPageOf(dataset, 'en');
		expect(page.entries).toHaveLength(CHANGES_LIMIT);
		expect(page.entries[0]!.id).toBe('follow-2024/2024-05-01/gov');
		expect(page.more).toBe(
			"The 20 most recent of 33 entries; the reports table and the command line's changes have every report."
		);
	});

	test('a day of more than three figures says how many', () => {
		const [entry] = changesPageOf(dataset, 'en').entries;
		expect(entry!.items.map((i) => [i.figure, i.change])).toEqual([
			['4 figures', 'first figure from this source']
		]);
		expect(entry!.title).toBe('Government, 2024-05-01: Pistols 4 figures');
	});
});
