/**
 * The extractor's benchmark (issue 15): `npm run bench -- --extract` (alone) or as part of
 * `npm run bench`. A text of `words` words (default 10,000: the seed's Arabic report, a Russian
 * and an English statement, repeated) is searched `runs` times with the fixture dataset's
 * vocabulary, in this process, after three runs that warm it up; the median is reported. Goal:
 * at most 50 ms.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../src/lib/data/extract/extract';
import { vocabularyOf } from '../src/lib/data/extract/vocabulary';
import type { IsoDate } from '../src/lib/data/types';
import { loadDatasetDir } from '../src/lib/server/datasets';
import { REPO_ROOT } from './cli/paths';

export const EXTRACT_GOAL_MS = 50;

const WARM_UP = 3;

const OTHERS = [
	'Сдано 6 единиц бронетехники, свыше 800 единиц стрелкового оружия и около 5,7 тыс. боеприпасов.',
	'The separatists handed over more than 800 firearms, about 5,000 rounds of ammunition and between 6 and 10 armoured vehicles.'
];

/** A text of at least `words` words, made of real reports. */
export function benchText(words: number): string {
	const seed = readFileSync(
		path.join(REPO_ROOT, 'tests/fixtures/texts/karabakh-2023-seed.ar.txt'),
		'utf8'
	);
	const block = [seed.trim(), ...OTHERS].join('\n');
	const per = block.split(/\s+/).length;
	return Array.from({ length: Math.ceil(words / per) }, () => block).join('\n');
}

export interface ExtractBench {
	words: number;
	figures: number;
	median_ms: number;
	min_ms: number;
	max_ms: number;
}

/** Runs the extractor `runs` times on a `words`-word text; times in ms. */
export function benchExtract({ words = 10_000, runs = 15 } = {}): ExtractBench {
	const dataset = loadDatasetDir(
		'karabakh-2023',
		path.join(REPO_ROOT, 'tests/fixtures/datasets/karabakh-2023'),
		{ today: '2026-01-01' as IsoDate }
	).dataset;
	const vocabulary = vocabularyOf(dataset);
	const text = benchText(words);
	// The first runs compile the code (the page's first paste is one of them): not counted.
	for (let i = 0; i < WARM_UP; i++) extractFigures(text, vocabulary);
	const times: number[] = [];
	let figures = 0;
	for (let i = 0; i < runs; i++) {
		const began = performance.now();
		figures = extractFigures(text, vocabulary).length;
		times.push(performance.now() - began);
	}
	times.sort((a, b) => a - b);
	const mid = times.length >> 1;
	const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
	return {
		words: text.split(/\s+/).length,
		figures,
		median_ms: Math.round(median * 10) / 10,
		min_ms: Math.round(times[0]! * 10) / 10,
		max_ms: Math.round(times[times.length - 1]! * 10) / 10
	};
}
