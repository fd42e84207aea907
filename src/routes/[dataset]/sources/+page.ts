import { LIVE_DEPENDENCY, livePage } from '$lib/live/status';
import type { PageLoad } from './$types';

// The server's sources page, or the newer one the live site loaded (src/lib/live).
export const load: PageLoad = ({ data, depends, params }) => {
	depends(LIVE_DEPENDENCY);
	return livePage(params.dataset, data, (live) => live.outcome.sources);
};
