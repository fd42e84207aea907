import { describe, expect, test } from 'vitest';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { loadDataset } from '../load';
import { DATASET_FILES } from '../types';
import { editDistance, idList, LISTED_IDS, nearestId } from './nearest-id';

const SOURCES = ['ru-mod', 'az-gov', 'az-mfa', 'karabakh-separatists'];

describe('nearestId', () => {
	test.each([
		['ru-mdo', 'ru-mod'],
		['RU-MOD', 'ru-mod'],
		['ru_mod', 'ru-mod'],
		['az-gv', 'az-gov'],
		['az-mfb', 'az-mfa'],
		['karabakh-separatist', 'karabakh-separatists'],
		['nato', null],
		['x', null],
		['', null]
	])('%s -> %s', (id, near) => {
		expect(nearestId(id, SOURCES)).toBe(near);
	});

	test.each([
		['ru-mdo', 'ru-mod', 1],
		['abc', 'abc', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3]
	])('editDistance(%s, %s) = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});
});

describe('idList', () => {
	test('the ids in file order', () => {
		expect(idList(SOURCES)).toBe('ru-mod, az-gov, az-mfa, karabakh-separatists');
	});
	test(`at most ${LISTED_IDS}, then …`, () => {
		const many = Array.from({ length: LISTED_IDS + 3 }, (_, i) => `s${i}`);
		expect(idList(many)).toBe(`${many.slice(0, LISTED_IDS).join(', ')}, …`);
	});
});

test('an unknown source in reports.csv is named with the nearest id and the valid ones', () => {
	const reports =
		SEED_FILES[DATASET_FILES.reports]! +
		'2023-09-24,ru-mdo,firearms,1000,more_than,cumulative,,,,\n' +
		'2023-09-24,nato,firearms,1000,more_than,cumulative,,,,\n';
	const load = loadDataset(SEED_ID, { ...SEED_FILES, [DATASET_FILES.reports]: reports });
	expect(
		load.issues.filter((i) => i.line >= 7).map((i) => `${i.line}:${i.column} ${i.message}`)
	).toEqual([
		"7:2 source 'ru-mdo' is not an id in sources.csv; did you mean ru-mod? (ru-mod, az-gov, az-mfa, karabakh-separatists)",
		"8:2 source 'nato' is not an id in sources.csv (ru-mod, az-gov, az-mfa, karabakh-separatists)"
	]);
});
