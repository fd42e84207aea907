/**
 * A file of the published dataset, as the site serves it: `/<dataset>/csv/<file>`, a
 * byte-for-byte copy of the file under data/. Used on the Data page only, on demand.
 */
import { base } from '$app/paths';

/** The file's bytes, or null when the site has no such file or cannot be reached. */
export async function fetchPublished(
	dataset: string,
	name: string,
	signal?: AbortSignal
): Promise<Blob | null> {
	try {
		const response = await fetch(`${base}/${encodeURIComponent(dataset)}/csv/${name}`, {
			signal
		});
		return response.ok ? await response.blob() : null;
	} catch (error) {
		// Cancelled by the reader: not a missing file.
		if (signal?.aborted) throw error;
		return null;
	}
}
