/**
 * Links to a view: the address that opens the same view (with the reader's colour theme), the
 * embed view of a chart and its <iframe> snippet. Pure, and small: the chart's buttons use it
 * before any export code loads.
 */

/** What a chart's buttons need to know about it. */
export interface ChartShare {
	chart: 'progress' | 'timeline';
	dataset: string;
	/** The category the chart shows, or null for all. */
	category: string | null;
	/** The chart's heading. */
	title: string;
	/** The address of the chart's export.json (src/routes/[dataset]/embed). */
	data: string;
	/** The address of the chart's embed view. */
	embed: string;
}

/**
 * The address of the view on screen, with the theme when the reader chose one (`auto` is the
 * default, so it is left out): the address already holds the dataset, the page, the category,
 * the filters and the language.
 * @example viewUrl('https://x.org/k/timeline/?category=firearms', 'dark')
 *   // 'https://x.org/k/timeline/?category=firearms&theme=dark'
 */
export function viewUrl(href: string, theme: string | undefined): string {
	const url = new URL(href);
	url.hash = '';
	if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
	else url.searchParams.delete('theme');
	return url.href;
}

/**
 * A chart's embed view or export data (`share.embed`, `share.data`, as the chart's component
 * resolves them: the English addresses) in the page's language: `/ar/<dataset>/embed/…` on an
 * Arabic page. `localize` is Paraglide's localizeUrl for the page's language; it gives an address
 * a trailing slash (the site's pages end in one), so a file (`export.json`) keeps its own name.
 * @example inLanguage('/k/embed/progress/export.json', 'https://x.org/ar/k/', arabic)
 *   // 'https://x.org/ar/k/embed/progress/export.json'
 */
export function inLanguage(path: string, page: string, localize: (url: URL) => URL): string {
	const url = new URL(path, page);
	const file = url.pathname.endsWith('/')
		? ''
		: url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
	const folder = localize(new URL(file ? '.' : url.pathname, url));
	return new URL(file, folder).href;
}

function attribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The HTML that embeds a chart's view in another page.
 * @example embedSnippet('https://x.org/k/embed/progress/', 'Share of the estimate', 480)
 *   // '<iframe src="https://x.org/k/embed/progress/" title="Share of the estimate" width="100%" height="480" style="border:0" loading="lazy"></iframe>'
 */
export function embedSnippet(src: string, title: string, height: number): string {
	return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}
