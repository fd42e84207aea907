/**
 * Which changes entries the reader has seen, per dataset, in the browser's own storage (nothing
 * leaves it): the ids (`<date>/<source>`) of every entry there was when the reader last chose
 * "mark all as seen", or when they first opened a page of the dataset. Pure apart from the
 * Storage it is given, so that it is tested in Node.
 */

/** The storage key of a dataset's seen entries. */
export function seenKey(dataset: string): string {
	return `handover-monitor:seen:${dataset}`;
}

/** An entry's id without its dataset (`karabakh-2023/2023-09-22/ru-mod` -> `2023-09-22/ru-mod`). */
export function localChange(dataset: string, id: string): string {
	return id.startsWith(`${dataset}/`) ? id.slice(dataset.length + 1) : id;
}

function read(storage: Storage, dataset: string): Set<string> | null {
	try {
		const text = storage.getItem(seenKey(dataset));
		if (text === null) return null;
		const value: unknown = JSON.parse(text);
		return new Set(
			Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
		);
	} catch {
		// Unreadable (another script's value, storage refused): as if seen now.
		return null;
	}
}

/** Remembers every entry of `ids` (full ids) as seen. Storage may refuse (private mode, full): then nothing is kept. */
export function rememberSeen(storage: Storage, dataset: string, ids: readonly string[]): void {
	try {
		storage.setItem(seenKey(dataset), JSON.stringify(ids.map((id) => localChange(dataset, id))));
	} catch {
		// Nothing to do: the next visit marks nothing new, as a first one.
	}
}

/**
 * The entries of `ids` (full ids, newest first) that the reader has not seen, as local ids. On
 * the first visit (nothing stored) none, and every entry is remembered as seen.
 * @example newSinceLastVisit(storage, 'karabakh-2023', ['karabakh-2023/2023-09-24/ru-mod', …]) // ['2023-09-24/ru-mod']
 */
export function newSinceLastVisit(
	storage: Storage,
	dataset: string,
	ids: readonly string[]
): string[] {
	const seen = read(storage, dataset);
	if (seen === null) {
		rememberSeen(storage, dataset, ids);
		return [];
	}
	return ids.map((id) => localChange(dataset, id)).filter((id) => !seen.has(id));
}
