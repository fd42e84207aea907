import { describe, expect, test } from 'vitest';
import { csv, SEED_FILES, SEED_ID, seedWith } from '$lib/testing/seed';
import { loadDataset } from './load';

/** The warnings about missing translations (issue 6), across the files of a dataset. */
const translationIssues = (files: ReturnType<typeof seedWith>) =>
	loadDataset(SEED_ID, files).issues.filter((i) => i.message.includes('translation'));

describe('missing translations', () => {
	test('the seed is translated throughout', () => {
		expect(translationIssues(SEED_FILES)).toEqual([]);
	});

	test('an empty label_ar is a warning at its cell', () => {
		const categories = SEED_FILES['categories.csv']!.replace(
			'firearms,Firearms,الأسلحة النارية,',
			'firearms,Firearms,,'
		);
		expect(translationIssues(seedWith({ 'categories.csv': categories }))).toMatchObject([
			{
				file: 'categories.csv',
				line: 3,
				column: 3,
				message: "label 'Firearms' has no Arabic translation: label_ar is empty",
				severity: 'warning'
			}
		]);
	});

	test('a file without the column, when others translate, warns at the original column', () => {
		const events = csv(
			'date,label,source',
			'2023-09-19,Azerbaijani military operation begins (evening),az-gov'
		);
		expect(translationIssues(seedWith({ 'events.csv': events }))).toMatchObject([
			{
				file: 'events.csv',
				line: 2,
				column: 2,
				message:
					"label 'Azerbaijani military operation begins (evening)' has no Arabic translation: add a label_ar column",
				severity: 'warning'
			}
		]);
	});

	test('a dataset in one language only gets no warning', () => {
		const strip = (text: string) =>
			text
				.split('\n')
				.map((line) => line.replace(/,[^,]*[\u0600-\u06ff][^,]*(?=,|$)/g, ''))
				.join('\n');
		const english = seedWith({
			'dataset.json': JSON.stringify({ title: 'A handover', credit: 'Compiled by hand.' }),
			'events.csv': csv('date,label,source', '2023-09-19,Operation begins,az-gov'),
			'categories.csv': csv('id,label,target,per_target,unit', 'firearms,Firearms,,,firearms'),
			'sources.csv': csv('id,name,kind,side,url', 'az-gov,Government of Azerbaijan,government,Azerbaijan,'),
			'estimates.csv': csv('target,label,quantity,qualifier,date,source,url,quote,note'),
			'reports.csv': strip(csv('date,source,category,quantity,qualifier,basis', '2023-09-22,az-gov,firearms,6,exact,cumulative'))
		});
		expect(translationIssues(english)).toEqual([]);
	});

	test('dataset.json: a title translated, a credit not', () => {
		const files = seedWith({
			'dataset.json': '{\n\t"title": "A handover",\n\t"title_ar": "تسليم",\n\t"credit": "Compiled by hand."\n}\n'
		});
		expect(translationIssues(files).filter((issue) => issue.file === 'dataset.json')).toMatchObject([
			{
				file: 'dataset.json',
				line: 4,
				column: 2,
				message: `credit 'Compiled by hand.' has no Arabic translation: add "credit_ar"`,
				severity: 'warning'
			}
		]);
	});
});
