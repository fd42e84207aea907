import { describe, expect, test } from 'vitest';
import { benchExtract, benchText } from './bench-extract';

describe('the extractor benchmark', () => {
	test('its text has the words asked for, made of whole reports', () => {
		const text = benchText(2_000);
		expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(2_000);
		expect(text.startsWith('أعلن الانفصاليون الأرمن')).toBe(true);
	});

	test('finds the same figures in each copy of the reports', () => {
		const one = benchExtract({ words: 1, runs: 1 });
		// The seed's 7 (its 2 named without a number only once in a text), the Russian 3, the English 3.
		expect(one.figures).toBe(13);
		const three = benchExtract({ words: one.words * 3, runs: 1 });
		expect(three.figures).toBe(13 + 2 * 11);
	});
});
