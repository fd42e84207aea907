/**
 * The words and names around an exported chart: its file name and the source line drawn under
 * the picture. Pure.
 */
import * as m from '$lib/messages';
import { estimateSources, reportedSources, type ChartKind, type ExportData } from './data';

export type ExportFormat = 'png' | 'svg' | 'csv';

/**
 * What and when, in the file's name: `<dataset>-<chart>[-<category>]-<as-of date>.<ext>`. Ids
 * are ASCII letters, digits, `-` and `_` (the data contract), so the name needs no escaping.
 * @example fileName({ dataset: 'karabakh-2023', chart: 'progress', category: null, asOf: '2023-09-22' }, 'png')
 *   // 'karabakh-2023-progress-2023-09-22.png'
 */
export function fileName(
	what: {
		dataset: string;
		chart: ChartKind | 'reports';
		category: string | null;
		asOf: string | null;
	},
	ext: ExportFormat
): string {
	const parts = [what.dataset, what.chart, what.category, what.asOf].filter(
		(part): part is string => typeof part === 'string' && part !== ''
	);
	return `${parts.join('-').replace(/[^A-Za-z0-9_.-]/g, '_')}.${ext}`;
}

/**
 * The line under an exported picture: who gave the figures it draws (each source with the date
 * of its latest one) and whose estimates it measures them against.
 * @example sourceLine(progressExport(seedModel()))
 *   // 'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan'
 */
export function sourceLine(data: ExportData): string {
	const separator = m.export_list_separator();
	const reported = reportedSources(data).map(({ source, date }) => m.reported_by({ source, date }));
	const estimates = estimateSources(data);
	const sources = reported.join(separator);
	if (reported.length === 0) return '';
	if (estimates.length === 0) return m.export_source_line({ sources, count: reported.length });
	return m.export_source_line_estimates({
		sources,
		count: reported.length,
		estimates: estimates.join(separator),
		estimateCount: estimates.length
	});
}
