import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '$lib/browser/pipeline';
import { fingerprint } from './fingerprint';
import { liveOverview, livePage, setLive, type LiveStatus } from './status';

describe('fingerprint', () => {
	test('its size and FNV-1a hash: equal bytes, equal prints; one byte more, another', () => {
		const seed = new Uint8Array(readFileSync('data/karabakh-2023/reports.csv'));
		expect(fingerprint(seed)).toBe(fingerprint(new Uint8Array(seed)));
		expect(fingerprint(seed)).toMatch(new RegExp(`^${seed.length}:[0-9a-f]{8}$`));
		const edited = new Uint8Array(seed);
		edited[10] = edited[10]! + 1;
		expect(fingerprint(edited)).not.toBe(fingerprint(seed));
		// The FNV-1a test vectors.
		expect(fingerprint(new Uint8Array())).toBe('0:811c9dc5');
		expect(fingerprint(new TextEncoder().encode('a'))).toBe('1:e40c292c');
	});
});

describe('the live data over a page', () => {
	const status: LiveStatus = {
		kind: 'updated',
		message: 'The figures were updated from the latest data files.',
		news: [],
		issues: [],
		issuesIntro: ''
	};

	test('without live data, the server data and its status', () => {
		const data = { title: 'T', live: null };
		expect(livePage('no-such', data, () => ({ title: 'other' }))).toEqual(data);
	});

	test('with live data, its views, its footer and its status', async () => {
		const files = ['reports.csv', 'categories.csv', 'sources.csv', 'estimates.csv'].map((name) => ({
			name,
			content: readFileSync(`data/karabakh-2023/${name}`, 'utf8').replace(',800,', ',1000,')
		}));
		const outcome = await runPipeline(files, { id: 'live-test' });
		setLive('live-test', { data: { outcome, series: 'blob:x', categorySeries: {} }, status });
		const page = liveOverview({
			overview: { ...outcome.overview, categories: [] as typeof outcome.overview.categories },
			footer: { credit: null, asOf: null },
			live: null
		});
		expect(page.overview.categories[1]?.figure).toBe('1,000+');
		expect(page.footer).toEqual(outcome.footer);
		expect(page.live).toBe(status);
	});
});
