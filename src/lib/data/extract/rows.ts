/**
 * A figure found in a text, proposed as a row of reports.csv: the raw cells that the form and
 * `npm run data -- add` check (draft.ts). Only a report becomes a row; an estimate is shown, not
 * added. The columns of issue 14 are filled only when they say something (a range's upper end,
 * a percent, a measure other than handed over), so that a file without them takes the row.
 */
import type { ReportDraft } from '../draft';
import type { ExtractedFigure } from './extract';

/** What one paste of a report shares among its rows: chosen once, for every row. */
export interface RowContext {
	date: string;
	source: string;
	url?: string;
	/** Default `cumulative`: a report's figure is its running total unless it says otherwise. */
	basis?: string;
}

/**
 * @example draftOf(figure, { date: '2023-09-22', source: 'ru-mod' })
 *   // { date: '2023-09-22', source: 'ru-mod', category: 'firearms', quantity: '800',
 *   //   qualifier: 'more_than', basis: 'cumulative', url: '', quote: '…وأكثر من 800 سلاح ناري…' }
 */
export function draftOf(
	figure: ExtractedFigure & { kind: 'report' },
	context: RowContext
): Record<string, string> {
	const draft: Record<string, string> = {
		date: context.date,
		source: context.source,
		category: figure.category,
		quantity: figure.quantity === null ? '' : String(figure.quantity),
		qualifier: figure.qualifier ?? '',
		basis: context.basis ?? 'cumulative',
		url: context.url ?? '',
		quote: figure.sentence
	};
	if (figure.quantity_high !== null) draft.quantity_high = String(figure.quantity_high);
	if (figure.unit !== 'count') draft.unit = figure.unit;
	if (figure.measure !== 'handed_over') draft.measure = figure.measure;
	return draft;
}

/** The reports among `figures`, in order. */
export function reportsOf(
	figures: readonly ExtractedFigure[]
): (ExtractedFigure & { kind: 'report' })[] {
	return figures.filter((f): f is ExtractedFigure & { kind: 'report' } => f.kind === 'report');
}

/** The drafts of every report among `figures`. */
export function draftsOf(figures: readonly ExtractedFigure[], context: RowContext): ReportDraft[] {
	return reportsOf(figures).map((f) => draftOf(f, context));
}
