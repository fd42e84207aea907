import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dataFileOf } from './vite-plugin-data';

const root = path.resolve('data');

describe('dataFileOf', () => {
	test.each([
		['karabakh-2023/reports.csv', { dataset: 'karabakh-2023', file: 'reports.csv' }],
		['karabakh-2023/dataset.json', { dataset: 'karabakh-2023', file: 'dataset.json' }],
		['other/Extra.CSV', { dataset: 'other', file: 'Extra.CSV' }],
		['karabakh-2023/reports.csv.tmp', null],
		['karabakh-2023/.~lock.reports.csv#', null],
		['reports.csv', null],
		['karabakh-2023/old/reports.csv', null],
		['../elsewhere/reports.csv', null]
	])('%s', (file, expected) => {
		expect(dataFileOf(root, path.join(root, file))).toEqual(expected);
	});
});
