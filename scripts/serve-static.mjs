#!/usr/bin/env node
/**
 * A small static file server for a built site (adapter-static output), as a static host serves
 * it: `/x/` is `x/index.html`, `/x` redirects to `/x/` when that is a folder, anything else is a
 * 404 (with the site's 404.html when it has one). No compression: sizes are measured elsewhere.
 *
 *   node scripts/serve-static.mjs <folder> [--port 4174]
 *
 * `vite preview` is not used for built copies other than build/: with SvelteKit it serves
 * .svelte-kit/output, not the adapter's folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.map': 'application/json; charset=utf-8'
};

/** @param {string} file */
function isFile(file) {
	return existsSync(file) && statSync(file).isFile();
}

/**
 * Serves `root` on `port` (every interface, so both localhost addresses answer). Resolves when it listens.
 * @param {string} root
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(root, port) {
	const base = path.resolve(root);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('bad request');
			return;
		}
		const file = path.join(base, pathname);
		if (file !== base && !file.startsWith(base + path.sep)) {
			response.writeHead(403).end('forbidden');
			return;
		}
		let target = null;
		if (pathname.endsWith('/')) {
			if (isFile(path.join(file, 'index.html'))) target = path.join(file, 'index.html');
		} else if (isFile(file)) {
			target = file;
		} else if (isFile(path.join(file, 'index.html'))) {
			response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
			return;
		} else if (isFile(`${file}.html`)) {
			target = `${file}.html`;
		}
		let status = 200;
		if (target === null) {
			status = 404;
			target = isFile(path.join(base, '404.html')) ? path.join(base, '404.html') : null;
		}
		if (target === null) {
			response.writeHead(404, { 'content-type': MIME['.txt'] }).end('not found');
			return;
		}
		response.writeHead(status, {
			'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
			'content-length': statSync(target).size,
			'cache-control': 'no-cache'
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(target).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, () => resolve(server));
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const [root, ...rest] = process.argv.slice(2);
	const at = rest.indexOf('--port');
	const port = at === -1 ? 4174 : Number(rest[at + 1]);
	if (!root || !existsSync(root) || !Number.isInteger(port)) {
		console.error('usage: node scripts/serve-static.mjs <built-site-folder> [--port 4174]');
		process.exit(2);
	}
	await serveStatic(root, port);
	console.log(`serving ${root} on http://localhost:${port}/`);
}
