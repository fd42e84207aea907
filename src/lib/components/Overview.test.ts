/**
 * The overview component rendered to HTML on the server, as the prerenderer does: what a reader
 * without JavaScript gets. The broken fixture must show its issue panel and its good figures.
 */
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { overviewPage } from '$lib/server/views';
import Overview from './Overview.svelte';

/** The rendered HTML without Svelte's hydration comments and scoped-style classes. */
function html(id: string, root?: string): string {
	const { body } = render(Overview, { props: { overview: overviewPage(id, root).overview } });
	return body.replace(/<!--[^]*?-->/g, '').replace(/ class="[^"]*"/g, '');
}

describe('Overview', () => {
	test('the seed dataset: figures, no issue panel, the quote in Arabic behind <details>', () => {
		const body = html('karabakh-2023');
		for (const text of [
			'>6<',
			'>800+<',
			'>≈5,000<',
			'>≈10,000<',
			'>≈100<',
			'>6%<',
			'>at least 8%<'
		]) {
			expect(body).toContain(text);
		}
		expect(body).toContain('handed over, no number given');
		expect(body).not.toContain('Problems in the data files');
		expect(body).toMatch(/<details[^>]*>\s*<summary>The report's words<\/summary>/);
		expect(body).toMatch(/<blockquote lang="ar" dir="rtl">وأكثر من 800 سلاح ناري<\/blockquote>/);
		expect(body).toMatch(
			/role="img" aria-label="Firearms: at least 801 handed over, at least 8% of an estimated 10,000"/
		);
	});

	test('a broken cell: the panel names file, line and column, and the good figures show', () => {
		const body = html('broken', 'tests/fixtures');
		expect(body).toMatch(/role="region" aria-labelledby="issues-heading"/);
		expect(body).toContain('Problems in the data files');
		expect(body).toMatch(/<code>reports\.csv:5:4: [^<]*eight hundred[^<]*<\/code>/);
		expect(body).toContain('>6<');
		expect(body).toContain('>≈5,000<');
	});
});
