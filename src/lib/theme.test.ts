import { describe, expect, test } from 'vitest';
import {
	applyTheme,
	nextTheme,
	parseTheme,
	readTheme,
	storeTheme,
	THEME_STORAGE_KEY,
	THEMES
} from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

const refusing = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	}
};

describe('parseTheme', () => {
	test.each([
		{ value: 'auto', expected: 'auto' },
		{ value: 'light', expected: 'light' },
		{ value: 'dark', expected: 'dark' },
		{ value: 'Dark', expected: 'auto' },
		{ value: '', expected: 'auto' },
		{ value: null, expected: 'auto' },
		{ value: undefined, expected: 'auto' },
		{ value: 42, expected: 'auto' }
	])('$value -> $expected', ({ value, expected }) => {
		expect(parseTheme(value)).toBe(expected);
	});
});

test('the toggle cycles through every theme and back', () => {
	expect(THEMES.map(nextTheme)).toEqual(['light', 'dark', 'auto']);
});

describe('storage', () => {
	test.each(THEMES)('%s round-trips', (theme) => {
		const storage = memoryStorage();
		storeTheme(storage, theme);
		expect(readTheme(storage)).toBe(theme);
	});

	test('auto forgets the stored choice', () => {
		const storage = memoryStorage({ [THEME_STORAGE_KEY]: 'dark' });
		storeTheme(storage, 'auto');
		expect(storage.items.has(THEME_STORAGE_KEY)).toBe(false);
	});

	test('a bad stored value reads as auto', () => {
		expect(readTheme(memoryStorage({ [THEME_STORAGE_KEY]: '<script>' }))).toBe('auto');
	});

	test('no storage, or storage that throws, is not an error', () => {
		expect(readTheme(undefined)).toBe('auto');
		expect(readTheme(refusing)).toBe('auto');
		expect(() => storeTheme(refusing, 'dark')).not.toThrow();
		expect(() => storeTheme(undefined, 'dark')).not.toThrow();
	});
});

test.each([
	{ theme: 'light', expected: 'light' },
	{ theme: 'dark', expected: 'dark' },
	{ theme: 'auto', expected: undefined }
] as const)('applyTheme($theme) sets data-theme to $expected', ({ theme, expected }) => {
	const root = { dataset: { theme: 'dark' } as DOMStringMap };
	applyTheme(root, theme);
	expect(root.dataset.theme).toBe(expected);
});
