import { describe, expect, test } from 'vitest';
import { localizeUrl } from '$lib/paraglide/runtime';
import { embedSnippet, inLanguage, viewUrl } from './share';

test.each([
	[
		'http://localhost/karabakh-2023/timeline/?category=firearms',
		'dark',
		'http://localhost/karabakh-2023/timeline/?category=firearms&theme=dark'
	],
	[
		'http://localhost/karabakh-2023/reports/?source=ru-mod&page=2',
		'light',
		'http://localhost/karabakh-2023/reports/?source=ru-mod&page=2&theme=light'
	],
	['http://localhost/karabakh-2023/?theme=dark#main', undefined, 'http://localhost/karabakh-2023/'],
	['http://localhost/ar/karabakh-2023/', 'purple', 'http://localhost/ar/karabakh-2023/']
])('viewUrl(%s, %s)', (href, theme, url) => {
	expect(viewUrl(href, theme)).toBe(url);
});

test('embedSnippet escapes what it quotes', () => {
	expect(embedSnippet('https://x.org/k/embed/progress/?a=1&b=2', 'Say "hi" <now>', 480.4)).toBe(
		'<iframe src="https://x.org/k/embed/progress/?a=1&amp;b=2" title="Say &quot;hi&quot; &lt;now>" width="100%" height="480" style="border:0" loading="lazy"></iframe>'
	);
});

describe('inLanguage: an embed view and its export data in the page language', () => {
	const arabic = (url: URL) => localizeUrl(url, { locale: 'ar' });
	const english = (url: URL) => localizeUrl(url, { locale: 'en' });
	test.each([
		['/karabakh-2023/embed/progress/', arabic, 'http://localhost/ar/karabakh-2023/embed/progress/'],
		[
			'/karabakh-2023/embed/timeline/firearms/export.json',
			arabic,
			'http://localhost/ar/karabakh-2023/embed/timeline/firearms/export.json'
		],
		[
			'/karabakh-2023/embed/progress/export.json',
			english,
			'http://localhost/karabakh-2023/embed/progress/export.json'
		],
		['/karabakh-2023/embed/timeline/', english, 'http://localhost/karabakh-2023/embed/timeline/']
	])('%s', (path, localize, expected) => {
		expect(inLanguage(path, 'http://localhost/ar/karabakh-2023/', localize)).toBe(expected);
	});
});
