import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// `/ar/karabakh-2023/` is the route `/[dataset]/` in Arabic: the routes exist once, and the
// language is read from the address (src/hooks.server.ts, the `url` strategy of Paraglide).
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
