/**
 * The live static site: an open page of a dataset fetches the dataset's data files (as the
 * build published them, `/<dataset>/csv/<file>`) when it opens, every few minutes (the
 * manifest's `interval`) and when its tab comes back, and when they changed since the build,
 * loads them in a Web Worker with the build's own code and updates the page in place, with a
 * notice (render.svelte.ts: the pages have no SvelteKit client to re-run their loads). Newer
 * files with more errors than the figures shown, or a failed fetch, keep the figures and say so.
 *
 * Cheap first: the islands' entry imports this after the page has hydrated; the files come with
 * `cache: 'no-cache'` (a revalidation, usually a 304) and are compared with the build's
 * fingerprints; the worker, the pipeline and the rendering load only on a change. Under
 * `vite dev`, dev.ts runs the same check whenever a data file is saved.
 */
import { resolve } from '$app/paths';
import * as m from '$lib/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { DroppedFile, WorkerOptions, WorkerOutcome } from '$lib/browser/protocol';
import { fingerprint, type LiveManifest } from './fingerprint';
import { lastGood } from './last-good';
import { seenKey } from './seen-store';
import type { LivePage } from './props';
import type { LiveStatus } from './status';

interface Watched {
	manifest: LiveManifest;
	/** The fingerprints of the files whose figures are shown, and of the last files fetched. */
	shown: string;
	seen: string;
	headlines: Record<string, string>;
	/** The changes entries' ids of the files shown (what seen.ts compares with the reader's). */
	changes: string[];
	errors: number;
	/** What the notice says of the files shown (new figures), and of the last files fetched. */
	shownSays: LiveStatus | null;
	says: LiveStatus | null;
}

export interface LiveOptions {
	/**
	 * Under `vite dev` the figures change without a word (the editor knows what they saved); a
	 * broken file is still said, with its issues.
	 */
	quiet?: boolean;
	/**
	 * Loads the files even when their fingerprints are those of the figures shown or of the last
	 * files seen. Under `vite dev` the manifest is made when the page asks for it, which may be
	 * after a save: only a load tells what the files hold.
	 */
	always?: boolean;
	/** Loads the files (by default in a Web Worker, loadInWorker). */
	load?: (files: DroppedFile[], options: WorkerOptions) => Promise<WorkerOutcome>;
	/**
	 * Told the changes entries' ids of the figures shown after each check (the build's, or the
	 * newer files'): what is new since the reader's last visit (seen.ts).
	 */
	onChanges?: (ids: readonly string[]) => void;
}

async function inWorker(files: DroppedFile[], options: WorkerOptions): Promise<WorkerOutcome> {
	return (await import('$lib/browser/load-in-worker')).loadInWorker(files, options);
}

/** The page the layout marked (<main data-dataset data-route data-params>), if it has a dataset. */
export function livePage(): LivePage | null {
	const main = document.querySelector<HTMLElement>('main[data-dataset]');
	const dataset = main?.dataset.dataset;
	if (!main || !dataset) return null;
	return {
		dataset,
		route: main.dataset.route ?? '',
		params: JSON.parse(main.dataset.params ?? '{}') as Record<string, string>
	};
}

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response;
}

function statusOf(kind: LiveStatus['kind'], message: string, news: string[] = []): LiveStatus {
	return { kind, message, news, issues: [], issuesIntro: '' };
}

/** The live data of one page: `check` looks at the files once (never two at once). */
export function liveChecker(page: LivePage, options: LiveOptions = {}) {
	const { dataset } = page;
	const fileUrl = (file: string) => resolve('/[dataset]/csv/[file]', { dataset, file });
	let watched: Promise<Watched | null> | null = null;
	// What the notice says now: the prerendered one (a broken file under `vite dev`) or ours.
	let said: string | null = document.querySelector<HTMLElement>('[data-live-notice] [data-live]')
		? 'prerendered'
		: JSON.stringify(null);

	function watch(): Promise<Watched | null> {
		watched ??= fetchOk(resolve('/[dataset]/csv/manifest.json', { dataset }))
			.then((r) => r.json() as Promise<LiveManifest>)
			.then((manifest) => {
				const prints = JSON.stringify(manifest.files);
				return {
					manifest,
					shown: prints,
					seen: prints,
					headlines: manifest.headlines,
					// A manifest of an older build has none.
					changes: manifest.changes ?? [],
					errors: manifest.errors,
					shownSays: null,
					says: null
				};
			})
			// A site built without the manifest (or offline) has nothing to compare with.
			.catch(() => null);
		return watched;
	}

	async function say(status: LiveStatus | null): Promise<void> {
		const text = JSON.stringify(status);
		if (text === said) return;
		said = text;
		(await import('./render.svelte')).showStatus(status);
	}

	async function check(): Promise<void> {
		const state = await watch();
		if (!state) return;
		await checkFiles(state);
		options.onChanges?.(state.changes);
	}

	async function checkFiles(state: Watched): Promise<void> {
		const names = Object.keys(state.manifest.files);
		let bytes: Uint8Array[];
		try {
			bytes = await Promise.all(
				names.map(
					async (name) => new Uint8Array(await (await fetchOk(fileUrl(name))).arrayBuffer())
				)
			);
		} catch {
			return say(statusOf('fetch-failed', m.live_fetch_failed()));
		}
		const seen = JSON.stringify(
			Object.fromEntries(names.map((name, i) => [name, fingerprint(bytes[i]!)]))
		);
		if (!options.always && (seen === state.seen || seen === state.shown)) {
			// The same files as last time (a failed fetch before this one is over), or back to the
			// ones shown (a broken file put right): nothing to load.
			if (seen === state.shown) state.says = state.shownSays;
			state.seen = seen;
			return say(state.says);
		}
		state.seen = seen;
		const outcome = await (options.load ?? inWorker)(
			names.map((name, i) => ({ name, content: new Blob([bytes[i]! as BlobPart]) })),
			{ id: dataset, locale: getLocale(), categoryPages: true, reportsList: true }
		);
		// The last good figures stay while the newer files have more errors than them.
		const errors = (version: { errors: number }) => version.errors;
		if (lastGood<{ errors: number }>(state, outcome, errors).broken) {
			state.says = {
				...statusOf('broken', m.live_broken()),
				issues: outcome.overview.issues,
				issuesIntro: m.issues_intro_broken()
			};
			return say(state.says);
		}
		const news = outcome.overview.categories
			.filter(
				(card) =>
					card.figure && card.reportedBy && outcome.headlines[card.id] !== state.headlines[card.id]
			)
			.map((card) =>
				m.live_new_figure({
					attribution: card.reportedBy!.attribution,
					category: card.label,
					figure: card.figure!
				})
			);
		state.shown = seen;
		state.headlines = outcome.headlines;
		state.changes = outcome.changes;
		state.errors = outcome.errors;
		const status = options.quiet ? null : statusOf('updated', m.live_updated(), news);
		state.shownSays = state.says = status;
		said = JSON.stringify(status);
		await (await import('./render.svelte')).showOutcome(page, outcome, status);
	}

	let running: Promise<void> | null = null;
	let again = false;

	/**
	 * Checks now, or right after the check under way: files saved while it ran (several files
	 * saved together, a save in two steps) are seen, and the last check sees them as they end up.
	 */
	function tick(): void {
		if (running) {
			again = true;
			return;
		}
		running = check()
			.catch((error: unknown) => {
				// A worker that failed is a bug, not a reader's problem: the page keeps its figures.
				console.warn('Live data check failed:', error);
			})
			.finally(() => {
				running = null;
				if (again) {
					again = false;
					tick();
				}
			});
	}

	return { watch, tick };
}

/**
 * Follows the data files of the page's dataset: now, every `interval` seconds of the manifest,
 * and when the tab becomes visible. Returns a function that stops.
 */
export function startStaticLive(): () => void {
	const page = livePage();
	if (!page) return () => {};
	// What is new since the reader's last visit (seen-store.ts): the first visit remembers the
	// entries; the notice's code loads only when they differ from those the reader has seen.
	const live = liveChecker(page, {
		onChanges: (ids) => {
			const now = JSON.stringify(ids);
			try {
				const stored = localStorage.getItem(seenKey(page.dataset));
				if (stored === null) localStorage.setItem(seenKey(page.dataset), now);
				else if (stored !== now)
					void import('./seen').then((seen) => seen.showSeen(page.dataset, ids));
			} catch {
				// No storage (a sandboxed frame, refused): nothing to compare with.
			}
		}
	});
	const onVisible = () => {
		if (document.visibilityState === 'visible') live.tick();
	};
	let timer: ReturnType<typeof setInterval> | undefined;
	live.tick();
	document.addEventListener('visibilitychange', onVisible);
	void live.watch().then((state) => {
		const seconds = state?.manifest.interval ?? 0;
		if (seconds > 0) timer = setInterval(onVisible, seconds * 1000);
	});
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
