import { LIVE_DEPENDENCY, livePage } from '$lib/live/status';
import type { PageLoad } from './$types';

// The server's timeline, or the newer one the live site loaded, with its points (src/lib/live).
export const load: PageLoad = ({ data, depends, params }) => {
	depends(LIVE_DEPENDENCY);
	return livePage(params.dataset, { ...data, seriesUrl: null as string | null }, (live) => ({
		...live.outcome.timeline,
		seriesUrl: live.series
	}));
};
