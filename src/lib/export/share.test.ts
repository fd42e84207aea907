import { expect, test } from 'vitest';
import { embedSnippet, viewUrl } from './share';

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
