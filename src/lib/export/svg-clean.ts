/**
 * Tidies the SVG that svgcanvas serialises: attributes it writes as "undefined", paths with
 * nothing to draw, and coordinates with 15 decimals (rounded to 2, which is a hundredth of a
 * pixel). Arc commands are left alone: a full circle is an arc with a tiny gap, and rounding
 * would erase it. Pure string work, so that it runs (and is tested) without a DOM.
 */

const LONG_DECIMAL = /-?\d+\.\d{3,}/g;

function round(match: string): string {
	const n = Math.round(Number(match) * 100) / 100;
	return Object.is(n, -0) ? '0' : String(n);
}

/**
 * @example cleanSvg('<path d="M 1.23456 2" text-decoration="undefined"/>') // '<path d="M 1.23 2"/>'
 */
export function cleanSvg(svg: string): string {
	return (
		svg
			.replace(/ [a-z-]+="undefined"/g, '')
			// A path with no `d`, or an empty one: svgcanvas starts one on each beginPath.
			.replace(/<path(?![^>]* d="[^"]*[^"\s][^"]*")[^>]*\/>/g, '')
			.replace(/<path(?![^>]* d="[^"]*[^"\s][^"]*")[^>]*><\/path>/g, '')
			.replace(/ d="([^"]*)"/g, (all, d: string) =>
				/[Aa]/.test(d) ? all : ` d="${d.replace(LONG_DECIMAL, round)}"`
			)
			.replace(
				/ (x|y|x1|x2|y1|y2|width|height|stroke-width|transform|font-size)="([^"]*)"/g,
				(_all, name: string, value: string) => ` ${name}="${value.replace(LONG_DECIMAL, round)}"`
			)
	);
}
