/**
 * The words and names around an exported chart: its file name and the source line drawn under
 * the picture. Pure.
 */
import { arabicIndic, type Digits } from '$lib/digits';
import * as m from '$lib/messages';
import { getTextDirection } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/view/locale';
import { estimateSources, reportedSources, type ChartKind, type ExportData } from './data';
import type { FrameText } from './frame';

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
 * of its latest one) and whose estimates it measures them against, in the export's language.
 * @example sourceLine(progressExport(seedModel()))
 *   // 'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan'
 * @example sourceLine(progressExport(seedModel(), 'ar'))
 *   // 'المصدر: وزارة الدفاع الروسية، 22 سبتمبر 2023؛ التقدير: الحكومة الأذربيجانية'
 */
export function sourceLine(data: ExportData): string {
	const { locale } = data;
	const separator = m.export_list_separator({}, { locale });
	const reported = reportedSources(data).map(({ source, date }) =>
		m.reported_by({ source, date: formatDate(date, locale) }, { locale })
	);
	const estimates = estimateSources(data);
	const sources = reported.join(separator);
	if (reported.length === 0) return '';
	if (estimates.length === 0)
		return m.export_source_line({ sources, count: reported.length }, { locale });
	return m.export_source_line_estimates(
		{
			sources,
			count: reported.length,
			estimates: estimates.join(separator),
			estimateCount: estimates.length
		},
		{ locale }
	);
}

/**
 * The dataset and its as-of date above an exported picture, in the export's language.
 * @example subtitle(progressExport(seedModel(), 'ar'))
 *   // 'تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023، حتى 22 سبتمبر 2023'
 */
export function subtitle(data: ExportData): string {
	const { locale } = data;
	return data.asOf
		? m.export_subtitle({ dataset: data.title, date: formatDate(data.asOf, locale) }, { locale })
		: data.title;
}

/**
 * The notes under an exported picture, in the export's language: what the shares are measured
 * against (each estimate with its figure and source), the assumptions they rest on, and the
 * dataset's credit ("Figures as reported by Al Jazeera…"), so that a picture taken out of the
 * page still says them.
 * @example frameNotes(progressExport(seedModel()))
 *   // ['Measured against: Tanks and armoured vehicles ≈100 (Government of Azerbaijan); Armenian fighters in Karabakh ≈10,000 (Government of Azerbaijan)',
 *   //  'One firearm per fighter: an assumption of this dashboard, not a figure from any source.',
 *   //  'Figures as reported by Al Jazeera (Arabic service), 23 September 2023. Compiled by Handover monitor.']
 */
export function frameNotes(data: ExportData): string[] {
	const { locale } = data;
	const separator = m.export_list_separator({}, { locale });
	const against = [
		...new Map(
			(data.against ?? []).map((e) => [
				`${e.label}|${e.figure}|${e.source}`,
				m.export_against_item(e, { locale })
			])
		).values()
	];
	return [
		...(against.length > 0
			? [m.export_against({ list: against.join(separator) }, { locale })]
			: []),
		...new Set((data.assumptions ?? []).map((a) => a.text)),
		...(data.credit ? [data.credit] : [])
	];
}

/**
 * The words around an exported picture, in the export's language (the page's: an Arabic page
 * fetches /ar/…/export.json), with the figures in the digits the reader chose (Arabic-Indic:
 * the `digits-arab` class of src/lib/digits.ts). The credit's address keeps its digits: it is a
 * link. `title` is the chart's heading on the page, already in its language.
 */
export function frameText(
	title: string,
	data: ExportData,
	link: string,
	digits: Digits = 'latn'
): FrameText {
	const shape = digits === 'arab' ? arabicIndic : (text: string) => text;
	const { locale } = data;
	return {
		title: shape(title),
		subtitle: shape(subtitle(data)),
		source: shape(sourceLine(data)),
		notes: frameNotes(data).map(shape),
		// In a right-to-left line the address's final slash would move to its other end: a
		// left-to-right mark after it keeps the address in one piece.
		credit: m.export_credit(
			{
				site: m.site_name({}, { locale }),
				link: getTextDirection(locale) === 'rtl' ? `${link}\u200e` : link
			},
			{ locale }
		)
	};
}
