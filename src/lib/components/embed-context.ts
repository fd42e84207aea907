/**
 * Whether a chart sits in an embed view (EmbedFrame sets it for everything inside): a context,
 * not page data, so that the chart components render the same outside SvelteKit (component
 * tests, the Data page's preview).
 */
import { getContext, setContext } from 'svelte';

const EMBED = Symbol('embed');

/** Marks the calling component's children as embedded (call during its initialisation). */
export function markEmbedded(): void {
	setContext(EMBED, true);
}

/** True inside an EmbedFrame. */
export function isEmbedded(): boolean {
	return getContext<boolean | undefined>(EMBED) === true;
}
