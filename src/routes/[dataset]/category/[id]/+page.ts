import { LIVE_DEPENDENCY, livePage } from '$lib/live/status';
import type { PageLoad } from './$types';

// The server's category page, or the newer one the live site loaded (src/lib/live).
export const load: PageLoad = ({ data, depends, params }) => {
	depends(LIVE_DEPENDENCY);
	return livePage(params.dataset, { ...data, seriesUrl: null as string | null }, (live) => {
		const category = live.outcome.categories[params.id];
		const seriesUrl = live.categorySeries[params.id];
		return category && seriesUrl ? { ...category.page, seriesUrl } : null;
	});
};
