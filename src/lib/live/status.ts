/**
 * What the live data says on a page (src/lib/live): the notice's status. Types only: the server
 * loads (a broken file under `vite dev`), the notice and the live client share them.
 */
import type { IssueView } from '$lib/view/overview';

/** What the notice says about the data on the page, when it says anything. */
export interface LiveStatus {
	kind: 'updated' | 'broken' | 'fetch-failed';
	/** The sentence of the notice. */
	message: string;
	/** "New: Russian Ministry of Defence, 2023-09-24, Firearms 1,000+", one per new headline. */
	news: string[];
	/** When the files are broken: their issues (the figures are from the last good version). */
	issues: IssueView[];
	issuesIntro: string;
}
