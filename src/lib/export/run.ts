/**
 * The chart's downloads, loaded when a reader clicks one (nothing of it is in a page's first
 * JavaScript): fetches the chart's export.json (prerendered from the model), then makes the
 * file and saves it under a name that says what and when.
 */
import { toCsv } from './csv';
import { forCategory, type ExportData } from './data';
import type { ExportSize } from './frame';
import { fileName, frameText, type ExportFormat } from './names';
import { themeOf, type ChartCanvas } from './render';
import type { ChartShare } from './share';

async function exportData(share: ChartShare): Promise<ExportData> {
	const response = await fetch(share.data);
	if (!response.ok) throw new Error(`${share.data}: HTTP ${response.status}`);
	return forCategory((await response.json()) as ExportData, share.category);
}

/** Saves `blob` as a download named `name`. */
export function save(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.appendChild(link);
	link.click();
	link.remove();
	// The download has started from the URL by now; a moment later it can go.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Makes and saves the chart on `canvas` as `format`; returns the file's name. */
export async function exportChart(
	format: ExportFormat,
	canvas: ChartCanvas,
	share: ChartShare,
	link: string,
	size: ExportSize = 'article'
): Promise<string> {
	const data = await exportData(share);
	const name = fileName({ ...share, asOf: data.asOf }, format);
	if (format === 'csv') {
		save(
			new Blob(
				[
					toCsv(
						data.header,
						data.rows.map((r) => r.cells)
					)
				],
				{ type: 'text/csv;charset=utf-8' }
			),
			name
		);
		return name;
	}
	const theme = themeOf(canvas);
	const digits = document.documentElement.classList.contains('digits-arab') ? 'arab' : 'latn';
	const text = frameText(share.title, data, link, digits);
	if (format === 'png') {
		const { chartPng } = await import('./png');
		save(await chartPng(canvas, theme, text, size), name);
	} else {
		const { chartSvg } = await import('./svg');
		save(
			new Blob([chartSvg(canvas, theme, text, size)], { type: 'image/svg+xml;charset=utf-8' }),
			name
		);
	}
	return name;
}
