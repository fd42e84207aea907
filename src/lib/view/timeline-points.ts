/**
 * The join of a timeline's selection (in the page) with its points (series.json, fetched with
 * the chart): on its own, so that the chart's code (src/lib/charts/timeline-entry.ts) carries it
 * and nothing else of ./timeline.ts (the messages, the number formats).
 */
import type { TimelineChartInput, TimelineChartSelection, TimelineSeries } from './timeline';

/**
 * The chart's input: the selected lines with their points from series.json (a line that
 * series.json lacks is left out, as it has nothing to draw).
 */
export function withPoints(
	selection: TimelineChartSelection,
	series: TimelineSeries
): TimelineChartInput {
	const points = new Map(series.lines.map((l) => [l.id, l.points]));
	return {
		lines: selection.lines.flatMap((line) => {
			const found = points.get(line.id);
			return found && found.length > 0 ? [{ ...line, points: found }] : [];
		}),
		estimates: selection.estimates,
		events: selection.events,
		manyCategories: selection.manyCategories
	};
}
