import { LIVE_DEPENDENCY, liveOverview } from '$lib/live/status';
import type { PageLoad } from './$types';

// The server's overview, or newer figures when the live site has loaded them (src/lib/live).
export const load: PageLoad = ({ data, depends }) => {
	depends(LIVE_DEPENDENCY);
	return liveOverview(data);
};
