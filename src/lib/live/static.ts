/**
 * The live static site: an open page of a dataset fetches the dataset's data files (as the
 * build published them, `/<dataset>/csv/<file>`) when it opens, every few minutes (the
 * manifest's `interval`) and when its tab comes back, and when they changed since the build,
 * loads them in a Web Worker with the build's own code and updates the page in place, with a
 * notice. Newer files with more errors than the figures shown, or a failed fetch, keep the
 * figures and say so.
 *
 * Cheap first: the files come with `cache: 'no-cache'` (a revalidation, usually a 304) and are
 * compared with the build's fingerprints; the worker and the pipeline load only on a change.
 * The layout imports this module lazily, after the page, and not under `vite dev`.
 */
import { invalidate } from '$app/navigation';
import { resolve } from '$app/paths';
import * as m from '$lib/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { fingerprint, type LiveManifest } from './fingerprint';
import { LIVE_DEPENDENCY, liveOf, setLive, type LiveData, type LiveStatus } from './status';

interface Watched {
	manifest: LiveManifest;
	/** The fingerprints of the files whose figures are shown, and of the last files seen. */
	shown: Record<string, string>;
	seen: string;
	headlines: Record<string, string>;
	errors: number;
}

const watched = new Map<string, Promise<Watched | null>>();
let current: string | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
let running: Promise<void> | null = null;

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response;
}

const fileUrl = (dataset: string, file: string) =>
	resolve('/[dataset]/csv/[file]', { dataset, file });

function watch(dataset: string): Promise<Watched | null> {
	let found = watched.get(dataset);
	if (!found) {
		found = fetchOk(resolve('/[dataset]/csv/manifest.json', { dataset }))
			.then((r) => r.json() as Promise<LiveManifest>)
			.then((manifest) => ({
				manifest,
				shown: manifest.files,
				seen: JSON.stringify(manifest.files),
				headlines: manifest.headlines,
				errors: manifest.errors
			}))
			// A site built without the manifest (or offline) has nothing to compare with.
			.catch(() => null);
		watched.set(dataset, found);
	}
	return found;
}

function show(dataset: string, data: LiveData | null, status: LiveStatus | null) {
	setLive(dataset, { data, status });
	return invalidate(LIVE_DEPENDENCY);
}

function statusOf(kind: LiveStatus['kind'], message: string, news: string[] = []): LiveStatus {
	return { kind, message, news, issues: [], issuesIntro: '' };
}

function seriesUrl(value: unknown): string {
	return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

/** Checks the files of `dataset` once, and updates the page when they changed. */
async function check(dataset: string): Promise<void> {
	const state = await watch(dataset);
	if (!state) return;
	const names = Object.keys(state.manifest.files);
	let bytes: Uint8Array[];
	try {
		bytes = await Promise.all(
			names.map(
				async (name) => new Uint8Array(await (await fetchOk(fileUrl(dataset, name))).arrayBuffer())
			)
		);
	} catch {
		const previous = liveOf(dataset);
		return show(dataset, previous?.data ?? null, statusOf('fetch-failed', m.live_fetch_failed()));
	}
	const prints = Object.fromEntries(names.map((name, i) => [name, fingerprint(bytes[i]!)]));
	const seen = JSON.stringify(prints);
	if (seen === state.seen) {
		// The same files as last time: a failed fetch before this one is over.
		const previous = liveOf(dataset);
		if (previous?.status?.kind === 'fetch-failed') return show(dataset, previous.data, null);
		return;
	}
	state.seen = seen;
	const { loadInWorker } = await import('$lib/browser/load-in-worker');
	const outcome = await loadInWorker(
		names.map((name, i) => ({ name, content: new Blob([bytes[i]! as BlobPart]) })),
		{ id: dataset, locale: getLocale(), categoryPages: true, reportsList: true }
	);
	const previous = liveOf(dataset);
	if (outcome.errors > state.errors) {
		return show(dataset, previous?.data ?? null, {
			...statusOf('broken', m.live_broken()),
			issues: outcome.overview.issues,
			issuesIntro: outcome.overview.issuesIntro
		});
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
	state.shown = prints;
	state.headlines = outcome.headlines;
	state.errors = outcome.errors;
	if (previous?.data) {
		URL.revokeObjectURL(previous.data.series);
		for (const url of Object.values(previous.data.categorySeries)) URL.revokeObjectURL(url);
	}
	const data: LiveData = {
		outcome,
		series: seriesUrl(outcome.series),
		categorySeries: Object.fromEntries(
			Object.entries(outcome.categories).map(([id, c]) => [id, seriesUrl(c.series)])
		)
	};
	return show(dataset, data, statusOf('updated', m.live_updated(), news));
}

/** Runs one check of the current dataset, never two at once. */
function tick(): void {
	const dataset = current;
	if (!dataset || running) return;
	running = check(dataset)
		.catch((error: unknown) => {
			// A worker that failed is a bug, not a reader's problem: the page keeps its figures.
			console.warn('Live data check failed:', error);
		})
		.finally(() => {
			running = null;
		});
}

/**
 * Follows the data files of the dataset of the page (`dataset()`, read on each check): now,
 * every `interval` seconds, and when the tab becomes visible. Returns a function that stops.
 */
export function startStaticLive(dataset: () => string | null): () => void {
	const onVisible = () => {
		if (document.visibilityState === 'visible') {
			current = dataset();
			tick();
		}
	};
	current = dataset();
	tick();
	document.addEventListener('visibilitychange', onVisible);
	void (current ? watch(current) : Promise.resolve(null)).then((state) => {
		const seconds = state?.manifest.interval ?? 0;
		if (seconds > 0) timer = setInterval(onVisible, seconds * 1000);
	});
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
