/**
 * `$app/paths` in the browser (scripts/vite-plugin-islands.ts resolves it here for browser code).
 * SvelteKit's own module imports its client router (13 KB gzip) that the islands do not use.
 * Same answers as on the server: the base is the page's relative way to the site's root, which
 * app.html writes into <body data-base> (SvelteKit's `%sveltekit.assets%`, "." or ".." or
 * "../.."), so that a link hydrates with the very address it was prerendered with.
 */

export const base: string = document.body.dataset.base ?? '';
export const assets: string = base;

/** `resolve('/[dataset]/csv/[file]', { dataset, file })`: the route's address with its params. */
export function resolve(route: string, params: Record<string, string> = {}): string {
	const path = route.replace(/\[(\w+)\]/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`Missing parameter '${name}' of ${route}`);
		return encodeURIComponent(value);
	});
	return base + path;
}

export function asset(file: string): string {
	return assets + file;
}
