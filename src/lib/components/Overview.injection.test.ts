/**
 * Hostile text in the CSV files renders as text: the overview rendered on the server (as the
 * prerenderer does) from tests/fixtures/bad/html-in-text, whose category label, report quote
 * and dataset title hold HTML and script tags. Svelte escapes text and attribute values; this
 * proves that nothing on the way (view models, components) turns them into markup.
 */
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { overviewPage } from '$lib/server/views';
import Overview from './Overview.svelte';

const ROOT = 'tests/fixtures/bad';

describe('Overview with HTML in the data files', () => {
	const { overview } = overviewPage('html-in-text', ROOT);
	const { head, body } = render(Overview, { props: { overview } });

	test('the label, the quote and the title are in the page, escaped', () => {
		expect(body).toContain('&lt;img src=x onerror=alert(1)>Firearms&lt;/b>');
		expect(body).toContain("&lt;script>alert('quote')&lt;/script>وأكثر من 800 سلاح ناري");
		expect(body).toContain("Handover &lt;/title>&lt;script>alert('title')&lt;/script>");
		expect(head).toContain("<title>Handover &lt;/title>&lt;script>alert('title')&lt;/script>");
	});

	test('no element comes from them: no script, no img, no event handler', () => {
		for (const html of [head, body]) {
			expect(html).not.toMatch(/<script|<img|<\/b>/i);
			// An event handler attribute on a real tag. Attribute values are emptied first: they
			// are in double quotes, with any `"` inside escaped, and may spell one as text.
			const tags = html.replace(/="[^"]*"/g, '=""');
			expect(tags).not.toMatch(/<[a-z][^>]*\son\w+=/i);
		}
	});

	test('the good figures still show', () => {
		for (const text of ['>6<', '>800+<', '>≈5,000<']) expect(body).toContain(text);
		expect(body).not.toContain('Problems in the data files');
	});
});
