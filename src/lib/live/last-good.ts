/**
 * "Keep the last good figures": a file saved half-way, or with a typo, must not take the figures
 * away. Newer files take the place of the version shown unless they have more errors than it;
 * then the version shown stays and the newer files are the broken ones the page lists. One rule
 * for the server under `vite dev` (src/lib/server/cache.ts) and the live site (static.ts).
 * Pure: no DOM, no Node.
 */

/** What to show: `shown`, and the files as they are when they are not it (else null). */
export interface LastGood<T> {
	shown: T;
	broken: T | null;
}

/**
 * The version to show once `newer` is loaded, when `shown` was shown (null: nothing was yet, as
 * on a build's first read, which shows the files whatever they hold). `errors` counts a
 * version's errors. Equal counts take the newer files: a fix that leaves other errors shows.
 */
export function lastGood<T>(
	shown: T | null,
	newer: T,
	errors: (version: T) => number
): LastGood<T> {
	if (shown !== null && errors(newer) > errors(shown)) return { shown, broken: newer };
	return { shown: newer, broken: null };
}
