import { basisRows, methodologyText, qualifierRows } from '$lib/view/methodology';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	qualifiers: qualifierRows(),
	bases: basisRows(),
	text: methodologyText()
});
