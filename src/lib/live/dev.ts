/**
 * Live reload under `vite dev`: scripts/vite-plugin-data.ts sends `handover:data` when a data
 * file changed; the page re-runs its loads (invalidateAll), so it shows the new figures in place
 * and keeps its state (the address with its filters, the selected category, the scroll). The
 * root layout imports this only when `import.meta.hot` is set, so the built site has none of it.
 */
import { invalidateAll } from '$app/navigation';

let pending = false;
let running: Promise<void> | null = null;

function reload(): void {
	// Several files saved together (or a save in two steps) give one reload after another, never
	// two at once: the last one sees the files as they end up.
	if (running) {
		pending = true;
		return;
	}
	running = invalidateAll().finally(() => {
		running = null;
		if (pending) {
			pending = false;
			reload();
		}
	});
}

export function startDevLive(): void {
	import.meta.hot?.on('handover:data', reload);
}
