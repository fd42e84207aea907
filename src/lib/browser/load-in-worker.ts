/**
 * Loads a dataset's files in a Web Worker (pipeline.worker.ts): read, parse, validate,
 * aggregate and lay out, with the code the build runs, off the page's thread, so that the page
 * stays responsive on a 100 MB file. The Data page (dropped files) and the live static site
 * (fetched files) both use it. Importing this module is cheap: the pipeline loads with the
 * worker, when loadInWorker is first called.
 */
import type { DroppedFile, FromWorker, WorkerOptions, WorkerOutcome } from './protocol';

export type { DroppedFile, WorkerOutcome } from './protocol';
export type { CategoryOutcome, WorkerOptions } from './protocol';

export interface LoadInWorkerOptions extends WorkerOptions {
	/** Called as the files are read: bytes read so far, of all the files' bytes. */
	onProgress?: (loadedBytes: number, totalBytes: number) => void;
	/** Aborting rejects with an AbortError and terminates the worker at once. */
	signal?: AbortSignal;
}

function abortError(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

/**
 * The views of the dataset made of `files`, computed in a new worker that ends with the load.
 * Rejects when aborted, or when the worker itself fails (a bug, or no memory left): bad data is
 * never a rejection, it comes back as issues.
 * @example const outcome = await loadInWorker([{ name: 'reports.csv', content: file }]);
 *   outcome.overview.categories[1].figure // '800+'
 */
export function loadInWorker(
	files: readonly DroppedFile[],
	options: LoadInWorkerOptions = {}
): Promise<WorkerOutcome> {
	const { onProgress, signal, ...workerOptions } = options;
	if (signal?.aborted) return Promise.reject(abortError(signal));
	return new Promise<WorkerOutcome>((resolve, reject) => {
		const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), {
			type: 'module',
			name: 'handover-pipeline'
		});
		const finish = () => {
			worker.terminate();
			signal?.removeEventListener('abort', onAbort);
		};
		const onAbort = () => {
			finish();
			reject(abortError(signal!));
		};
		signal?.addEventListener('abort', onAbort, { once: true });
		worker.onmessage = (event: MessageEvent<FromWorker>) => {
			const message = event.data;
			if (message.type === 'progress') onProgress?.(message.loaded, message.total);
			else if (message.type === 'done') {
				finish();
				resolve(message.outcome);
			} else {
				finish();
				reject(new Error(`The data worker failed: ${message.message}`));
			}
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(`The data worker failed: ${event.message || 'it could not start'}`));
		};
		worker.postMessage({ type: 'load', files: [...files], options: workerOptions });
	});
}
