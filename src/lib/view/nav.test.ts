import { expect, test } from 'vitest';
import { navItems } from './nav';

const DATASET = 'karabakh-2023';

test.each([
	{ routeId: '/', listing: false, current: 'overview' },
	{ routeId: '/', listing: true, current: null },
	{ routeId: '/[dataset]', listing: false, current: 'overview' },
	{ routeId: '/[dataset]/timeline', listing: false, current: 'timeline' },
	{ routeId: '/[dataset]/reports', listing: false, current: 'reports' },
	{ routeId: '/[dataset]/changes', listing: false, current: 'changes' },
	{ routeId: '/[dataset]/sources', listing: false, current: 'sources' },
	{ routeId: '/[dataset]/data', listing: false, current: 'data' },
	{ routeId: '/[dataset]/category/[id]', listing: false, current: null },
	{ routeId: '/methodology', listing: false, current: 'methodology' },
	{ routeId: null, listing: false, current: null }
])('$routeId (listing: $listing): $current is current', ({ routeId, listing, current }) => {
	const items = navItems({ routeId, dataset: DATASET, listing });
	expect(items.filter((i) => i.current).map((i) => i.key)).toEqual(current ? [current] : []);
});

test('links stay within the dataset', () => {
	expect(navItems({ routeId: '/[dataset]', dataset: 'other', listing: false })).toEqual([
		{ key: 'overview', label: 'Overview', path: '/other/', current: true },
		{ key: 'timeline', label: 'Timeline', path: '/other/timeline/', current: false },
		{ key: 'reports', label: 'Reports', path: '/other/reports/', current: false },
		{ key: 'changes', label: 'Changes', path: '/other/changes/', current: false },
		{ key: 'sources', label: 'Sources', path: '/other/sources/', current: false },
		{ key: 'data', label: 'Data', path: '/other/data/', current: false },
		{ key: 'methodology', label: 'How figures are counted', path: '/methodology/', current: false }
	]);
});

test('with no dataset at all, only the overview and the methodology', () => {
	expect(navItems({ routeId: '/', dataset: null, listing: true }).map((i) => i.path)).toEqual([
		'/',
		'/methodology/'
	]);
});
