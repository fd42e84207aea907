import { expect, test } from 'vitest';
import { newSince, seenKey } from './seen-store';

const D = 'karabakh-2023';
const FIRST = [`${D}/2023-09-22/ru-mod`];
const LATER = [`${D}/2023-09-24/ru-mod`, `${D}/2023-09-23/az-gov`, ...FIRST];

test.each([
	['a first visit (nothing stored)', null, LATER, []],
	['nothing new', JSON.stringify(FIRST), FIRST, []],
	['two new, newest first', JSON.stringify(FIRST), LATER, LATER.slice(0, 2)],
	['all seen', JSON.stringify(LATER), LATER, []],
	['an entry gone from the files', JSON.stringify(LATER), FIRST, []],
	['unreadable text', 'not json', LATER, []],
	['another shape', '{"a":1}', LATER, []],
	['a list with other values', `[1,"${FIRST[0]}"]`, LATER, LATER.slice(0, 2)]
])('%s', (_, stored, ids, news) => {
	expect(newSince(stored, ids)).toEqual(news);
});

test('one key per dataset', () => {
	expect([seenKey(D), seenKey('other')]).toEqual([
		'handover-monitor:seen:karabakh-2023',
		'handover-monitor:seen:other'
	]);
});
