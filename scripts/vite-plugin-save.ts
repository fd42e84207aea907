/**
 * The Data page's "Save to data/" under `npm start`: a development-only endpoint that appends
 * the reports added in the browser to a dataset's reports.csv, all or none, with the same atomic, locked writer as `npm run data -- add`.
 * The plugin applies to `vite dev` only, so the built site has no such endpoint (the page shows
 * the button only under `import.meta.env.DEV`).
 *
 * The endpoint writes to the disk of the machine that runs `vite dev`, so it answers only a
 * same-origin POST of JSON (a page elsewhere cannot send that without a CORS preflight, which
 * this endpoint never grants), and the dataset must be a folder under the data root.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { SAVE_ENDPOINT } from '../src/routes/[dataset]/data/save-endpoint';

/** A report is a few hundred bytes; anything far larger is not a batch of drafts. */
const MAX_BODY_BYTES = 256 * 1024;
/** More rows than anyone types in one sitting: a request with more is not from the form. */
const MAX_DRAFTS = 200;

/** The modules the endpoint uses, loaded through Vite so that `$lib` resolves as in the app. */
type AppendModule = typeof import('../src/lib/server/append-report');
type DatasetsModule = typeof import('../src/lib/server/datasets');

export interface SaveRequest {
	dataset: string;
	/** The reports added in the browser, in order, each as the form held it: one string per column. */
	drafts: Record<string, string>[];
}

/** An answer to a request that is not a save: a status and a sentence. */
class Refusal extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

/**
 * Whether a request comes from a page of this server. Browsers send `Origin` on every POST
 * from a page; its host must be the one the request was sent to. `Sec-Fetch-Site`, when sent,
 * must say so too.
 * @example isSameOrigin({ origin: 'http://localhost:5173', host: 'localhost:5173' }) // true
 */
export function isSameOrigin(headers: {
	origin?: string | undefined;
	host?: string | undefined;
	'sec-fetch-site'?: string | undefined;
}): boolean {
	const site = headers['sec-fetch-site'];
	if (site !== undefined && site !== 'same-origin') return false;
	if (!headers.origin || !headers.host) return false;
	try {
		return new URL(headers.origin).host === headers.host;
	} catch {
		return false;
	}
}

/** One draft of a request: an object of strings, or a Refusal that names it (`what`). */
function draftOf(value: unknown, what: string): Record<string, string> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new Refusal(400, `Expected "${what}": an object of column values.`);
	}
	const cells: Record<string, string> = {};
	for (const [column, cell] of Object.entries(value)) {
		if (typeof cell !== 'string') throw new Refusal(400, `"${what}.${column}" is not a string.`);
		cells[column] = cell;
	}
	return cells;
}

/**
 * The request's body as a save: a dataset id and the drafts to append (`drafts`, a list; or one
 * `draft`). Throws a Refusal (400) that says what is wrong.
 * @example parseSaveRequest('{"dataset":"karabakh-2023","drafts":[{"date":"2023-09-24"}]}')
 *   // { dataset: 'karabakh-2023', drafts: [{ date: '2023-09-24' }] }
 */
export function parseSaveRequest(body: string): SaveRequest {
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		throw new Refusal(400, 'The request body is not JSON.');
	}
	if (typeof value !== 'object' || value === null) {
		throw new Refusal(400, 'Expected {"dataset": "<id>", "drafts": [{...}]}.');
	}
	const { dataset, draft, drafts } = value as Record<string, unknown>;
	if (typeof dataset !== 'string' || dataset === '') {
		throw new Refusal(400, 'Expected "dataset": the id of a dataset folder.');
	}
	if (drafts === undefined) return { dataset, drafts: [draftOf(draft, 'draft')] };
	if (!Array.isArray(drafts) || drafts.length === 0 || drafts.length > MAX_DRAFTS) {
		throw new Refusal(400, `Expected "drafts": a list of 1 to ${MAX_DRAFTS} reports.`);
	}
	return { dataset, drafts: drafts.map((d, i) => draftOf(d, `drafts[${i}]`)) };
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				reject(new Refusal(413, `The request is over ${MAX_BODY_BYTES} bytes.`));
				request.destroy();
			} else chunks.push(chunk);
		});
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

function send(response: ServerResponse, status: number, body: unknown): void {
	response.statusCode = status;
	response.setHeader('Content-Type', 'application/json; charset=utf-8');
	response.setHeader('Cache-Control', 'no-store');
	response.end(JSON.stringify(body));
}

async function save(server: ViteDevServer, request: IncomingMessage): Promise<[number, unknown]> {
	if (request.method !== 'POST') throw new Refusal(405, 'Use POST.');
	if (!isSameOrigin(request.headers)) {
		throw new Refusal(403, 'Only a page of this development server may save.');
	}
	if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
		throw new Refusal(415, 'Send the report as application/json.');
	}
	const { dataset, drafts } = parseSaveRequest(await readBody(request));
	const datasets = (await server.ssrLoadModule('/src/lib/server/datasets.ts')) as DatasetsModule;
	const root = datasets.dataRoot();
	// Only a dataset listed under the root: never a path the request makes up (`../x`).
	if (!datasets.listDatasets(root).includes(dataset)) {
		throw new Refusal(404, `There is no dataset '${dataset}' under ${root}.`);
	}
	const { appendReports } = (await server.ssrLoadModule(
		'/src/lib/server/append-report.ts'
	)) as AppendModule;
	const result = await appendReports(path.join(root, dataset), drafts);
	return [result.ok ? 200 : 422, result];
}

/** The plugin: registered in vite.config.ts, active under `vite dev` only. */
export function saveReportPlugin(): Plugin {
	return {
		name: 'handover-save-report',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use(SAVE_ENDPOINT, (request, response) => {
				save(server, request).then(
					([status, body]) => send(response, status, body),
					(error: unknown) => {
						if (error instanceof Refusal)
							send(response, error.status, { ok: false, error: error.message });
						else {
							server.config.logger.error(`Save to data/ failed: ${String(error)}`);
							send(response, 500, { ok: false, error: String(error) });
						}
					}
				);
			});
		}
	};
}
