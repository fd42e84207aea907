/**
 * Which changes entries the reader has seen, per dataset, in the browser's localStorage
 * (nothing leaves it): the ids (`<date>/<source>`) of every entry there was when the reader
 * last chose "mark all as seen", or first opened a page of the dataset. Small on purpose:
 * static.ts runs it after each check, and loads the notice (seen.ts) only when something is new.
 */

/** The storage key of a dataset's seen entries. */
export const seenKey = (dataset: string) => `handover-monitor:seen:${dataset}`;

/** An entry's id without its dataset (`karabakh-2023/2023-09-22/ru-mod` -> `2023-09-22/ru-mod`). */
const local = (dataset: string, ids: readonly string[]) =>
	ids.map((id) => (id.startsWith(`${dataset}/`) ? id.slice(dataset.length + 1) : id));

/**
 * Remembers every entry of `ids` (full ids) as seen. Storage may be missing or refuse (a
 * sandboxed frame, private mode, full): then nothing is kept, and nothing is said.
 */
export function rememberSeen(dataset: string, ids: readonly string[], storage?: Storage): void {
	try {
		(storage ?? localStorage).setItem(seenKey(dataset), JSON.stringify(local(dataset, ids)));
	} catch {
		// Nothing kept: the next visit marks nothing new, as a first one.
	}
}

/**
 * The entries of `ids` (full ids, newest first) that the reader has not seen, as local ids. On
 * the first visit (nothing stored, or nothing readable) none, and every entry is remembered.
 * @example newSinceLastVisit('karabakh-2023', ['karabakh-2023/2023-09-24/ru-mod', …]) // ['2023-09-24/ru-mod']
 */
export function newSinceLastVisit(
	dataset: string,
	ids: readonly string[],
	storage?: Storage
): string[] {
	let seen: unknown = null;
	try {
		seen = JSON.parse((storage ?? localStorage).getItem(seenKey(dataset)) ?? 'null');
	} catch {
		// Unreadable: as a first visit.
	}
	if (!Array.isArray(seen)) {
		rememberSeen(dataset, ids, storage);
		return [];
	}
	return local(dataset, ids).filter((id) => !seen.includes(id));
}
