import { describe, expect, test } from 'vitest';
import { buildModel } from '$lib/data/aggregate';
import { SEED_FILES, SEED_ID } from '$lib/testing/seed';
import { loadDataset } from '$lib/data/load';
import { category, day, load, localized, report } from '$lib/testing/records';
import type { HandoverEvent, SafeUrl, Source, SourceKind } from '$lib/data/types';
import { sourcesView } from './sources';

function source(line: number, id: string, kind: SourceKind, side: string | null = null): Source {
	return {
		line,
		id,
		name: localized(id.toUpperCase()),
		kind,
		side: side === null ? null : localized(side),
		url: null
	};
}

function event(line: number, source: string | null): HandoverEvent {
	return {
		line,
		date: day('2023-09-20'),
		label: localized('talks'),
		source,
		url: null,
		note: null
	};
}

describe('the seed dataset', () => {
	const views = sourcesView(buildModel(loadDataset(SEED_ID, SEED_FILES)));

	test('the source with the most figures first; ties in file order', () => {
		expect(views.map((v) => [v.id, v.figures, v.events, v.estimates])).toEqual([
			['ru-mod', 5, 1, 0],
			['az-gov', 0, 3, 2],
			['az-mfa', 0, 1, 0],
			['karabakh-separatists', 0, 1, 0]
		]);
	});

	test('the Russian Ministry of Defence: its latest figure per category, in its strength', () => {
		const [ruMod] = views;
		expect(ruMod).toMatchObject({
			name: 'Russian Ministry of Defence',
			kindLabel: 'Government',
			side: 'Russia (peacekeeping force)',
			url: null,
			figuresText: '5'
		});
		expect(ruMod?.latest.map((l) => [l.category.label, l.figure, l.date])).toEqual([
			['Armoured vehicles', '6', '2023-09-22'],
			['Firearms', '800+', '2023-09-22'],
			['Ammunition', '≈5,000', '2023-09-22'],
			['Anti-armour missiles', 'no number given', '2023-09-22'],
			['Man-portable air-defence systems', 'no number given', '2023-09-22']
		]);
	});

	test('a source with no figure has no latest figures', () => {
		expect(views[1]).toMatchObject({ name: 'Government of Azerbaijan', latest: [] });
		expect(views[3]).toMatchObject({ kindLabel: 'Armed group', side: 'Karabakh Armenians' });
	});
});

describe('figures', () => {
	const model = () => {
		const loaded = load({
			categories: [category(2, 'rifles', null), category(3, 'tanks', null)],
			reports: [
				report(2, '2023-09-20', 'a', 'rifles', [800, 'more_than']),
				report(3, '2023-09-21', 'a', 'rifles', [50, 'exact'], 'increment'),
				report(4, '2023-09-22', 'b', 'rifles', [1000, 'about']),
				report(5, '2023-09-21', 'b', 'tanks', null),
				report(6, '2023-09-23', 'b', 'tanks', null),
				report(7, '2023-09-23', 'c', 'rifles', [900, 'exact']),
				report(8, '2023-09-24', 'c', 'rifles', [700, 'exact'])
			]
		});
		return buildModel({
			...loaded,
			dataset: {
				...loaded.dataset,
				sources: [
					source(2, 'a', 'media'),
					source(3, 'b', 'ngo', 'South'),
					source(4, 'c', 'peacekeepers')
				],
				events: [event(2, 'c'), event(3, null), event(4, 'c')]
			}
		});
	};

	test('each source’s own total: its cumulative figure plus its increments, never another’s', () => {
		const views = sourcesView(model());
		const a = views.find((v) => v.id === 'a');
		const b = views.find((v) => v.id === 'b');
		expect(a?.latest).toEqual([
			{
				category: { id: 'rifles', label: 'rifles' },
				figure: '850+',
				quantified: true,
				date: '2023-09-21',
				corrected: false
			}
		]);
		expect(b?.latest.map((l) => [l.category.id, l.figure, l.date])).toEqual([
			['rifles', '≈1,000', '2023-09-22'],
			['tanks', 'no number given', '2023-09-23']
		]);
	});

	test('a correction is flagged', () => {
		const c = sourcesView(model()).find((v) => v.id === 'c');
		expect(c?.latest).toMatchObject([{ figure: '700', corrected: true }]);
		expect(c).toMatchObject({ events: 2, eventsText: '2', kindLabel: 'Peacekeepers' });
	});

	test('sorted by the number of figures; no side reads "not stated"', () => {
		const views = sourcesView(model());
		expect(views.map((v) => [v.id, v.figures])).toEqual([
			['b', 3],
			['a', 2],
			['c', 2]
		]);
		expect(views[1]).toMatchObject({ side: 'not stated', kindLabel: 'Media' });
	});

	test('the model is not changed', () => {
		const built = model();
		const before = structuredClone(built);
		sourcesView(built);
		expect(built).toEqual(before);
	});

	test('a link is kept as given (validation allows only http and https)', () => {
		const built = model();
		const url = 'https://example.org/' as SafeUrl;
		built.dataset.sources[0] = { ...built.dataset.sources[0]!, url };
		expect(sourcesView(built).find((v) => v.id === 'a')?.url).toBe(url);
	});
});
