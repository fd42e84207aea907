/**
 * Live reload under `vite dev`: scripts/vite-plugin-data.ts sends `handover:data` when a data
 * file changed, and the page checks its dataset's files at once, as the live static site does
 * (static.ts: under `vite dev` the csv/ and manifest routes answer with the files as they are
 * now), and shows the new figures in place, keeping its state (the address with its filters,
 * the selected category, the scroll). A broken save keeps the last good figures and lists its
 * issues; the fix brings them back. The islands' entry imports this only when `import.meta.hot`
 * is set, so the built site has none of it.
 */
import { liveChecker, livePage } from './static';

export function startDevLive(): void {
	const page = livePage();
	if (!page || !import.meta.hot) return;
	const live = liveChecker(page, {
		quiet: true,
		always: true,
		// On the page, not in a worker: under `vite dev` a new worker fetches the pipeline's
		// modules one by one (hundreds, with the messages), seconds on every save, where the page
		// loads them once. The editor's own files; the built site keeps the worker.
		load: async (files, options) =>
			(await import('$lib/browser/pipeline')).runPipeline(files, options)
	});
	// The files as the page was rendered from: what a save is compared with.
	void live.watch();
	import.meta.hot.on('handover:data', (event: { dataset?: string }) => {
		if (event.dataset === page.dataset) live.tick();
	});
}
