/**
 * Links between the site's pages in the reader's language: `localHref('/karabakh-2023/')` is
 * that page on an English page and `/ar/karabakh-2023/` on an Arabic one. Like `resolve` it
 * adds the base path, which while prerendering is relative to the page (`../..`), so that the
 * built site works from any folder.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

/** The page at `path` (absolute, from the site's root) in the current language. */
export function localHref(path: `/${string}`): ResolvedPathname {
	// resolve('/') is the base path and a slash; localizeHref gives an absolute path ("/ar/…").
	return (resolve('/').slice(0, -1) + localizeHref(path)) as ResolvedPathname;
}

/**
 * An address of this site (`url`, absolute) in `locale`, keeping its query and fragment: what
 * the language switch links to.
 */
export function switchedHref(href: string, locale: Locale): ResolvedPathname {
	const url = new URL(href);
	const path = new URL(localizeHref(url.pathname, { locale }), url).pathname;
	return `${path}${url.search}${url.hash}` as ResolvedPathname;
}

/**
 * The Atom feed of `dataset` in the current language (src/routes/[dataset]/feed.xml): the
 * dataset's folder through localHref (which ends a path in a slash), then the file's name.
 */
export function feedHref(dataset: string): string {
	return `${localHref(`/${dataset}/`)}feed.xml`;
}
