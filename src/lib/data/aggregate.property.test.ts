/**
 * Properties of the counting rules (DESIGN.md, "How figures are counted"), on any reports from
 * a few sources about a few categories, on any day:
 * - figures from two sources are never added together: each total, and so the headline, is
 *   one source's own total, the same with or without the other sources' reports;
 * - no interval has low > high (totals and progress);
 * - the certain part of a total (low) never exceeds the sum of the lower bounds the rows state.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { sourceTotal } from './steps';
import { dayArb, PROPERTY_RUNS } from '$lib/testing/arbitraries';
import { category, estimate, load, report } from '$lib/testing/records';
import { BASES, QUALIFIERS, type IsoDate, type Report } from './types';

const SOURCES = ['ru-mod', 'az-gov', 'tass'] as const;
const CATEGORIES = [category(2, 'firearms', 'fighters'), category(3, 'vehicles', null, 0.5)];

/** A few days close together, so that reports share dates and interleave. */
const nearDay = fc
	.integer({ min: 0, max: 9 })
	.map((d) => `2023-09-${String(20 + d).padStart(2, '0')}` as IsoDate);

const figureArb = fc.option(
	fc
		.tuple(fc.nat({ max: 5000 }), fc.constantFrom(...QUALIFIERS))
		.filter(([value, qualifier]) => qualifier !== 'fewer_than' || value >= 1),
	{ freq: 5 }
);

const reportsArb = fc
	.array(
		fc.tuple(
			nearDay,
			fc.constantFrom(...SOURCES),
			fc.constantFrom('firearms', 'vehicles'),
			figureArb,
			fc.constantFrom(...BASES)
		),
		{ maxLength: 25 }
	)
	.map((rows) =>
		rows.map(([date, source, cat, figure, basis], i) =>
			report(i + 2, date, source, cat, figure, basis)
		)
	);

/** Estimates as the schema lets them through: an upper bound of 1 or more (no share of 0). */
const estimatesArb = fc.array(
	fc.tuple(
		fc
			.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom(...QUALIFIERS))
			.filter(([value, qualifier]) => qualifier !== 'fewer_than' || value >= 2),
		fc.option(fc.constantFrom('2023', '2023-09', '2023-09-21'))
	),
	{ maxLength: 3 }
);

/** A day to look at: none (the latest report's), one among the reports', or any other. */
const lookArb = fc.option(fc.oneof(nearDay, dayArb));

const modelOf = (reports: Report[], day: IsoDate | null, estimates: [readonly [number, (typeof QUALIFIERS)[number]], string | null][] = []) =>
	buildModel(
		load({
			categories: CATEGORIES,
			reports,
			estimates: estimates.map(([figure, date], i) => estimate(i + 2, 'fighters', figure, date))
		}),
		day === null ? {} : { day }
	);

describe('aggregation', () => {
	test('never adds two sources together: every total, and the headline, is one source’s own', () => {
		fc.assert(
			fc.property(reportsArb, lookArb, (reports, look) => {
				const model = modelOf(reports, look);
				const day = look ?? model.asOf;
				for (const summary of model.categories) {
					const { id } = summary.category;
					if (summary.headline) expect(summary.bySource).toContain(summary.headline);
					expect(new Set(summary.bySource.map((t) => t.source)).size).toBe(summary.bySource.length);
					for (const total of summary.bySource) {
						for (const r of total.reports) {
							expect([r.source, r.category]).toEqual([total.source, id]);
						}
						const own = reports.filter((r) => r.source === total.source && r.category === id);
						expect(total).toEqual(sourceTotal(own, day!));
						// The same total when the other sources' reports are not there at all.
						const alone = modelOf(own, look).categories.find((c) => c.category.id === id)!;
						expect(alone.bySource.map((t) => t.total)).toEqual([total.total]);
					}
				}
			}),
			PROPERTY_RUNS
		);
	});

	test('never returns low > high, in a total or in progress', () => {
		fc.assert(
			fc.property(reportsArb, lookArb, estimatesArb, (reports, look, estimates) => {
				const model = modelOf(reports, look, estimates);
				for (const summary of model.categories) {
					for (const { total } of summary.bySource) {
						expect(total.low).toBeGreaterThanOrEqual(0);
						if (total.high !== null) expect(total.low).toBeLessThanOrEqual(total.high);
					}
					const { progress } = summary;
					if (progress) {
						expect(progress.low).toBeGreaterThanOrEqual(0);
						if (progress.high !== null) expect(progress.low).toBeLessThanOrEqual(progress.high);
					}
				}
			}),
			PROPERTY_RUNS
		);
	});

	test('the certain part of a total never exceeds what the rows state', () => {
		fc.assert(
			fc.property(reportsArb, lookArb, (reports, look) => {
				const model = modelOf(reports, look);
				const day = look ?? model.asOf;
				for (const summary of model.categories) {
					for (const { source, total } of summary.bySource) {
						const stated = reports
							.filter(
								(r) => r.source === source && r.category === summary.category.id && r.date <= day!
							)
							.reduce((sum, r) => sum + (r.quantity?.low ?? 0), 0);
						expect(total.low).toBeLessThanOrEqual(stated);
					}
				}
			}),
			PROPERTY_RUNS
		);
	});
});
