import { LIVE_DEPENDENCY, livePage } from '$lib/live/status';
import type { PageLoad } from './$types';

// The reports page filters the whole list: reports.json as built, or, once the live site has
// loaded newer files (src/lib/live), their list, which then answers every view, the first page
// too, so that the rows never mix two versions.
export const load: PageLoad = ({ data, depends, params }) => {
	depends(LIVE_DEPENDENCY);
	return livePage(params.dataset, data, (live) =>
		live.outcome.reportsList
			? { ...live.outcome.reports, liveList: live.outcome.reportsList }
			: null
	);
};
