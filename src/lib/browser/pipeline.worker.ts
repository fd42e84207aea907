/**
 * The pipeline worker: one `load` message in, progress messages and one `done` (or `failed`)
 * out. load-in-worker.ts starts it for one load and terminates it after.
 */
import type { FromWorker, ToWorker } from './protocol';
import { runPipeline } from './pipeline';
import { setWorkerLocale } from './locale';

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
	const { files, options } = event.data;
	try {
		setWorkerLocale(options.locale);
		const outcome = await runPipeline(files, options, (loaded, total) =>
			post({ type: 'progress', loaded, total })
		);
		post({ type: 'done', outcome });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
