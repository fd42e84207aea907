import { error } from '@sveltejs/kit';
import * as m from '$lib/messages';
import { categoryPage } from '$lib/server/views';
import { categoryEntries, checkCategory, embedFrame, timelineData } from '../../embed.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = categoryEntries;

export const load: PageServerLoad = ({ params }) => {
	checkCategory(params.dataset, params.category);
	const page = categoryPage(params.dataset, params.category);
	if (!page) error(404, m.not_found());
	return {
		dataset: params.dataset,
		category: params.category,
		label: page.category.label,
		timeline: page.timeline,
		...embedFrame(timelineData(params.dataset, params.category))
	};
};
