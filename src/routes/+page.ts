import { LIVE_DEPENDENCY, liveOverview } from '$lib/live/status';
import type { PageLoad } from './$types';

// The overview of the only dataset, with newer figures when the live site has loaded them.
export const load: PageLoad = ({ data, depends }) => {
	depends(LIVE_DEPENDENCY);
	return data.kind === 'overview' ? liveOverview(data) : data;
};
