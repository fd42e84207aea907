/**
 * The one place Chart.js is set up: only the parts the charts use are registered (bar and line
 * charts, category, linear and time scales, tooltip, the annotation plugin; the keys are HTML,
 * under each chart) and the
 * small UTC date adapter is installed. An ES module runs once, so this registers once however
 * many charts import it. The binding (chart.svelte.ts) loads it with a dynamic import, so none
 * of it is in the JavaScript a page needs before its charts.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	TimeScale,
	Tooltip
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import './date-adapter';

Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	TimeScale,
	Tooltip,
	annotationPlugin
);

export { Chart };
