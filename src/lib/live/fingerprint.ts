/**
 * A file's fingerprint: its size and a 32-bit FNV-1a hash of its bytes. The build writes one
 * per data file (`/<dataset>/csv/manifest.json`) and the live site compares the fetched bytes
 * against it before it loads any of the pipeline. Not a cryptographic hash: it only tells a
 * changed file from the same one, and it works where crypto.subtle does not (plain http).
 */
export function fingerprint(bytes: Uint8Array): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < bytes.length; i++) {
		hash ^= bytes[i]!;
		hash = Math.imul(hash, 0x01000193);
	}
	return `${bytes.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** What `/<dataset>/csv/manifest.json` holds: the data files as the build read them. */
export interface LiveManifest {
	/** The data files of the dataset, by name, with their fingerprints. */
	files: Record<string, string>;
	/** How often an open page checks the files again, in seconds; 0 never (only on opening). */
	interval: number;
	/** How many errors the files had: newer files with more are broken, and not shown. */
	errors: number;
	/** The headline of each category, locale-free (see headlineKeys in $lib/view/pages). */
	headlines: Record<string, string>;
	/** The changes entries' ids, newest first (changeIds of $lib/data/changes): what seen.ts marks. */
	changes: string[];
}
