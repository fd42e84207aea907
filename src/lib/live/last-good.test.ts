import { describe, expect, test } from 'vitest';
import { lastGood } from './last-good';

interface Version {
	label: string;
	errors: number;
}
const version = (label: string, errors: number): Version => ({ label, errors });
const count = (v: Version) => v.errors;

describe('keep the last good figures', () => {
	test.each([
		// shown, newer, what is shown after, what is listed as broken
		[null, version('first', 3), 'first', null],
		[version('good', 0), version('typo', 1), 'good', 'typo'],
		[version('good', 0), version('fixed', 0), 'fixed', null],
		[version('two errors', 2), version('one fixed', 1), 'one fixed', null],
		[version('two errors', 2), version('other two', 2), 'other two', null],
		[version('two errors', 2), version('worse', 3), 'two errors', 'worse']
	])('shown %o, newer %o: shows %s, broken %s', (shown, newer, shows, broken) => {
		const result = lastGood(shown, newer, count);
		expect(result.shown.label).toBe(shows);
		expect(result.broken?.label ?? null).toBe(broken);
	});

	test('the versions themselves, not copies: the server keeps its parsed files', () => {
		const good = version('good', 0);
		const typo = version('typo', 1);
		const result = lastGood(good, typo, count);
		expect(result.shown).toBe(good);
		expect(result.broken).toBe(typo);
		expect(lastGood(good, good, count).shown).toBe(good);
	});
});
