import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDatasetDir } from '../../src/lib/server/datasets';
import { changesPageOf } from '../../src/lib/view/changes';
import { changesFeedOf } from '../../src/lib/view/feed';
import type { ChangeJson } from './changes';
import { main } from './main';
import { REPO_ROOT } from './paths';
import { breakFirearmsQuantity, captured, SEED_DIR, seedCopy } from './test-helpers';

const FOLLOW_DIR = path.join(REPO_ROOT, 'tests/fixtures/changes/follow-2024');

function run(argv: string[]) {
	const io = captured();
	const status = main(argv, io);
	return { status, out: io.out(), err: io.err() };
}

const json = (dir: string, ...more: string[]) => {
	const result = run(['changes', dir, '--json', ...more]);
	expect([result.status, result.err]).toEqual([0, '']);
	return JSON.parse(result.out) as ChangeJson[];
};

describe('usage', () => {
	test.each([
		[['changes', '--since'], "option '--since' needs a value, as in --since <value>"],
		[
			['changes', '--since', '22/09/2023'],
			"--since: '22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22"
		],
		[['changes', '--yaml', 'x'], "unknown option '--yaml' for 'changes'"],
		[['changes', 'a', 'b'], "'changes' takes one dataset folder, got 2: a b"]
	])('%j exits 2', (argv, message) => {
		expect(run(argv)).toEqual({
			status: 2,
			out: '',
			err: `error: ${message}\nRun 'npm run data -- --help' for usage.\n`
		});
	});

	test('a dataset with errors: its issues on stderr, exit 1', () => {
		const copy = seedCopy(breakFirearmsQuantity);
		afterAll(copy.remove);
		const result = run(['changes', copy.dir, '--json']);
		expect(result.status).toBe(1);
		expect(result.out).toBe('');
		expect(result.err).toContain("quantity 'eight hundred' is not a whole number");
	});
});

describe('the text', () => {
	test('the seed: its one entry', () => {
		expect(run(['changes', SEED_DIR])).toEqual({
			status: 0,
			err: '',
			out: [
				'Russian Ministry of Defence, 2023-09-22: Armoured vehicles 6, Firearms 800+, Ammunition ≈5,000',
				'  Armoured vehicles: 6; first figure from this source',
				'  Firearms: 800+; first figure from this source',
				'  Ammunition: ≈5,000; first figure from this source',
				'  Anti-armour missiles: no number given',
				'  Man-portable air-defence systems: no number given',
				''
			].join('\n')
		});
	});

	test('--since: the entries on and after the day', () => {
		const { out } = run(['changes', FOLLOW_DIR, '--since', '2024-03-12']);
		expect(out.split('\n').filter((l) => l !== '' && !l.startsWith('  '))).toEqual([
			'Armed group, 2024-03-15: Rifles ≈60%, Heavy weapons 5–8',
			'Daily Press, 2024-03-12: Rifles ≥300',
			'UN mission, 2024-03-12: Heavy weapons (seized) 12'
		]);
		expect(run(['changes', FOLLOW_DIR, '--since', '2025-01-01']).out).toBe('No reports.\n');
	});
});

describe('--json', () => {
	test.each([
		['2024-03-10/gov', 'rifles', ['250+', 251, null], ['≈200', 200, 200], true],
		['2024-03-05/un', 'rifles', ['100', 100, 100], ['140', 140, 140], false],
		['2024-03-12/press', 'rifles', null, ['≥300', 300, null], false]
	] as const)('%s %s: before %j, after %j', (key, category, before, after, correction) => {
		const entry = json(FOLLOW_DIR).find((e) => e.id === `follow-2024/${key}`)!;
		const line = entry.categories.find((c) => c.category === category)!;
		const figure = (q: ChangeJson['categories'][number]['after']) => q && [q.text, q.low, q.high];
		expect([figure(line.before), figure(line.after), line.correction]).toEqual([
			before,
			after,
			correction
		]);
	});

	test('a headline, a share, a seized figure and a revised estimate', () => {
		const entries = json(FOLLOW_DIR);
		const byId = (key: string) => entries.find((e) => e.id === `follow-2024/${key}`)!;
		expect(byId('2024-03-12/press').categories[0]!.headline).toEqual({
			before: {
				source: 'gov',
				date: '2024-03-10',
				figure: { low: 200, high: 200, approximate: true, unit: 'count', text: '≈200' }
			},
			after: {
				source: 'press',
				date: '2024-03-12',
				figure: { low: 300, high: null, approximate: false, unit: 'count', text: '≥300' }
			}
		});
		expect(byId('2024-03-15/grp').categories[0]).toMatchObject({
			share: true,
			after: { unit: 'percent', low: 60 }
		});
		expect(byId('2024-03-12/un').categories[0]).toMatchObject({
			measure: 'seized',
			after: { text: '12' }
		});
		expect(byId('2024-03-10/gov').estimates).toEqual([
			{
				target: 'fighters',
				before: {
					low: 5000,
					high: 5000,
					approximate: true,
					unit: 'count',
					text: '≈5,000',
					source: 'un',
					date: '2024-01'
				},
				after: { low: 7000, high: 7000, approximate: true, unit: 'count', text: '≈7,000' }
			}
		]);
	});
});

describe('the page, the feeds and --json agree entry for entry', () => {
	test.each([
		['karabakh-2023', SEED_DIR],
		['colombia-2017', path.join(REPO_ROOT, 'tests/fixtures/datasets/colombia-2017')],
		['follow-2024', FOLLOW_DIR]
	])('%s', (id, dir) => {
		const { dataset } = loadDatasetDir(id, dir);
		const fromJson = json(dir);
		const page = changesPageOf(dataset, 'en').entries;
		const feed = new DOMParser()
			.parseFromString(changesFeedOf(dataset, 'en'), 'application/xml')
			.getElementsByTagName('entry');
		expect(fromJson.length).toBeGreaterThan(0);
		expect(page).toHaveLength(fromJson.length);
		expect(feed.length).toBe(fromJson.length);
		fromJson.forEach((entry, i) => {
			const feedEntry = feed.item(i)!;
			const text = (name: string) => feedEntry.getElementsByTagName(name).item(0)!.textContent;
			expect([page[i]!.id, page[i]!.title, page[i]!.date]).toEqual([
				entry.id,
				entry.title,
				entry.date
			]);
			expect([text('id'), text('title'), text('updated')]).toEqual([
				`tag:handover-monitor,2026:en/${entry.id}`,
				entry.title,
				`${entry.date}T00:00:00Z`
			]);
			// Per category: the same figure on the page and in the JSON, and the same before -> after.
			expect(page[i]!.items.map((item) => [item.categoryId, item.figure])).toEqual(
				entry.categories.map((c) => {
					const stated = c.stated.filter((q) => q !== null).map((q) => q.text);
					return [c.category, stated.length > 0 ? stated.join(', ') : 'no number given'];
				})
			);
			expect(page[i]!.items.map((item) => item.change)).toEqual(
				entry.categories.map((c) =>
					c.after === null
						? null
						: c.before === null
							? 'first figure from this source'
							: `was ${c.before.text}, now ${c.after.text}`
				)
			);
		});
	});
});
