/**
 * The chart as a PNG at a fixed size (EXPORT_SIZES: article, wide, square), drawn at twice
 * that size whatever the window and the screen, on an opaque
 * background of the current theme, inside the frame (title, dataset and date, source line,
 * credit).
 */
import type { ChartTheme } from '$lib/charts/theme';
import { keyAnchors, SWATCH, type ExportSize, type FrameText } from './frame';
import { drawCopy, sizedPicture, type ChartCanvas } from './render';

/** Device pixels per CSS pixel of a PNG: sharp on a high-density screen, the same everywhere. */
export const PNG_RATIO = 2;

export function chartPng(
	canvas: ChartCanvas,
	theme: ChartTheme,
	text: FrameText,
	size: ExportSize = 'article'
): Promise<Blob> {
	// Twice the picture's size, whatever the screen: the same file from any window or device.
	const ratio = PNG_RATIO;
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw a PNG (no 2D canvas).');
	const { config, chart: box, layout } = sizedPicture(canvas, theme, text, size, ratio, ctx);
	const { width, height } = box;
	const copy = document.createElement('canvas');
	copy.width = width;
	copy.height = height;
	const chart = drawCopy(canvas, copy, config);

	out.width = Math.ceil(layout.width * ratio);
	out.height = Math.ceil(layout.height * ratio);
	ctx.scale(ratio, ratio);
	ctx.fillStyle = theme.background;
	ctx.fillRect(0, 0, layout.width, layout.height);
	const rtl = document.documentElement.dir === 'rtl';
	ctx.direction = rtl ? 'rtl' : 'ltr';
	ctx.textAlign = 'start';
	ctx.textBaseline = 'alphabetic';
	for (const line of layout.lines) {
		ctx.font = line.font;
		ctx.fillStyle = line.muted ? theme.muted : theme.text;
		ctx.fillText(line.text, rtl ? layout.width - layout.pad : layout.pad, line.y);
	}
	for (const item of layout.key) {
		const { swatch: start, text: textX } = keyAnchors(item, layout.width, rtl);
		ctx.save();
		ctx.strokeStyle = item.color;
		ctx.lineWidth = item.bar ? 10 : 2;
		ctx.setLineDash(item.bar ? [] : [...item.dash]);
		ctx.beginPath();
		ctx.moveTo(start, item.y - 4);
		ctx.lineTo(start + SWATCH, item.y - 4);
		ctx.stroke();
		ctx.restore();
		ctx.font = item.font;
		ctx.fillStyle = theme.text;
		ctx.fillText(item.label, textX, item.y);
	}
	ctx.drawImage(copy, layout.pad, layout.chartTop, width, height);
	chart.destroy();

	return new Promise((resolve, reject) =>
		out.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
			'image/png'
		)
	);
}
