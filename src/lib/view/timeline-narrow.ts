/**
 * One category's timeline, cut from the timeline of every category (selectTimeline(view, null))
 * in the browser: the timeline page's category choice (TimelineChoice) ships the page's own
 * selection and each category's chart label, not every category's selection again (on the
 * 100,000-row dataset that doubled the page's HTML). No messages and no number formatting here:
 * the sentences come made from the server (`labels`).
 */
import type { TimelineCategory, TimelineSelection } from './timeline';

/** What selectTimeline(view, id) gives, from `all` = selectTimeline(view, null). */
export function narrowSelection(
	all: TimelineSelection,
	categories: readonly TimelineCategory[],
	labels: Readonly<Record<string, string>>,
	id: string | null
): TimelineSelection {
	const category = categories.find((c) => c.id === id) ?? null;
	if (category === null) return all;
	const keep = all.lines.map((line) => line.category === category.id);
	return {
		category,
		lines: all.lines.filter((_, i) => keep[i]),
		estimates: all.estimates.filter((e) => e.category === category.id),
		events: all.events,
		manyCategories: false,
		label: Object.hasOwn(labels, category.id) ? labels[category.id]! : all.label,
		// One row per line, in the lines' order (selectTimeline).
		rows: all.rows.filter((_, i) => keep[i]),
		withoutNumbers: category.lines === 0 ? [category] : [],
		captions: all.captions,
		keys: all.keys
	};
}
