import { describe, expect, test } from 'vitest';
import { richModel, seedModel } from '$lib/testing/chart-fixtures';
import { selectTimeline, timelineView } from './timeline';
import { narrowSelection } from './timeline-narrow';

describe('narrowSelection: one category cut from the timeline of all', () => {
	for (const [name, model] of [
		['the seed', seedModel()],
		['a dataset with several sources, estimates and a category without numbers', richModel()]
	] as const) {
		test(`equals selectTimeline for every category of ${name}`, () => {
			const view = timelineView(model);
			const all = selectTimeline(view, null);
			const labels = Object.fromEntries(
				view.categories.map((c) => [c.id, selectTimeline(view, c.id).label])
			);
			expect(view.categories.length).toBeGreaterThan(1);
			for (const category of view.categories) {
				expect(narrowSelection(all, view.categories, labels, category.id)).toEqual(
					selectTimeline(view, category.id)
				);
			}
		});
	}

	test('an unknown or no category is the timeline of all, as the prerendered page', () => {
		const view = timelineView(seedModel());
		const all = selectTimeline(view, null);
		expect(narrowSelection(all, view.categories, {}, null)).toBe(all);
		expect(narrowSelection(all, view.categories, {}, 'tanks')).toBe(all);
		expect(narrowSelection(all, view.categories, {}, 'constructor')).toBe(all);
	});

	test('the seed: firearms is one line, 800+ from the Russian Ministry of Defence', () => {
		const view = timelineView(seedModel());
		const all = selectTimeline(view, null);
		const firearms = narrowSelection(all, view.categories, {}, 'firearms');
		expect(firearms.rows.map((r) => [r.source, r.figures])).toEqual([
			[expect.stringContaining('Russian Ministry of Defence'), expect.stringContaining('800+')]
		]);
	});
});
