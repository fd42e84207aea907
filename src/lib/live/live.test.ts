import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '$lib/browser/pipeline';
import { fingerprint } from './fingerprint';
import { bodyOf } from './props';

describe('fingerprint', () => {
	test('its size and FNV-1a hash: equal bytes, equal prints; one byte more, another', () => {
		const seed = new Uint8Array(readFileSync('tests/fixtures/datasets/karabakh-2023/reports.csv'));
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

describe('the page body of newer files', () => {
	const files = (edit: (reports: string) => string) =>
		['reports.csv', 'categories.csv', 'sources.csv', 'estimates.csv', 'events.csv'].map((name) => {
			const text = readFileSync(`tests/fixtures/datasets/karabakh-2023/${name}`, 'utf8');
			return { name, content: name === 'reports.csv' ? edit(text) : text };
		});
	const newer = () =>
		runPipeline(
			files((text) => text + '2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n'),
			{ id: 'karabakh-2023', categoryPages: true, reportsList: true }
		);
	const page = (route: string, params: Record<string, string> = {}) => ({
		route,
		params,
		dataset: 'karabakh-2023'
	});
	const url = () => 'blob:series';

	test('the overview, on its own address and on /: the new figure', async () => {
		const outcome = await newer();
		for (const route of ['/', '/[dataset]']) {
			const body = bodyOf(page(route), outcome, url);
			expect(body?.name).toBe('overview');
			const overview = body?.props.overview as typeof outcome.overview;
			expect(overview.categories.find((c) => c.id === 'firearms')?.figure).toBe('1,000+');
			expect(body?.props.dataset).toBe('karabakh-2023');
		}
	});

	test("the timeline and a category's page fetch their new points from the browser", async () => {
		const outcome = await newer();
		const seen: unknown[] = [];
		const timeline = bodyOf(page('/[dataset]/timeline'), outcome, (series) => {
			seen.push(series);
			return 'blob:timeline';
		});
		expect(timeline?.props).toMatchObject({
			title: outcome.timeline.title,
			timeline: outcome.timeline.timeline,
			series: 'blob:timeline'
		});
		expect(seen).toEqual([outcome.series]);
		const category = bodyOf(page('/[dataset]/category/[id]', { id: 'firearms' }), outcome, url);
		expect(category?.name).toBe('category');
		expect(category?.props).toMatchObject({ series: 'blob:series', dataset: 'karabakh-2023' });
		expect((category?.props.category as { card: { figure: string } }).card.figure).toBe('1,000+');
		// A category the newer files no longer have keeps the page as it is.
		expect(bodyOf(page('/[dataset]/category/[id]', { id: 'gone' }), outcome, url)).toBeNull();
	});

	test('the reports page gets the whole new list; the sources page its view', async () => {
		const outcome = await newer();
		const reports = bodyOf(page('/[dataset]/reports'), outcome, url);
		expect(reports?.props.liveList).toBe(outcome.reportsList);
		expect(reports?.props.first).toEqual(outcome.reports.first);
		expect(bodyOf(page('/[dataset]/sources'), outcome, url)?.props.sources).toEqual(
			outcome.sources.sources
		);
		// Without the list (not asked for) the table would mix two versions: no body.
		expect(bodyOf(page('/[dataset]/reports'), { ...outcome, reportsList: null }, url)).toBeNull();
		// The Data page and the pages of no dataset have nothing to update.
		expect(bodyOf(page('/[dataset]/data'), outcome, url)).toBeNull();
	});
});
