/**
 * The colours and type a chart is drawn with. Builders take a ChartTheme, so that they stay pure
 * and testable; the binding (chart.svelte.ts) reads one from the page's CSS custom properties
 * when the chart is created and again when the colour scheme changes.
 */

export interface ChartTheme {
	dark: boolean;
	/** Page background, behind labels that sit on lines. */
	background: string;
	text: string;
	muted: string;
	grid: string;
	/** The certain part of a figure (`--bar`). */
	bar: string;
	/** An estimate (`--mark`). */
	mark: string;
	font: string;
	/** Data series, by category: the Okabe-Ito palette, in an order that reads on this background. */
	palette: readonly string[];
	/** The page's direction: right to left mirrors the axes, the tooltip and the labels. */
	direction: 'ltr' | 'rtl';
	/** The Intl tag numbers and dates are written in: `en`, `ar-u-nu-latn`, `ar-u-nu-arab`. */
	locale: string;
}

/**
 * Okabe-Ito, without black, ordered so that the first colours have the most contrast with the
 * background (blue and vermillion on white; sky blue and orange on a dark ground).
 */
export const PALETTE_LIGHT = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#e69f00',
	'#56b4e9',
	'#f0e442'
] as const;
export const PALETTE_DARK = [
	'#56b4e9',
	'#e69f00',
	'#009e73',
	'#f0e442',
	'#cc79a7',
	'#d55e00',
	'#0072b2'
] as const;

const FONT =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";

/** The light theme, as app.css defines it; the default for tests and for the first paint. */
export const LIGHT_THEME: ChartTheme = {
	dark: false,
	background: '#ffffff',
	text: '#1a1a1a',
	muted: '#4d4d4d',
	grid: '#c8cbcf',
	bar: '#0072b2',
	mark: '#d55e00',
	font: FONT,
	palette: PALETTE_LIGHT,
	direction: 'ltr',
	locale: 'en'
};

export const DARK_THEME: ChartTheme = {
	dark: true,
	background: '#121416',
	text: '#eceff1',
	muted: '#b4bbc2',
	grid: '#3d444b',
	bar: '#56b4e9',
	mark: '#e69f00',
	font: FONT,
	palette: PALETTE_DARK,
	direction: 'ltr',
	locale: 'en'
};

/** Relative luminance of `#rrggbb` or `rgb(r, g, b)`, 0 (black) to 1 (white); null if unreadable. */
export function luminance(color: string): number | null {
	const value = color.trim();
	let rgb: number[] | null = null;
	const hex = /^#([0-9a-f]{6})$/i.exec(value);
	if (hex) rgb = [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
	const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(value);
	if (fn) rgb = [fn[1], fn[2], fn[3]].map(Number);
	if (!rgb) return null;
	const [r, g, b] = rgb.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * A theme from the page's custom properties (`--bg`, `--text`, `--muted`, `--border`, `--bar`,
 * `--mark`, `--font`, and `--series-0` to `--series-6`, which ChartFigure.svelte sets so that
 * the HTML keys and the canvas share them), read through `get`. Whatever is missing comes from
 * the light or dark default; the scheme is told by the background's luminance, so it follows
 * any way the page switches scheme (the media query or a `data-theme` attribute).
 * @example themeFromProperties((name) => getComputedStyle(document.documentElement).getPropertyValue(name))
 */
export function themeFromProperties(get: (name: string) => string): ChartTheme {
	const read = (name: string) => get(name).trim();
	const background = read('--bg');
	const dark = (luminance(background) ?? 1) < 0.4;
	const base = dark ? DARK_THEME : LIGHT_THEME;
	return {
		dark,
		background: background || base.background,
		text: read('--text') || base.text,
		muted: read('--muted') || base.muted,
		grid: read('--border') || base.grid,
		bar: read('--bar') || base.bar,
		mark: read('--mark') || base.mark,
		font: read('--font') || base.font,
		palette: base.palette.map((color, i) => read(`--series-${i}`) || color),
		// app.css sets these from <html dir lang> and the reader's choice of digits.
		direction: read('--direction') === 'rtl' ? 'rtl' : 'ltr',
		locale: read('--locale') || base.locale
	};
}

/** Chart.js's options for text that reads right to left (the tooltip), or none. */
export function textDirection(theme: ChartTheme): { rtl: boolean; textDirection: 'ltr' | 'rtl' } {
	return { rtl: theme.direction === 'rtl', textDirection: theme.direction };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A tick's number in the chart's locale: `formatTick(LIGHT_THEME, 5000)` -> "5,000"; with
 * Arabic-Indic digits chosen, "٥٬٠٠٠".
 */
export function formatTick(theme: ChartTheme, n: number): string {
	let format = numberFormats.get(theme.locale);
	if (!format) {
		format = new Intl.NumberFormat(theme.locale, { maximumFractionDigits: 2 });
		numberFormats.set(theme.locale, format);
	}
	return format.format(n);
}

/** `#rrggbb` with an alpha channel, for fills: withAlpha('#0072b2', 0.3) -> 'rgba(0, 114, 178, 0.3)'. */
export function withAlpha(color: string, alpha: number): string {
	const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
	if (!hex) return color;
	const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The colour of series `index`, cycling through the palette. */
export function seriesColor(theme: ChartTheme, index: number): string {
	const { palette } = theme;
	return palette[index % palette.length]!;
}
