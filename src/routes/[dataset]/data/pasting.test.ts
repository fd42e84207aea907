import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { draftContext } from '$lib/data/draft';
import { segmentsOf } from '$lib/data/extract/segments';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { DATASET_FILES, type IsoDate } from '$lib/data/types';
import type { ReportsCopy } from './drafting';
import { addSelected, findIn } from './pasting';

const TODAY = '2023-10-01' as IsoDate;
const TEXT = readFileSync(
	new URL('../../../../tests/fixtures/texts/karabakh-2023-seed.ar.txt', import.meta.url),
	'utf8'
);
const seedReports = SEED_FILES[DATASET_FILES.reports]!;

function copy(): ReportsCopy {
	return {
		context: draftContext(SEED_ID, SEED_FILES, TODAY),
		parts: [new TextEncoder().encode(seedReports)],
		added: 0,
		encoding: 'utf-8',
		unsaved: []
	};
}

describe('segmentsOf', () => {
	test.each([
		['a 6 rifles b', [{ start: 2, end: 10 }], [['a ', null], ['6 rifles', 0], [' b', null]]],
		['6 rifles', [{ start: 0, end: 8 }], [['6 rifles', 0]]],
		['ab cd', [{ start: 3, end: 5 }, { start: 0, end: 2 }], [['ab', 1], [' ', null], ['cd', 0]]],
		['abcd', [{ start: 0, end: 3 }, { start: 2, end: 4 }], [['abc', 0], ['d', null]]],
		['no figure', [], [['no figure', null]]]
	] as const)('%s', (text, figures, expected) => {
		const segments = segmentsOf(text, figures);
		expect(segments.map((s) => [s.text, s.figure])).toEqual(expected);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});
});

describe('the paste, on the seed', () => {
	const found = findIn(TEXT, copy().context.load.dataset);

	test('five proposed rows, two estimates in words, the text whole and cut at its seven figures', () => {
		expect(found.proposals.map((p) => [p.values.category, p.values.quantity, p.values.qualifier])).toEqual([
			['armored_vehicles', '6', 'exact'],
			['anti_tank_missiles', '', ''],
			['manpads', '', ''],
			['firearms', '800', 'more_than'],
			['ammunition', '5000', 'about']
		]);
		expect(found.proposals.every((p) => p.selected && p.values.basis === 'cumulative')).toBe(true);
		expect(found.estimates.map((e) => `${e.label}: ${e.amount}`)).toEqual([
			'Armenian fighters in Karabakh: ≈10,000',
			'Tanks and armoured vehicles: ≈100'
		]);
		expect(found.segments.map((s) => s.text).join('')).toBe(TEXT);
		expect(found.segments.filter((s) => s.figure !== null)).toHaveLength(7);
	});

	test('Add selected: each checked as the next line; a refused row keeps its issues', () => {
		const proposals = found.proposals.map((p, i) => ({ ...p, selected: i !== 1 }));
		proposals[2] = { ...proposals[2]!, values: { ...proposals[2]!.values, category: 'nothing' } };
		const result = addSelected(copy(), proposals, { date: '2023-09-22', source: 'ru-mod', url: '' });
		expect([result.added, result.refused]).toEqual([3, 1]);
		expect(result.proposals.map((p) => p.line)).toEqual([7, null, null, 8, 9]);
		expect(result.proposals[2]!.issues.map((i) => `${i.line}:${i.column}`)).toEqual(['8:3']);
		expect(result.proposals[2]!.selected).toBe(true);
		expect(result.copy.added).toBe(3);
		expect(result.copy.unsaved.map((d) => d.category)).toEqual(['armored_vehicles', 'firearms', 'ammunition']);
		const again = addSelected(result.copy, result.proposals, { date: '2023-09-22', source: 'ru-mod', url: '' });
		expect([again.added, again.refused]).toEqual([0, 1]);
	});
});
