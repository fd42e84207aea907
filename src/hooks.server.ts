import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getTextDirection } from '$lib/paraglide/runtime';
import { islandsHead } from '$lib/server/islands';

/**
 * Sets the language of each request from its address (`/ar/...` is Arabic, anything else
 * English) for every message the page renders, and writes it into `<html lang dir>` of the
 * prerendered HTML, so the right direction is there before any script runs. Also writes the
 * page's one script, the islands' entry (src/lib/server/islands.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
					.replace('%islands.head%', islandsHead(event.url.pathname, event.route.id === null))
		});
	});
