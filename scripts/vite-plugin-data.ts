/**
 * Live reload of the data under `npm start`: watches the data root (data/, or $HANDOVER_DATA)
 * and tells every open page when a dataset file changed, with a custom HMR event
 * (`handover:data`); the page then loads the files again and shows them in place
 * (src/lib/live/dev.ts), keeping its state.
 *
 * Vite does not watch a folder outside src/ by itself. Editors save by writing in place or by
 * renaming a new file over the old one, so `add` and `unlink` count as well as `change`. The
 * first event of a save can fire while the file is half written, and a second one shortly
 * after is easy to lose: events are debounced per file (about 100 ms after the last one), so
 * the page reloads once the file has settled. The built site has no such plugin: `apply:
 * 'serve'`.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

/** The event the page listens to (src/lib/live/dev.ts). */
export const DATA_EVENT = 'handover:data';

export interface DataEvent {
	/** The dataset folder the file is in (its name under the data root). */
	dataset: string;
	/** The file's name in the folder: `reports.csv`. */
	file: string;
	kind: 'change' | 'add' | 'unlink';
}

/** The files of a dataset folder that the site reads (src/lib/data/types.ts, DATASET_FILES). */
const DATA_FILE = /^(?:[^/\\]+\.csv|dataset\.json)$/i;

export const DEBOUNCE_MS = 100;

/** The dataset folder and file of `file` under `root`, or null when it is not a data file. */
export function dataFileOf(root: string, file: string): { dataset: string; file: string } | null {
	const relative = path.relative(root, file);
	if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
	const parts = relative.split(path.sep);
	if (parts.length !== 2 || !DATA_FILE.test(parts[1]!)) return null;
	return { dataset: parts[0]!, file: parts[1]! };
}

export function dataPlugin(): Plugin {
	return {
		name: 'handover-live-data',
		apply: 'serve',
		configureServer(server) {
			// Read when the server starts, as src/lib/server/datasets.ts reads it.
			const root = path.resolve(process.env.HANDOVER_DATA || 'data');
			server.watcher.add(root);
			const timers = new Map<string, ReturnType<typeof setTimeout>>();
			const onEvent = (kind: DataEvent['kind']) => (file: string) => {
				const found = dataFileOf(root, path.resolve(file));
				if (!found) return;
				clearTimeout(timers.get(file));
				timers.set(
					file,
					setTimeout(() => {
						timers.delete(file);
						const event: DataEvent = { ...found, kind };
						server.ws.send({ type: 'custom', event: DATA_EVENT, data: event });
					}, DEBOUNCE_MS)
				);
			};
			server.watcher.on('change', onEvent('change'));
			server.watcher.on('add', onEvent('add'));
			server.watcher.on('unlink', onEvent('unlink'));
		}
	};
}
