/**
 * The language of the messages in the worker. A page reads it from its URL (Paraglide's `url`
 * strategy); a worker has no page URL, so the page passes its language in (getLocale() there)
 * and the worker fixes the message runtime to it before building any view.
 */
import { baseLocale, overwriteGetLocale, toLocale } from '$lib/paraglide/runtime';

export function setWorkerLocale(locale: string | undefined): void {
	const chosen = toLocale(locale) ?? baseLocale;
	overwriteGetLocale(() => chosen);
}
