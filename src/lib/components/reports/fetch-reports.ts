/**
 * Fetches a dataset's whole reports list (`reports.json`) once per page view, and checks its
 * shape. The page asks for it only when the reader wants more than the prerendered first page,
 * and loads this module then, with the table that answers queries over the list.
 */
import { resolve } from '$app/paths';
import { parseReportsData, type ReportsData } from '$lib/view/reports';

export { reportsTable } from '$lib/view/reports';

/** The list of dataset `id`; rejects when it cannot be fetched or is not a reports list. */
export async function fetchReports(id: string): Promise<ReportsData> {
	const response = await fetch(resolve('/[dataset]/reports.json', { dataset: id }));
	if (!response.ok) throw new Error(`reports.json: HTTP ${response.status}`);
	return parseReportsData(await response.json());
}
