import { describe, expect, test } from 'vitest';
import type { Progress, Quantity } from '$lib/data/types';
import { progressBar, spokenQuantity } from './progress';

function q(low: number, high: number | null, approximate = false): Quantity {
	const style = high === low ? 'plain' : high === null ? 'plus' : low === 0 ? 'le' : 'range';
	return { low, high, approximate, style };
}

function p(low: number, high: number | null, approximate = false): Progress {
	return { low, high, approximate };
}

describe('spokenQuantity', () => {
	test.each([
		{ quantity: q(6, 6), expected: '6' },
		{ quantity: q(5000, 5000, true), expected: 'about 5,000' },
		{ quantity: q(801, null), expected: 'at least 801' },
		{ quantity: q(0, 19), expected: 'at most 19' },
		{ quantity: q(10, 20), expected: 'between 10 and 20' }
	])('$expected', ({ quantity, expected }) => {
		expect(spokenQuantity(quantity)).toBe(expected);
	});
});

describe('progressBar', () => {
	test('an open-ended share: solid to the low end, a fading range to the end of the track', () => {
		const bar = progressBar({
			label: 'Firearms',
			handed: q(801, null, false),
			denominator: q(10000, 10000, true),
			progress: p(0.0801, null, true)
		});
		expect(bar).toEqual({
			label: 'Firearms: at least 801 handed over, at least 8% of an estimated 10,000',
			solid: 7.28,
			range: { start: 7.28, width: 92.72, open: true },
			mark: { at: 90.91, fromEnd: 9.09, approximate: true, label: '≈ estimate' }
		});
	});

	test('an exact share has no range', () => {
		const bar = progressBar({
			label: 'Armoured vehicles',
			handed: q(6, 6, false),
			denominator: q(100, 100, true),
			progress: p(0.06, 0.06, true)
		});
		expect(bar.range).toBeNull();
		expect(bar.solid).toBe(5.45);
		expect(bar.label).toBe('Armoured vehicles: 6 handed over, 6% of an estimated 100');
	});

	test('a bounded range is hatched between its ends; an exact estimate is marked as such', () => {
		const bar = progressBar({
			label: 'Rifles',
			handed: q(10, 20, false),
			denominator: q(100, 100, false),
			progress: p(0.1, 0.2)
		});
		expect(bar.range).toEqual({ start: 9.09, width: 9.09, open: false });
		expect(bar.mark).toEqual({ at: 90.91, fromEnd: 9.09, approximate: false, label: 'estimate' });
		expect(bar.label).toBe('Rifles: between 10 and 20 handed over, 10–20% of an estimated 100');
	});

	test('a share above the estimate widens the track so that everything fits', () => {
		const bar = progressBar({
			label: 'Rifles',
			handed: q(150, 150, false),
			denominator: q(100, 100, false),
			progress: p(1.5, 1.5)
		});
		expect(bar.solid).toBe(90.91);
		expect(bar.mark.at).toBe(60.61);
	});
});
