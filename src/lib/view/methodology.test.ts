import { expect, test } from 'vitest';
import { formatQuantity } from '$lib/data/format';
import { QUALIFIER_RULES, statedToQuantity } from '$lib/data/quantity';
import { BASES, QUALIFIERS } from '$lib/data/types';
import { basisRows, exampleFigure, qualifierRows } from './methodology';

test('the methodology table has one row per qualifier, straight from QUALIFIER_RULES', () => {
	const rows = qualifierRows();
	expect(rows.map((r) => r.qualifier)).toEqual([...QUALIFIERS]);
	for (const row of rows) {
		const rule = QUALIFIER_RULES[row.qualifier];
		expect(row.example).toBe(formatQuantity(statedToQuantity(exampleFigure(row.qualifier))));
		expect(row.interval).toBe(rule.interval);
		expect(row.meaning).not.toBe('');
		if (rule.approximate) expect(row.interval).toMatch(/approximate/);
	}
});

test('the methodology lists every basis', () => {
	expect(basisRows().map((r) => r.basis)).toEqual([...BASES]);
	for (const row of basisRows()) expect(row.meaning).not.toBe('');
});
