/**
 * Which changes entries the reader has seen, per dataset, in the browser's localStorage
 * (nothing leaves it): the JSON list of the entries' ids there were when the reader last chose
 * "mark all as seen", or first opened a page of the dataset. static.ts compares the stored
 * text with the entries of the figures shown after each check and loads the notice (seen.ts)
 * only when they differ; this module is what both share, small on purpose (see budget).
 */

/** The storage key of a dataset's seen entries. */
export const seenKey = (dataset: string) => `handover-monitor:seen:${dataset}`;

/**
 * The entries of `ids` (newest first) that are not in `stored`, the stored text; none when it
 * is missing or unreadable (a first visit, another script's value).
 * @example newSince('["k/2023-09-22/ru-mod"]', ['k/2023-09-24/ru-mod', 'k/2023-09-22/ru-mod']) // ['k/2023-09-24/ru-mod']
 */
export function newSince(stored: string | null, ids: readonly string[]): string[] {
	let seen: unknown = null;
	try {
		seen = JSON.parse(stored ?? 'null');
	} catch {
		// Unreadable: as a first visit.
	}
	return Array.isArray(seen) ? ids.filter((id) => !seen.includes(id)) : [];
}
