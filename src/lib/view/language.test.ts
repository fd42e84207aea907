import { describe, expect, test } from 'vitest';
import { localizeHref } from '$lib/paraglide/runtime';
import { switchedHref as switchHref } from '$lib/links';
import { otherLocale } from './language';

describe('the language switch', () => {
	test.each([
		[
			'https://x.org/karabakh-2023/reports/?category=firearms#t',
			'ar',
			'/ar/karabakh-2023/reports/?category=firearms#t'
		],
		[
			'https://x.org/ar/karabakh-2023/reports/?category=firearms&side=Russia',
			'en',
			'/karabakh-2023/reports/?category=firearms&side=Russia'
		],
		['https://x.org/', 'ar', '/ar/'],
		['https://x.org/ar/', 'en', '/'],
		['https://x.org/ar/methodology/', 'en', '/methodology/'],
		[
			'https://x.org/karabakh-2023/timeline/?category=firearms',
			'ar',
			'/ar/karabakh-2023/timeline/?category=firearms'
		]
	] as const)('%s in %s is %s', (href, locale, expected) => {
		expect(switchHref(href, locale)).toBe(expected);
	});

	test('offers the other language', () => {
		expect(otherLocale('en')).toBe('ar');
		expect(otherLocale('ar')).toBe('en');
	});

	test.each([
		['/karabakh-2023/', 'ar', '/ar/karabakh-2023/'],
		['/', 'ar', '/ar/'],
		['/ar/karabakh-2023/', 'en', '/karabakh-2023/']
	] as const)('localizeHref(%s, %s) is %s', (href, locale, expected) => {
		expect(localizeHref(href, { locale })).toBe(expected);
	});
});
