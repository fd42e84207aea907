/**
 * The colour theme: `auto` follows the system (`prefers-color-scheme`), `light` and `dark` are
 * the reader's choice. The choice is `data-theme` on <html> (absent for `auto`), which app.css
 * reads, and charts watch; it is remembered in localStorage. No inline script applies it before
 * the page paints (a strict CSP forbids one), so a stored choice applies on hydration.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'handover-monitor:theme';

/**
 * A stored or given value as a theme; anything else is `auto`.
 * @example parseTheme('dark') // 'dark'
 * @example parseTheme('purple') // 'auto'
 */
export function parseTheme(value: unknown): Theme {
	return THEMES.find((theme) => theme === value) ?? 'auto';
}

/**
 * The theme a click on the toggle moves to: auto -> light -> dark -> auto.
 * @example nextTheme('dark') // 'auto'
 */
export function nextTheme(theme: Theme): Theme {
	return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

/** The stored choice; `auto` when there is none or storage cannot be read (private mode, policy). */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme {
	try {
		return parseTheme(storage?.getItem(THEME_STORAGE_KEY));
	} catch {
		return 'auto';
	}
}

/** Remembers the choice (`auto` forgets it). A storage that refuses is not an error: the choice holds for this page. */
export function storeTheme(
	storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
	theme: Theme
): void {
	try {
		if (theme === 'auto') storage?.removeItem(THEME_STORAGE_KEY);
		else storage?.setItem(THEME_STORAGE_KEY, theme);
	} catch {
		// Storage full or forbidden: nothing to do.
	}
}

/** The browser's localStorage, or undefined where merely reading `localStorage` throws (storage blocked). */
export function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** Sets `data-theme` on the root element; `auto` removes it, so that the system's scheme applies. */
export function applyTheme(root: { dataset: DOMStringMap }, theme: Theme): void {
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
}
