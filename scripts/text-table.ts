/**
 * A plain-text table for the measuring scripts (bench, budget, lighthouse): the first
 * `leftColumns` columns are names and pad on the right, the rest are figures and pad on the
 * left, so that digits line up. With `rule`, a line of dashes follows the first row.
 */
export function textTable(
	rows: readonly (readonly string[])[],
	{ leftColumns = 1, rule = false }: { leftColumns?: number; rule?: boolean } = {}
): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
			.join('  ')
			.trimEnd();
	const lines = rows.map(line);
	if (rule) lines.splice(1, 0, line(widths.map((w) => '-'.repeat(w))));
	return lines.join('\n');
}
