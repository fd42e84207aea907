/**
 * Injection: text from the CSV files never reaches the DOM as HTML, and only http: and https:
 * links are ever made from them.
 * - No source file uses `{@html}` or assigns HTML through the DOM (greps the src tree).
 * - parseSafeUrl, the only way to a SafeUrl, lets no other scheme through, whatever the
 *   spelling (the browser parses an href with the same WHATWG URL parser as `new URL`).
 * The pages themselves are rendered with hostile files in src/lib/data/corpus.test.ts and
 * src/lib/components/Overview.injection.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSafeUrl } from './data/cells';
import { PROPERTY_RUNS } from '$lib/testing/arbitraries';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(file);
		return /\.(svelte|ts|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
	});
}

describe('no HTML from strings', () => {
	const files = sourceFiles(SRC);

	test('the src tree is found', () => {
		expect(files.some((file) => file.endsWith(path.join('components', 'Overview.svelte')))).toBe(
			true
		);
	});

	test.each([
		['{@html', /\{@html\b/],
		['innerHTML / outerHTML', /\.(?:inner|outer)HTML\b/],
		['insertAdjacentHTML', /insertAdjacentHTML/],
		['document.write', /document\.write/],
		['eval or new Function', /\beval\(|new Function\(/]
	])('no %s in src', (_, pattern) => {
		const found = files
			.filter((file) => pattern.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative(SRC, file));
		expect(found).toEqual([]);
	});
});

describe('parseSafeUrl lets only http: and https: through', () => {
	test.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'\u0001javascript:alert(1)',
		'javascript://example.org/%0Aalert(1)',
		'vbscript:msgbox(1)',
		'data:text/html,<script>alert(1)</script>',
		'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
		'blob:https://example.org/1',
		'file:///etc/passwd',
		'ftp://example.org/',
		'mailto:a@example.org',
		'//evil.example.org/',
		'/relative/path',
		'../up',
		'news/1',
		'#fragment',
		'?query',
		'http://'
	])('%j is refused', (url) => {
		expect(parseSafeUrl(url).ok).toBe(false);
	});

	test.each([
		'https://www.aljazeera.net/news/2023/9/23/x',
		'http://example.org',
		'HTTPS://EXAMPLE.ORG/A'
	])('%j is kept, as written', (url) => {
		expect(parseSafeUrl(url)).toEqual({ ok: true, value: url });
	});

	test('anything it accepts is an http(s) URL with a host, as the browser will read it', () => {
		const schemes = fc.constantFrom(
			'',
			'http:',
			'https:',
			'javascript:',
			'data:',
			'HTTPS://',
			' http://'
		);
		const hostile = fc
			.tuple(schemes, fc.string({ unit: 'binary', maxLength: 30 }))
			.map(([a, b]) => a + b);
		fc.assert(
			fc.property(fc.oneof(hostile, fc.webUrl(), fc.string()), (text) => {
				const result = parseSafeUrl(text);
				if (!result.ok) return;
				const url = new URL(result.value);
				expect(['http:', 'https:']).toContain(url.protocol);
				expect(url.hostname).not.toBe('');
				expect(result.value).toBe(result.value.trim());
			}),
			PROPERTY_RUNS
		);
	});
});
