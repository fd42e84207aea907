/**
 * The small tools around built sites: the static server (scripts/serve-static.mjs), the list of
 * a build's pages (scripts/large-site.ts) and the page types of the budget (scripts/budget.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageType } from './budget';
import { htmlPages } from './large-site';
import { serveStatic } from './serve-static.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'site-tools-'));
const files: Record<string, string> = {
	'index.html': '<h1>home</h1>',
	'404.html': '<h1>not found</h1>',
	'x/index.html': '<h1>x</h1>',
	'x/category/firearms/index.html': '<h1>firearms</h1>',
	'x/reports.json': '{"rows":[]}',
	'_app/immutable/entry/start.abc.js': 'export {};'
};
for (const [name, text] of Object.entries(files)) {
	mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
	writeFileSync(path.join(root, name), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('serveStatic', () => {
	let server: Server;
	let origin = '';
	beforeAll(async () => {
		server = await serveStatic(root, 0);
		origin = `http://localhost:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => void server.close());

	test.each([
		['/', 200, 'text/html; charset=utf-8', '<h1>home</h1>'],
		['/x/', 200, 'text/html; charset=utf-8', '<h1>x</h1>'],
		['/x/category/firearms/', 200, 'text/html; charset=utf-8', '<h1>firearms</h1>'],
		['/x/reports.json', 200, 'application/json; charset=utf-8', '{"rows":[]}'],
		['/_app/immutable/entry/start.abc.js', 200, 'text/javascript; charset=utf-8', 'export {};'],
		['/nope/', 404, 'text/html; charset=utf-8', '<h1>not found</h1>']
	])('%s: %i %s', async (url, status, type, body) => {
		const response = await fetch(origin + url);
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toBe(type);
		expect(await response.text()).toBe(body);
	});

	test('a folder without its slash redirects to it', async () => {
		const response = await fetch(`${origin}/x?a=1`, { redirect: 'manual' });
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/x/?a=1');
	});

	test('nothing outside the folder is served', async () => {
		const response = await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`);
		expect([403, 404]).toContain(response.status);
		expect(await response.text()).not.toContain('root:');
	});
});

test('htmlPages lists every prerendered page by its address', () => {
	expect(htmlPages(root).map((p) => p.url)).toEqual([
		'/',
		'/404.html',
		'/x/',
		'/x/category/firearms/'
	]);
});

test.each([
	['/', '/'],
	['/karabakh-2023/', '/[dataset]/'],
	['/karabakh-2023/timeline/', '/[dataset]/timeline/'],
	['/karabakh-2023/category/firearms/', '/[dataset]/category/[id]/'],
	['/ar/karabakh-2023/category/firearms/', '/ar/[dataset]/category/[id]/'],
	['/methodology/', '/methodology/'],
	['/ar/methodology/', '/ar/methodology/']
])('pageType(%s) is %s', (url, type) => {
	expect(pageType(url, ['karabakh-2023'])).toBe(type);
});
