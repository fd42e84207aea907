import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { loadDataset } from './load';
import { toSummary } from './summary';
import { SEED_SUMMARY } from '$lib/testing/records';
import type { IsoDate } from './types';

const folder = new URL('../../../tests/fixtures/datasets/karabakh-2023/', import.meta.url);

test('the seed CSV files give the figures DESIGN.md promises', () => {
	const files = Object.fromEntries(
		readdirSync(folder).map((name) => [name, readFileSync(new URL(name, folder), 'utf8')])
	);
	const load = loadDataset('karabakh-2023', files, { today: '2023-09-25' as IsoDate });
	expect(load.issues).toEqual([]);
	expect(toSummary(buildModel(load))).toEqual(SEED_SUMMARY);
});
