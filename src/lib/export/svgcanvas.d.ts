// svgcanvas 2.6 ships CommonJS without types: what src/lib/export/svg.ts uses of it.
declare module 'svgcanvas' {
	export interface ContextOptions {
		width?: number;
		height?: number;
		document?: Document;
		enableMirroring?: boolean;
	}

	/** A 2D context that writes SVG elements instead of pixels. */
	export class Context {
		constructor(options?: ContextOptions);
		width: number;
		height: number;
		/** The context itself (svgcanvas points `canvas` back at it). */
		canvas: Context;
		getSerializedSvg(fixNamedEntities?: boolean): string;
		getSvg(): SVGSVGElement;
		// Internals that the patches in svg.ts read and write.
		__currentElement: Element;
		__currentDefaultPath: string;
		__ctx: CanvasRenderingContext2D;
	}
}
