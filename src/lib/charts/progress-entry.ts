/**
 * Chart.js for the progress chart, and its builder: only what a horizontal bar chart on a
 * category and a linear scale draws is registered (with the tooltip and the marks; the key is
 * HTML, under the chart). ProgressFigure loads it with a dynamic import, so that it is a chunk
 * of its own after the page; what it shares with the timeline (Chart.js's core) is a common
 * chunk. An ES module runs once, so this registers once however many charts load it.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { marksPlugin } from './marks-plugin';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, marksPlugin);

export { Chart };
export { progressChart } from './progress';
