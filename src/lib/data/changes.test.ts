import { describe, expect, test } from 'vitest';
import { FOLLOW_FILES, FOLLOW_ID, followLoad } from '$lib/testing/follow';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { changeIds, changesOf, type ChangeEntry, type ChangeLine } from './changes';
import { formatQuantity } from './format';
import { loadDataset } from './load';
import type { IsoDate, Quantity } from './types';

const text = (q: Quantity | null) => (q === null ? null : formatQuantity(q));

/** A line as text: category, measure, share, stated, before -> after, correction, headline. */
function said(line: ChangeLine) {
	const { headline } = line;
	return {
		category: line.category,
		measure: line.measure,
		share: line.share,
		stated: line.stated.map(text),
		before: text(line.before),
		after: text(line.after),
		correction: line.correction,
		headline:
			headline &&
			`${headline.before ? `${headline.before.source} ${text(headline.before.total)}` : '-'} -> ${
				headline.after ? `${headline.after.source} ${text(headline.after.total)}` : '-'
			}`
	};
}

const entryOf = (entries: ChangeEntry[], id: string) => {
	const entry = entries.find((e) => e.id === id);
	if (!entry) throw new Error(`no entry ${id}`);
	return entry;
};

describe('the seed', () => {
	const seed = loadDataset(SEED_ID, SEED_FILES).dataset;
	const entries = changesOf(seed);

	test('one entry: the Russian Ministry of Defence on 22 September', () => {
		expect(entries.map((e) => [e.id, e.date, e.source, e.lines, e.urls])).toEqual([
			['karabakh-2023/2023-09-22/ru-mod', '2023-09-22', 'ru-mod', [2, 3, 4, 5, 6], []]
		]);
		expect(changeIds(seed)).toEqual(['karabakh-2023/2023-09-22/ru-mod']);
		// The estimates are dated to the month only: no entry of their own.
		expect(entries[0]!.estimates).toEqual([]);
	});

	test.each([
		[0, 'armored_vehicles', ['6'], null, '6'],
		[1, 'firearms', ['800+'], null, '800+'],
		[2, 'ammunition', ['≈5,000'], null, '≈5,000'],
		[3, 'anti_tank_missiles', [null], null, null],
		[4, 'manpads', [null], null, null]
	])('line %i: %s stated %j, %s -> %s', (i, category, stated, before, after) => {
		expect(said(entries[0]!.changes[i]!)).toEqual({
			category,
			measure: 'handed_over',
			share: false,
			stated,
			before,
			after,
			correction: false,
			headline: null
		});
	});
});

describe('the changes fixture (tests/fixtures/changes/follow-2024)', () => {
	const { dataset } = followLoad();
	const entries = changesOf(dataset);

	test('entries newest first, a date by source id', () => {
		expect(entries.map((e) => e.id)).toEqual([
			'follow-2024/2024-03-15/grp',
			'follow-2024/2024-03-12/press',
			'follow-2024/2024-03-12/un',
			'follow-2024/2024-03-10/gov',
			'follow-2024/2024-03-05/gov',
			'follow-2024/2024-03-05/un',
			'follow-2024/2024-03-01/un'
		]);
		expect(changeIds(dataset)).toEqual(entries.map((e) => e.id));
	});

	const base = { measure: 'handed_over', share: false, correction: false, headline: null };
	test.each([
		// A share (unit percent) and a range, each on its own.
		['2024-03-15/grp', 0, { ...base, category: 'rifles', share: true, stated: ['≈60%'], before: null, after: '≈60%' }],
		['2024-03-15/grp', 1, { ...base, category: 'heavy', stated: ['5–8'], before: null, after: '5–8' }],
		// Another source's figure takes the headline.
		[
			'2024-03-12/press',
			0,
			{ ...base, category: 'rifles', stated: ['≥300'], before: null, after: '≥300', headline: 'gov ≈200 -> press ≥300' }
		],
		// A seized figure: its own measure, no headline.
		['2024-03-12/un', 0, { ...base, category: 'heavy', measure: 'seized', stated: ['12'], before: null, after: '12' }],
		// A correction: lower than the source's own earlier figure.
		['2024-03-10/gov', 0, { ...base, category: 'rifles', stated: ['≈200'], before: '250+', after: '≈200', correction: true }],
		[
			'2024-03-05/gov',
			0,
			{ ...base, category: 'rifles', stated: ['250+'], before: null, after: '250+', headline: 'un 100 -> gov 250+' }
		],
		// An increment adds to the source's own total; the headline is another source's.
		[
			'2024-03-05/un',
			0,
			{ ...base, category: 'rifles', stated: ['40'], before: '100', after: '140', headline: 'un 100 -> gov 250+' }
		],
		['2024-03-01/un', 0, { ...base, category: 'rifles', stated: ['100'], before: null, after: '100' }],
		// Named without a number.
		['2024-03-01/un', 1, { ...base, category: 'pistols', stated: [null], before: null, after: null }]
	])('%s line %i', (key, i, expected) => {
		expect(said(entryOf(entries, `follow-2024/${key}`).changes[i]!)).toEqual(expected);
	});

	test('each entry has its lines, its safe addresses once, and no more changes than these', () => {
		expect(entries.map((e) => [e.id.slice(12), e.lines, e.urls, e.changes.length])).toEqual([
			['2024-03-15/grp', [9, 10], [], 2],
			['2024-03-12/press', [7], ['https://example.org/press'], 1],
			['2024-03-12/un', [8], [], 1],
			// The javascript: address of line 6 was left out when loading; the estimate's is kept.
			['2024-03-10/gov', [6], ['https://example.org/gov-estimate'], 1],
			['2024-03-05/gov', [4], ['https://example.org/gov-1'], 1],
			['2024-03-05/un', [5], [], 1],
			['2024-03-01/un', [2, 3], ['https://example.org/un-1'], 2]
		]);
	});

	test('a revised estimate: the estimate of the day and the one it revises', () => {
		const [change, ...rest] = entryOf(entries, 'follow-2024/2024-03-10/gov').estimates;
		expect(rest).toEqual([]);
		expect({
			target: change!.target,
			label: change!.label.value,
			before: change!.before && [text(change!.before.quantity), change!.before.source, change!.before.date],
			after: text(change!.after)
		}).toEqual({ target: 'fighters', label: 'Fighters', before: ['≈5,000', 'un', '2024-01'], after: '≈7,000' });
	});

	test.each([
		['2024-03-12', ['2024-03-15/grp', '2024-03-12/press', '2024-03-12/un']],
		['2024-03-16', []]
	])('since %s', (since, ids) => {
		expect(changesOf(dataset, { since: since as IsoDate }).map((e) => e.id.slice(12))).toEqual(ids);
	});

	test('the entries before a new report stay as they were', () => {
		const files = {
			...FOLLOW_FILES,
			'reports.csv': `${FOLLOW_FILES['reports.csv']}2024-03-20,un,rifles,500,more_than,,,,cumulative,,,\n`
		};
		const after = changesOf(loadDataset(FOLLOW_ID, files).dataset);
		expect(after[0]!.id).toBe('follow-2024/2024-03-20/un');
		expect(after.slice(1)).toEqual(entries);
	});
});
