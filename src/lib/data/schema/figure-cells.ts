/**
 * The cells of a figure that reports.csv and estimates.csv share: `quantity`, `qualifier` and
 * `quantity_high` (the upper end of a `between` range), and, in reports.csv, `unit` (a count or
 * the source's own percent). The rules across them are here once, each reported at its cell:
 * `between` needs `quantity_high` (>= quantity), no other qualifier takes one, a count is whole,
 * a percent is 0-100.
 */
import type { FigureNumber } from '../cells';
import { said, type Problem } from '../issue';
import { MAX_PERCENT } from '../quantity';
import type { Qualifier, QuantityUnit, StatedFigure } from '../types';
import { crossCheck } from './fields';

/** The parsed cells a figure's rules read (null: the cell is empty). */
interface FigureCells extends Record<string, unknown> {
	quantity: FigureNumber | null;
	qualifier: Qualifier | null;
	quantity_high: FigureNumber | null;
	/** Absent in estimates.csv (always a count); undefined when the unit cell itself is wrong. */
	unit?: QuantityUnit | null;
}

function unitOf(row: FigureCells): QuantityUnit {
	return row.unit === 'percent' ? 'percent' : 'count';
}

/** A number of the row's unit: whole for a count, 0-100 for a percent; null when it is fine. */
function numberProblem(n: FigureNumber, unit: QuantityUnit): Problem | null {
	if (unit === 'count') return n.notWhole;
	return n.value > MAX_PERCENT ? said('issue_percent_over_100', { value: String(n.value) }) : null;
}

/**
 * The figure rules, as valibot checks on a row whose fields include FigureCells. Each check is
 * about one cell; the unit is read as a count when its own cell is wrong (so that a decimal
 * count is still reported).
 */
export function figureChecks<T extends FigureCells>() {
	return [
		crossCheck<T>(['quantity'], 'quantity', (row) =>
			row.quantity === null ? null : numberProblem(row.quantity, unitOf(row))
		),
		crossCheck<T>(['quantity_high', 'qualifier'], 'quantity_high', ({ quantity_high, qualifier }) =>
			qualifier === 'between' && quantity_high === null ? said('issue_high_missing', {}) : null
		),
		crossCheck<T>(['quantity_high', 'qualifier'], 'quantity_high', ({ quantity_high, qualifier }) =>
			quantity_high !== null && qualifier !== 'between'
				? said('issue_high_without_between', { value: String(quantity_high.value) })
				: null
		),
		crossCheck<T>(['quantity', 'quantity_high', 'qualifier'], 'quantity_high', (row) => {
			const { quantity, quantity_high: high, qualifier } = row;
			if (qualifier !== 'between' || quantity === null || high === null) return null;
			const problem = numberProblem(high, unitOf(row));
			if (problem) return problem;
			return high.value < quantity.value
				? said('issue_high_below', { value: String(high.value), low: String(quantity.value) })
				: null;
		})
	] as const;
}

/** The stated figure of a row that passed figureChecks (null without a number). */
export function statedOf(row: FigureCells): StatedFigure | null {
	const { quantity, qualifier } = row;
	if (quantity === null || qualifier === null) return null;
	const high = qualifier === 'between' && row.quantity_high ? row.quantity_high.value : null;
	return { value: quantity.value, qualifier, high, unit: unitOf(row) };
}
