/**
 * fast-check arbitraries for the property tests: valid records (what the loader can give) and
 * the file styles that parseCsv reads. For tests only.
 */
import fc from 'fast-check';
import { parseSafeUrl } from '$lib/data/cells';
import { statedToQuantity } from '$lib/data/quantity';
import {
	BASES,
	MEASURES,
	QUALIFIERS,
	type IsoDate,
	type Localized,
	type Report,
	type SafeUrl,
	type StatedFigure
} from '$lib/data/types';
import type { CsvStyle } from '$lib/data/write';

/** The settings every property test runs with: enough runs to find an edge, a pinned seed. */
export const PROPERTY_RUNS = {
	numRuns: Number(process.env.FC_RUNS ?? 200),
	seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20230922
} as const;

export const styleArb: fc.Arbitrary<CsvStyle> = fc.record({
	delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
	lineEnding: fc.constantFrom('\n' as const, '\r\n' as const),
	bom: fc.boolean(),
	quoteAll: fc.boolean()
});

export const dayArb: fc.Arbitrary<IsoDate> = fc
	.date({
		min: new Date('1900-01-01T00:00:00Z'),
		max: new Date('2099-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((date) => date.toISOString().slice(0, 10) as IsoDate);

export const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

/**
 * Text as a loaded record holds it: trimmed and not empty (the reader trims and reads empty as
 * none), never a CR (CRLF and CR read as LF), never NUL or U+FFFD (a file with them is not
 * UTF-8 text).
 * Any Unicode otherwise: quotes, delimiters, line breaks, Arabic, astral characters.
 */
export const textArb = fc
	.oneof(
		fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
		fc
			.array(fc.constantFrom('a', 'ب', ' ', ',', ';', '\t', '"', '\n', '\r', '٥', '<b>', '='), {
				minLength: 1,
				maxLength: 12
			})
			.map((parts) => parts.join(''))
	)
	.map((text) =>
		text
			.replace(/[\0\uFFFD]/g, '')
			.replace(/\r\n?/g, '\n')
			.trim()
	)
	.filter((text) => text !== '');

export const urlArb: fc.Arbitrary<SafeUrl> = fc
	.webUrl({ withQueryParameters: true, withFragments: true })
	.filter((url) => parseSafeUrl(url).ok)
	.map((url) => url as SafeUrl);

const langArb = fc.constantFrom('ar', 'hy', 'az', 'ru', 'fr');

export const localizedArb: fc.Arbitrary<Localized> = fc.record({
	value: textArb,
	translations: fc.dictionary(langArb, textArb, { maxKeys: 3 })
});

export const statedArb: fc.Arbitrary<StatedFigure> = fc
	.record({
		value: fc.oneof(fc.nat({ max: 10_000 }), fc.maxSafeNat()),
		qualifier: fc.constantFrom(...QUALIFIERS),
		extra: fc.nat({ max: 10_000 })
	})
	.filter(({ value, qualifier }) => qualifier !== 'fewer_than' || value >= 1)
	.map(({ value, qualifier, extra }) => ({
		value,
		qualifier,
		high: qualifier === 'between' ? Math.min(Number.MAX_SAFE_INTEGER, value + extra) : null,
		unit: 'count' as const
	}));

/** A share as reports.csv holds it: 0-100 with up to two decimals, never an increment. */
export const shareArb: fc.Arbitrary<StatedFigure> = fc
	.record({
		hundredths: fc.nat({ max: 10_000 }),
		qualifier: fc.constantFrom(...QUALIFIERS.filter((q) => q !== 'fewer_than')),
		extra: fc.nat({ max: 10_000 })
	})
	.map(({ hundredths, qualifier, extra }) => ({
		value: hundredths / 100,
		qualifier,
		high: qualifier === 'between' ? Math.min(10_000, hundredths + extra) / 100 : null,
		unit: 'percent' as const
	}));

/** A report as validate.ts gives it (its line is set by the test that writes it). */
export const reportArb: fc.Arbitrary<Report> = fc
	.record({
		date: dayArb,
		source: idArb,
		category: idArb,
		stated: fc.option(fc.oneof({ arbitrary: statedArb, weight: 4 }, shareArb), { freq: 4 }),
		basis: fc.constantFrom(...BASES),
		measure: fc.constantFrom(...MEASURES),
		url: fc.option(urlArb),
		quote: fc.option(textArb),
		note: fc.option(localizedArb)
	})
	.map((r): Report => ({
		line: 0,
		...r,
		// A share is never an increment (reports.csv refuses it).
		basis: r.stated?.unit === 'percent' ? 'cumulative' : r.basis,
		quantity: r.stated && statedToQuantity(r.stated)
	}));
