import { describe, expect, test } from 'vitest';
import { formatQuantity } from './format';
import { addQuantities, percent, progressOf, statedToQuantity } from './quantity';
import type { Qualifier } from './types';

describe('statedToQuantity', () => {
	test.each<[Qualifier, number, number, number | null, boolean, string]>([
		['exact', 6, 6, 6, false, '6'],
		['about', 5000, 5000, 5000, true, '≈5,000'],
		['more_than', 800, 801, null, false, '800+'],
		['at_least', 800, 800, null, false, '≥800'],
		['at_most', 20, 0, 20, false, '≤20'],
		['fewer_than', 20, 0, 19, false, '<20'],
		['exact', 0, 0, 0, false, '0']
	])('%s %d is [%d, %s]', (qualifier, value, low, high, approximate, text) => {
		const quantity = statedToQuantity({ value, qualifier });
		expect({ ...quantity, style: undefined }).toEqual({ low, high, approximate, style: undefined });
		expect(formatQuantity(quantity)).toBe(text);
	});
});

describe('addQuantities', () => {
	const q = (value: number, qualifier: Qualifier) => statedToQuantity({ value, qualifier });
	test.each([
		{ a: q(6, 'exact'), b: q(4, 'exact'), expected: { low: 10, high: 10, approximate: false, text: '10' } },
		{ a: q(800, 'more_than'), b: q(50, 'exact'), expected: { low: 851, high: null, approximate: false, text: '850+' } },
		{ a: q(800, 'at_least'), b: q(50, 'exact'), expected: { low: 850, high: null, approximate: false, text: '≥850' } },
		{ a: q(5000, 'about'), b: q(100, 'exact'), expected: { low: 5100, high: 5100, approximate: true, text: '≈5,100' } },
		{ a: q(10, 'exact'), b: q(10, 'at_most'), expected: { low: 10, high: 20, approximate: false, text: '10–20' } },
		{ a: q(0, 'exact'), b: q(20, 'fewer_than'), expected: { low: 0, high: 19, approximate: false, text: '<20' } }
	])('$a.low + $b.low = $expected.text', ({ a, b, expected }) => {
		const before = structuredClone([a, b]);
		const { text, ...interval } = expected;
		const sum = addQuantities(a, b);
		expect({ ...sum, style: undefined }).toEqual({ ...interval, style: undefined });
		expect(formatQuantity(sum)).toBe(text);
		expect([a, b]).toEqual(before);
	});
});

describe('progressOf', () => {
	const q = (value: number, qualifier: Qualifier) => statedToQuantity({ value, qualifier });
	test('the seed: 6 of about 100 armoured vehicles is 6%', () => {
		expect(progressOf(q(6, 'exact'), q(100, 'about'), 1)).toEqual({ low: 0.06, high: 0.06, approximate: true });
	});
	test('the seed: more than 800 firearms of about 10,000 fighters is at least 8.01%', () => {
		expect(progressOf(q(800, 'more_than'), q(10000, 'about'), 1)).toEqual({ low: 0.0801, high: null, approximate: true });
	});
	test('per_target scales the total', () => {
		expect(progressOf(q(50, 'exact'), q(100, 'exact'), 2)).toEqual({ low: 0.25, high: 0.25, approximate: false });
	});
	test('an open-ended estimate only bounds progress from above', () => {
		expect(progressOf(q(50, 'exact'), q(100, 'at_least'), 1)).toEqual({ low: 0, high: 0.5, approximate: false });
	});
	test.each([
		['an estimate of zero', q(0, 'exact'), 1],
		['a share per target of zero', q(100, 'exact'), 0]
	])('%s gives no ratio, never Infinity or NaN', (_, estimate, perTarget) => {
		expect(progressOf(q(6, 'exact'), estimate, perTarget)).toEqual({ low: 0, high: null, approximate: false });
	});
});

test.each([
	[0.0801, 'floor', 8],
	[0.29, 'floor', 29],
	[0.06, 'round', 6],
	[0.061, 'ceil', 7]
] as const)('percent(%d, %s) = %d', (ratio, direction, expected) => {
	expect(percent(ratio, direction)).toBe(expected);
});
