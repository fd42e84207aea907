import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A second build (the generated 100,000-row site of tests/large and `npm run budget`) sets both,
// so that it neither replaces build/ nor shares .svelte-kit/ with a normal build running beside it.
const buildDir = process.env.BUILD_DIR || 'build';
const kitOutDir = process.env.KIT_OUT_DIR || '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		outDir: kitOutDir,
		// Small stylesheets go into the page's <style>: no render-blocking request before the first
		// paint (Lighthouse, mobile). Each is a few KB; 'unsafe-inline' in style-src allows them.
		inlineStyleThreshold: 10_000,
		// Every page prerenders; a page that cannot is a build error, not a silent SPA fallback.
		adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A strict Content Security Policy. The pages are prerendered, so Kit writes it as a
		// <meta http-equiv> and adds the hash of each inline script it emits (mode 'hash'): no
		// other script runs, and no eval. Styles need 'unsafe-inline': Svelte writes `style="…"`
		// attributes (`style:` directives, app.html's wrapper) and some pages hide parts without
		// JavaScript with <noscript><style>. With no {@html} anywhere (src/lib/security.test.ts),
		// no markup from the data can reach the page to use it. frame-ancestors, report-uri and
		// sandbox cannot be set by a meta tag; a host that sends headers may add them there.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// blob: the live site gives the charts their new points as object URLs (src/lib/live).
				'connect-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
