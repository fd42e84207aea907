/**
 * Paraglide JS's compiler options, in one place: `npm run paraglide` (this file run by Node)
 * compiles messages/*.json with them into src/lib/paraglide before svelte-check, the unit tests
 * and the builds, and vite.config.ts hands the same options to paraglideVitePlugin. (Not in
 * project.inlang/paraglide.config.js: inlang rewrites that folder's .gitignore to ignore all
 * but settings.json.) See messages/README.md.
 */
import { pathToFileURL } from 'node:url';
import { compile } from '@inlang/paraglide-js';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The language is in the address (/ar/karabakh-2023/) and nowhere else: every page prerenders
	// once per language, and a static host reads no cookie and no Accept-Language.
	strategy: ['url', 'baseLocale'],
	// One module per message, so a page's JavaScript holds only the messages it uses; pinned,
	// because the Vite plugin otherwise writes one module per locale under `vite dev`.
	outputStructure: 'message-modules',
	// The site's addresses end in a slash (trailingSlash 'always' in src/routes/+layout.ts).
	trailingSlash: 'always',
	// The Vite plugin's own expression, so that both write the same code. A Web Worker (no
	// window, not SSR) counts as the browser.
	isServer: "import.meta.env?.SSR ?? typeof window === 'undefined'",
	emitReadme: false
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await compile(paraglideOptions);
	// The inlang SDK leaves timers behind that would hold the process for half a minute more.
	process.exit(0);
}
