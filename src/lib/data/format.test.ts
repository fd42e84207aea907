import { describe, expect, test } from 'vitest';
import { formatCount, formatQuantity } from './format';
import { formatProgress } from './format-progress';
import { statedToQuantity, sumQuantities } from './quantity';
import type { Progress, Quantity } from './types';

const q = (
	low: number,
	high: number | null,
	style: Quantity['style'],
	approximate = false
): Quantity => ({ low, high, approximate, style });
const p = (low: number, high: number | null, approximate = false): Progress => ({
	low,
	high,
	approximate
});

describe('formatQuantity', () => {
	test.each([
		[q(6, 6, 'plain'), '6', '6'],
		[q(801, null, 'plus'), '800+', 'أكثر من 800'],
		[q(5000, 5000, 'plain', true), '≈5,000', 'نحو 5,000'],
		[q(10000, 10000, 'plain', true), '≈10,000', 'نحو 10,000'],
		[q(800, null, 'ge'), '≥800', '800 على الأقل'],
		[q(0, 20, 'le'), '≤20', '20 على الأكثر'],
		[q(0, 799, 'lt'), '<800', 'أقل من 800'],
		[q(10, 20, 'range'), '10–20', 'من 10 إلى 20'],
		[q(851, null, 'plus', true), '≈850+', 'نحو أكثر من 850'],
		// at_most 0 and fewer_than 1 keep their sign although their bounds meet.
		[q(0, 0, 'le'), '≤0', '0 على الأكثر'],
		[q(0, 0, 'lt'), '<1', 'أقل من 1']
	])('%j is %s, in Arabic %s', (quantity, english, arabic) => {
		expect(formatQuantity(quantity)).toBe(english);
		expect(formatQuantity(quantity, 'en')).toBe(english);
		expect(formatQuantity(quantity, 'ar')).toBe(arabic);
	});

	// Issue 14: ranges and the sources' own shares, from the cells as reports.csv holds them.
	test.each([
		[7000, 'between', 13000, 'count', '7,000–13,000', 'من 7,000 إلى 13,000'],
		[500, 'between', 600, 'count', '500–600', 'من 500 إلى 600'],
		[40, 'about', null, 'percent', '≈40%', 'نحو 40٪'],
		[60, 'more_than', null, 'percent', '60%+', 'أكثر من 60٪'],
		[30, 'exact', null, 'percent', '30%', '30٪'],
		[44.5, 'exact', null, 'percent', '44.5%', '44.5٪'],
		[12.25, 'at_least', null, 'percent', '≥12.25%', '12.25٪ على الأقل'],
		[90, 'at_most', null, 'percent', '≤90%', '90٪ على الأكثر'],
		[5, 'fewer_than', null, 'percent', '<5%', 'أقل من 5٪'],
		[30, 'between', 40, 'percent', '30–40%', 'من 30 إلى 40٪']
	] as const)('%s %s (high %s, %s) is %s, in Arabic %s', (value, qualifier, high, unit, english, arabic) => {
		const quantity = statedToQuantity({ value, qualifier, high, unit });
		expect(formatQuantity(quantity)).toBe(english);
		expect(formatQuantity(quantity, 'ar')).toBe(arabic);
	});

	test('a sum keeps its operands’ style: 800+ and 50 is 850+, ≥800 and 50 is ≥850', () => {
		const more = sumQuantities([q(801, null, 'plus'), q(50, 50, 'plain')], (x) => x)!;
		const atLeast = sumQuantities([q(800, null, 'ge'), q(50, 50, 'plain')], (x) => x)!;
		expect([formatQuantity(more), formatQuantity(atLeast)]).toEqual(['850+', '≥850']);
	});

	test('counts group as Intl does', () => {
		for (const n of [0, 7, 999, 1000, 12345, 1234567, 9007199254740991]) {
			expect(formatCount(n)).toBe(new Intl.NumberFormat('en-US').format(n));
		}
	});
});

describe('formatProgress', () => {
	test.each([
		{ progress: p(0.06, 0.06, true), page: '6%', table: '6%', ar: '6%' },
		{ progress: p(0.0801, null, true), page: 'at least 8%', table: 'at least 8%', ar: '8% على الأقل' },
		{ progress: p(0.061, 0.079), page: '6–8%', table: '6–8%', ar: '6–8%' },
		{ progress: p(0.061, 0.069), page: '6–7%', table: '6–7%', ar: '6–7%' },
		{ progress: p(0.101, 0.109), page: '10–11%', table: '10–11%', ar: '10–11%' },
		{ progress: p(0, 0.08), page: 'at most 8%', table: 'at most 8%', ar: '8% على الأكثر' },
		{ progress: p(0.29, 0.29), page: '29%', table: '29%', ar: '29%' },
		// The one difference: the page says "less than 1%", the CLI table the rounded percent.
		{ progress: p(0.0001, 0.0001), page: 'less than 1%', table: '0%', ar: 'أقل من 1%' },
		{ progress: p(0.0001, null), page: 'less than 1%', table: 'at least 0%', ar: 'أقل من 1%' },
		{ progress: p(0, 0), page: '0%', table: '0%', ar: '0%' },
		{ progress: p(1.25, 1.25), page: '125%', table: '125%', ar: '125%' },
		// The page groups its numbers; the table prints them bare, as it always has.
		{ progress: p(12.34, 12.34), page: '1,234%', table: '1234%', ar: '1,234%' }
	])('$progress.low–$progress.high: $page (table $table)', ({ progress, page, table, ar }) => {
		const before = structuredClone(progress);
		expect(formatProgress(progress, 'en')).toBe(page);
		expect(formatProgress(progress, 'en', { for: 'table' })).toBe(table);
		expect(formatProgress(progress, 'ar')).toBe(ar);
		// The table is English whatever it is asked.
		expect(formatProgress(progress, 'ar', { for: 'table' })).toBe(table);
		expect(progress).toEqual(before);
	});
});
