/**
 * Chart.js for the timeline chart, and its builder: only what stepped lines with points on a
 * time and a linear scale draw is registered (with the tooltip and the marks; the key is HTML,
 * under the chart), and the small UTC date adapter is installed. TimelineFigure loads it with
 * a dynamic import, so that it is a chunk of its own after the page; what it shares with the
 * progress chart (Chart.js's core) is a common chunk. An ES module runs once, so this registers
 * once however many charts load it. The join of the page's selection with the fetched points
 * (withPoints) comes along: the page needs it only once the chart draws.
 */
import {
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	TimeScale,
	Tooltip
} from 'chart.js';
import './date-adapter';
import { marksPlugin } from './marks-plugin';

Chart.register(
	LineController,
	LineElement,
	PointElement,
	TimeScale,
	LinearScale,
	Tooltip,
	marksPlugin
);

export { Chart };
export { timelineChart } from './timeline';
export { withPoints } from '$lib/view/timeline-points';
