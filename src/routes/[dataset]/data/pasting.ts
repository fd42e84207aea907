/**
 * "Paste a report", loaded on use (with the extractor): the figures of a pasted text, as the
 * text cut at each figure and a row proposed for each report, and the chosen rows checked and
 * added to the in-browser copy of reports.csv exactly as the report form adds one (drafting.ts).
 */
import { extractFigures } from '$lib/data/extract/extract';
import { draftOf, reportsOf } from '$lib/data/extract/rows';
import { segmentsOf, type Segment } from '$lib/data/extract/segments';
import { vocabularyOf } from '$lib/data/extract/vocabulary';
import { formatQuantity } from '$lib/data/format';
import { statedToQuantity } from '$lib/data/quantity';
import type { DataIssue, Dataset } from '$lib/data/types';
import { currentLocale } from '$lib/view/locale';
import { addTo, checkIn, type ReportsCopy } from './drafting';

/** A row proposed from a figure: its cells (editable), and whether it is to be added. */
export interface Proposal {
	/** Its figure's index among the text's figures (the highlighted words). */
	figure: number;
	values: Record<string, string>;
	selected: boolean;
	/** The line it was added as, once added. */
	line: number | null;
	issues: DataIssue[];
}

/** An estimate found in the text: shown, not added (estimates.csv is edited by hand). */
export interface FoundEstimate {
	figure: number;
	label: string;
	amount: string;
}

export interface Found {
	segments: Segment[];
	proposals: Proposal[];
	estimates: FoundEstimate[];
}

/** The figures of `text` in the terms of `dataset`, as the page shows them. */
export function findIn(text: string, dataset: Dataset): Found {
	const figures = extractFigures(text, vocabularyOf(dataset));
	const reports = new Set(reportsOf(figures));
	const locale = currentLocale();
	const proposals: Proposal[] = [];
	const estimates: FoundEstimate[] = [];
	figures.forEach((figure, i) => {
		if (figure.kind === 'report' && reports.has(figure)) {
			// Date, source and link are chosen once for every row (Common).
			const values = draftOf(figure, { date: '', source: '' });
			delete values.date;
			delete values.source;
			delete values.url;
			proposals.push({ figure: i, values, selected: true, line: null, issues: [] });
		} else if (figure.kind === 'estimate' && figure.quantity !== null && figure.qualifier !== null) {
			const estimate = dataset.estimates.find((e) => e.target === figure.target);
			const label = estimate
				? (estimate.label.translations[locale] ?? estimate.label.value)
				: figure.target;
			const amount = formatQuantity(
				statedToQuantity({
					value: figure.quantity,
					qualifier: figure.qualifier,
					high: figure.quantity_high,
					unit: figure.unit
				}),
				locale
			);
			estimates.push({ figure: i, label, amount });
		}
	});
	return { segments: segmentsOf(text, figures), proposals, estimates };
}

/** What is chosen once for every row. */
export interface Common {
	date: string;
	source: string;
	url: string;
}

/**
 * Checks each selected proposal as the copy's next row, in order, and adds those that check
 * clean; the others keep their issues and stay selected. Returns the new copy and proposals.
 */
export function addSelected(
	copy: ReportsCopy,
	proposals: readonly Proposal[],
	common: Common
): { copy: ReportsCopy; proposals: Proposal[]; added: number; refused: number } {
	let next = copy;
	let added = 0;
	let refused = 0;
	const out = proposals.map((p): Proposal => {
		if (!p.selected || p.line !== null) return p;
		const draft = { ...p.values, ...common };
		const check = checkIn(next, draft);
		if (check.report === null) {
			refused++;
			return { ...p, issues: check.issues.filter((i) => i.severity === 'error') };
		}
		next = addTo(next, check, draft);
		added++;
		return { ...p, selected: false, line: check.line, issues: [] };
	});
	return { copy: next, proposals: out, added, refused };
}
