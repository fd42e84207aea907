import { describe, expect, test } from 'vitest';
import { newSinceLastVisit, rememberSeen, seenKey } from './seen-store';

/** A Storage in memory (Node has no localStorage). */
function memory(initial: Record<string, string> = {}): Storage {
	const items = new Map(Object.entries(initial));
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

const D = 'karabakh-2023';
const FIRST = [`${D}/2023-09-22/ru-mod`];
const LATER = [`${D}/2023-09-24/ru-mod`, `${D}/2023-09-23/az-gov`, ...FIRST];

describe('newSinceLastVisit', () => {
	test('a first visit marks nothing and remembers every entry', () => {
		const storage = memory();
		expect(newSinceLastVisit(D, FIRST, storage)).toEqual([]);
		expect(storage.getItem(seenKey(D))).toBe('["2023-09-22/ru-mod"]');
	});

	test('the next visit: the entries that came in since, newest first, until marked as seen', () => {
		const storage = memory();
		newSinceLastVisit(D, FIRST, storage);
		expect(newSinceLastVisit(D, LATER, storage)).toEqual([
			'2023-09-24/ru-mod',
			'2023-09-23/az-gov'
		]);
		// Not seen until the reader says so: the next page says the same.
		expect(newSinceLastVisit(D, LATER, storage)).toHaveLength(2);
		rememberSeen(D, LATER, storage);
		expect(newSinceLastVisit(D, LATER, storage)).toEqual([]);
	});

	test('each dataset on its own', () => {
		const storage = memory();
		newSinceLastVisit(D, FIRST, storage);
		expect(newSinceLastVisit('other', ['other/2024-01-01/x'], storage)).toEqual([]);
		expect(newSinceLastVisit(D, LATER, storage)).toHaveLength(2);
	});

	test.each([['not json'], ['{"a":1}'], ['[1,"2023-09-22/ru-mod"]']])(
		'a stored %s reads safely',
		(text) => {
			const storage = memory({ [seenKey(D)]: text });
			expect(() => newSinceLastVisit(D, LATER, storage)).not.toThrow();
		}
	);

	test('storage that refuses to write: nothing is marked, nothing throws', () => {
		const storage = {
			...memory(),
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		} as Storage;
		expect(newSinceLastVisit(D, LATER, storage)).toEqual([]);
	});
});
