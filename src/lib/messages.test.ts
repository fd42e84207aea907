import { describe, expect, test } from 'vitest';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import * as m from './messages';

/**
 * Every message exists in both languages, with the same parameters, and says something in each:
 * the Arabic of a message with words in it is in Arabic script, not a copy of the English.
 */

type MessageFile = Record<string, unknown>;
type Locale = 'en' | 'ar';
type Message = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;

const files: Record<Locale, MessageFile> = { en, ar };

/** The keys of a message file (the `$schema` line is not a message). */
function keys(file: MessageFile): string[] {
	return Object.keys(file)
		.filter((key) => key !== '$schema')
		.sort();
}

/**
 * The parameters a message takes: `{name}` placeholders in its text, and `input name`
 * declarations of a plural (message-format plugin syntax), escaped braces left out.
 */
function params(value: unknown): string[] {
	const found = new Set<string>();
	const scan = (text: string) => {
		for (const match of text.replaceAll(/\\[{}\\]/g, '').matchAll(/\{\s*(\w+)\s*\}/g)) {
			found.add(match[1]!);
		}
	};
	if (typeof value === 'string') scan(value);
	else if (Array.isArray(value)) {
		for (const variant of value as { declarations?: string[]; match?: Record<string, string> }[]) {
			for (const declaration of variant.declarations ?? []) {
				const input = /^input (\w+)$/.exec(declaration.trim());
				if (input) found.add(input[1]!);
			}
			for (const text of Object.values(variant.match ?? {})) scan(text);
		}
	} else throw new Error(`not a message: ${JSON.stringify(value)}`);
	return [...found].sort();
}

/** Parameters that pick a plural form (`local x = count: plural`): numbers, maybe not shown. */
function selectors(value: unknown): string[] {
	if (typeof value === 'string') return [];
	return (value as { declarations?: string[] }[]).flatMap((v) =>
		(v.declarations ?? []).flatMap((d) => /=\s*(\w+)\s*:\s*plural/.exec(d)?.[1] ?? [])
	);
}

/** Sample parameters: text for each, and the number `count` for those that pick a plural. */
function sample(value: unknown, count: number): Record<string, unknown> {
	const numbers = selectors(value);
	return Object.fromEntries(
		params(value).map((name) => [name, numbers.includes(name) ? count : `‹${name}›`])
	);
}

const message = (key: string) => (m as unknown as Record<string, Message>)[key]!;
const LATIN = /[A-Za-z]{2,}/;
const ARABIC = /[\u0600-\u06ff]/;
const enKeys = keys(en);

describe('messages/en.json and messages/ar.json', () => {
	test('have the same keys', () => {
		expect(keys(ar)).toEqual(enKeys);
	});

	test('are exactly what src/lib/messages.ts exports', () => {
		expect(Object.keys(m).sort()).toEqual(enKeys);
	});

	test.each(enKeys)('%s takes the same parameters in both languages', (key) => {
		expect(params(files.ar[key])).toEqual(params(files.en[key]));
	});

	test.each(
		enKeys.flatMap((key) => (['en', 'ar'] as const).map((locale) => [key, locale] as const))
	)('%s (%s) says something, in its language', (key, locale) => {
		const value = files[locale][key];
		const english = message(key)(sample(files.en[key], 7), { locale: 'en' });
		for (const count of [0, 1, 2, 3, 11, 100]) {
			const text = message(key)(sample(value, count), { locale });
			expect(text.trim()).not.toBe('');
			expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
		}
		const text = message(key)(sample(value, 7), { locale });
		// Every text parameter shows (a plural selector may only pick the form).
		const numbers = selectors(value);
		for (const name of params(value)) {
			if (!numbers.includes(name)) expect(text).toContain(`‹${name}›`);
		}
		if (locale === 'ar' && LATIN.test(english.replaceAll(/‹\w+›/g, ''))) {
			expect(text).toMatch(ARABIC);
		}
	});
});

describe('messages', () => {
	test.each([
		[m.progress_exact({ percent: '6' }), '6%'],
		[m.progress_at_least({ percent: '8' }), 'at least 8%'],
		[m.progress_range({ low: '6', high: '8' }), '6–8%'],
		[m.no_estimate(), 'no estimate'],
		[m.unquantified(), 'handed over, no number given'],
		[m.sources_differ(), 'Sources differ'],
		[
			m.progress_bar({
				label: 'Firearms',
				handed: 'at least 801',
				progress: 'at least 8%',
				estimate: '10,000'
			}),
			'Firearms: at least 801 handed over, at least 8% of an estimated 10,000'
		],
		[m.issues_intro({ count: 1 }).startsWith('1 problem was'), true],
		[m.issues_intro({ count: 2 }).startsWith('2 problems were'), true],
		[
			m.issue_line({ file: 'reports.csv', line: '7', column: '4', message: 'bad' }),
			'reports.csv:7:4: bad'
		],
		[m.no_estimate({}, { locale: 'ar' }), 'لا تقدير'],
		[m.spoken_about({ n: '5,000' }, { locale: 'ar' }), 'نحو 5,000'],
		[m.progress_at_least({ percent: '8' }, { locale: 'ar' }), '8% على الأقل']
	])('%s', (actual, expected) => {
		expect(actual).toBe(expected);
	});
});
