/**
 * The chart as an SVG: a copy drawn into svgcanvas's context (an SVG-writing stand-in for a 2D
 * canvas, about 9 KB gzip, loaded on click), inside the same frame as the PNG, with real
 * <text>. svgcanvas needs help with what Chart.js and our marks draw (FIELD-NOTES.md, "SVG
 * export"); each patch below says which problem it fixes.
 */
import { Context } from 'svgcanvas';
import type { ChartTheme } from '$lib/charts/theme';
import { keyAnchors, SWATCH, type ExportSize, type FrameText } from './frame';
import { drawCopy, sizedPicture, type ChartCanvas } from './render';
import { cleanSvg } from './svg-clean';

const SVG_NS = 'http://www.w3.org/2000/svg';

type PathCall = [name: string, args: unknown[]];

/**
 * Chart.js strokes lines through Path2D objects, which svgcanvas ignores (the lines vanish):
 * while the copy draws, Path2D records its calls, and stroke(path)/fill(path) replay them.
 */
class RecordingPath2D {
	calls: PathCall[] = [];
	constructor() {
		for (const name of [
			'moveTo',
			'lineTo',
			'bezierCurveTo',
			'quadraticCurveTo',
			'arc',
			'arcTo',
			'ellipse',
			'rect',
			'roundRect',
			'closePath'
		]) {
			(this as unknown as Record<string, (...args: unknown[]) => void>)[name] = (...args) =>
				void this.calls.push([name, args]);
		}
	}
}

type Patched = Context & Record<string, unknown>;
type Method = (...args: unknown[]) => void;

function patch(ctx: Context, rtl: boolean): void {
	const self = ctx as Patched;
	const call = (name: string, args: unknown[]) =>
		(Context.prototype as unknown as Record<string, Method>)[name]!.apply(ctx, args);
	const isPath = () => ctx.__currentElement?.nodeName === 'path';

	// Chart.js asks what it is given for a 2D context, and RTL text writes to canvas.style.
	self.getContext = () => ctx;
	const style: Record<string, unknown> = {};
	style.getPropertyValue = (name: string) => (typeof style[name] === 'string' ? style[name] : '');
	style.getPropertyPriority = () => '';
	style.setProperty = (name: string, value: string) => void (style[name] = value);
	style.removeProperty = (name: string) => void delete style[name];
	self.style = style;

	const replay = (path: RecordingPath2D) => {
		call('beginPath', []);
		for (const [name, args] of path.calls) call(name, args);
	};
	const paint = (action: 'fill' | 'stroke', args: unknown[]) => {
		let rule: unknown = args[0];
		if (args[0] instanceof RecordingPath2D) {
			replay(args[0]);
			rule = args[1];
		} else if (!isPath()) {
			// fill() after fillText() (a mark's label): a no-op on a canvas, an error in svgcanvas.
			return;
		}
		call(action, []);
		if (action === 'fill' && rule === 'evenodd')
			ctx.__currentElement.setAttribute('fill-rule', 'evenodd');
	};
	self.fill = (...args: unknown[]) => paint('fill', args);
	self.stroke = (...args: unknown[]) => paint('stroke', args);

	// svgcanvas forgets the current path on clip(); a bar's border then fills the whole bar.
	self.clip = () => {
		const path = ctx.__currentDefaultPath;
		call('clip', []);
		call('beginPath', []);
		ctx.__currentDefaultPath = path;
	};

	// svgcanvas places text with dominant-baseline, which librsvg and Inkscape ignore: move the
	// text to its alphabetic baseline instead. And it ignores the text's direction.
	self.fillText = (text: unknown, x: unknown, y: unknown) => {
		const real = ctx.__ctx;
		const baseline = self.textBaseline as CanvasTextBaseline;
		real.font = self.font as string;
		real.textBaseline = baseline;
		const top = real.measureText(String(text)).fontBoundingBoxAscent;
		real.textBaseline = 'alphabetic';
		const ascent = real.measureText(String(text)).fontBoundingBoxAscent;
		self.textBaseline = 'alphabetic';
		call('fillText', [text, x, Number(y) - top + ascent]);
		self.textBaseline = baseline;
		const element = ctx.__currentElement;
		element.removeAttribute('dominant-baseline');
		if (rtl || style.direction === 'rtl') {
			element.setAttribute('direction', 'rtl');
			const anchor = element.getAttribute('text-anchor');
			// Canvas's left and right are edges whatever the direction; SVG's start and end are not.
			if (self.textAlign === 'left') element.setAttribute('text-anchor', 'end');
			else if (self.textAlign === 'right') element.setAttribute('text-anchor', 'start');
			else if (anchor) element.setAttribute('text-anchor', anchor);
		}
	};
}

/** Draws the copy with Path2D recording; the global is restored whatever happens. */
function drawRecording<T>(draw: () => T): T {
	const saved = globalThis.Path2D;
	globalThis.Path2D = RecordingPath2D as unknown as typeof Path2D;
	try {
		return draw();
	} finally {
		globalThis.Path2D = saved;
	}
}

function svgText(doc: Document, text: string, attributes: Record<string, string>): SVGTextElement {
	const element = doc.createElementNS(SVG_NS, 'text');
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.textContent = text;
	return element;
}

/** The SVG file's text: the chart in its frame, XML with a declaration, tidied. */
export function chartSvg(
	canvas: ChartCanvas,
	theme: ChartTheme,
	text: FrameText,
	size: ExportSize = 'article'
): string {
	const rtl = document.documentElement.dir === 'rtl';
	const scratch = document.createElement('canvas').getContext('2d');
	if (!scratch) throw new Error('This browser cannot measure text (no 2D canvas).');
	const { config, chart: box, layout } = sizedPicture(canvas, theme, text, size, 1, scratch);
	const { width, height } = box;
	const ctx = new Context({ width, height });
	patch(ctx, rtl);
	const chart = drawRecording(() => drawCopy(canvas, ctx, config));
	const root = ctx.getSvg();

	const doc = root.ownerDocument;
	const group = doc.createElementNS(SVG_NS, 'g');
	group.setAttribute('transform', `translate(${layout.pad} ${layout.chartTop})`);
	for (const child of [...root.childNodes]) {
		if (child.nodeName !== 'defs') group.appendChild(child);
	}
	const background = doc.createElementNS(SVG_NS, 'rect');
	for (const [name, value] of Object.entries({
		width: '100%',
		height: '100%',
		fill: theme.background
	})) {
		background.setAttribute(name, value);
	}
	root.append(background, group);
	const probe = document.createElement('span');
	for (const line of layout.lines) {
		probe.style.font = line.font;
		root.appendChild(
			svgText(doc, line.text, {
				x: String(rtl ? layout.width - layout.pad : layout.pad),
				y: String(line.y),
				'font-family': probe.style.fontFamily,
				'font-size': probe.style.fontSize,
				'font-weight': probe.style.fontWeight,
				fill: line.muted ? theme.muted : theme.text,
				...(rtl ? { direction: 'rtl', 'text-anchor': 'start' } : {})
			})
		);
	}
	for (const item of layout.key) {
		const { swatch: start, text: textX } = keyAnchors(item, layout.width, rtl);
		const swatch = doc.createElementNS(SVG_NS, 'line');
		for (const [name, value] of Object.entries({
			x1: String(start),
			x2: String(start + SWATCH),
			y1: String(item.y - 4),
			y2: String(item.y - 4),
			stroke: item.color,
			'stroke-width': item.bar ? '10' : '2',
			...(item.bar || item.dash.length === 0 ? {} : { 'stroke-dasharray': item.dash.join(' ') })
		})) {
			swatch.setAttribute(name, value);
		}
		probe.style.font = item.font;
		root.append(
			swatch,
			svgText(doc, item.label, {
				x: String(textX),
				y: String(item.y),
				'font-family': probe.style.fontFamily,
				'font-size': probe.style.fontSize,
				fill: theme.text,
				...(rtl ? { direction: 'rtl', 'text-anchor': 'start' } : {})
			})
		);
	}
	root.setAttribute('width', String(layout.width));
	root.setAttribute('height', String(layout.height));
	root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
	const xml = new XMLSerializer().serializeToString(root);
	chart.destroy();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${cleanSvg(xml)}\n`;
}
