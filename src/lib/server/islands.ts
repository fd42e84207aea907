/**
 * The <script> of the islands' entry (src/lib/islands/entry.ts) for a page's <head>, with a
 * modulepreload for each chunk it imports, so that they download side by side. Under `vite dev`
 * Vite serves the entry from its source; a build has it in SvelteKit's client manifest, as
 * scripts/vite-plugin-islands.ts emitted it. Addresses are relative to the page (as SvelteKit
 * writes its own), so the site works from any folder of a host; the error page, served at any
 * address, gets them from the root.
 */
import { dev } from '$app/environment';
import { ISLANDS_ENTRY, readClientManifest, staticClosure } from './build-manifest';

interface EntryFiles {
	entry: string;
	/** The chunks it imports statically, all the way down. */
	imports: string[];
}

let built: EntryFiles | null = null;

/** The entry's file and the files it imports statically, from the build's manifest. */
function builtFiles(): EntryFiles {
	if (built) return built;
	const { manifest, file } = readClientManifest(process.env.KIT_OUT_DIR || '.svelte-kit');
	const entry = manifest[ISLANDS_ENTRY]?.file;
	if (!entry) {
		throw new Error(`${file} has no ${ISLANDS_ENTRY}: is islandsPlugin() in vite.config.ts?`);
	}
	const imports = [...staticClosure(manifest, [ISLANDS_ENTRY])].filter((f) => f !== entry);
	built = { entry, imports };
	return built;
}

/** `../../` for `/ar/karabakh-2023/`: from the page's folder to the site's root. */
export function rootFrom(pathname: string, errorPage: boolean): string {
	if (errorPage) return '/';
	const depth = pathname.split('/').length - 2;
	return depth <= 0 ? './' : '../'.repeat(depth);
}

export function islandsHead(pathname: string, errorPage: boolean): string {
	if (dev) return `<script type="module" src="/${ISLANDS_ENTRY}"></script>`;
	const root = rootFrom(pathname, errorPage);
	const { entry, imports } = builtFiles();
	return [
		...imports.map((file) => `<link rel="modulepreload" href="${root}${file}">`),
		`<script type="module" src="${root}${entry}"></script>`
	].join('\n\t\t');
}
