import { LIVE_DEPENDENCY, livePage } from '$lib/live/status';
import type { PageLoad } from './$types';

// The reports page filters the whole list (reports.json, as built): the live site shows its
// notice there (new figures are on the other pages), so that its rows never mix two versions.
export const load: PageLoad = ({ data, depends, params }) => {
	depends(LIVE_DEPENDENCY);
	return livePage(params.dataset, data, () => null);
};
