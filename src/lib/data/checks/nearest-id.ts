/**
 * What an unknown id was probably meant to be, and which ids there are: a typo in a source or
 * category id ("ru-mdo") is named with the nearest known id and the list to choose from, in
 * `check`, the Data page and `add`. Pure.
 */

/** At most this many ids are listed (a dataset with hundreds of sources lists the first ones). */
export const LISTED_IDS = 12;

/**
 * The edit distance of `a` and `b` with adjacent swaps counted as one edit (optimal string
 * alignment), so that a swapped pair of letters is as near as one wrong letter.
 * @example editDistance('ru-mdo', 'ru-mod') // 1
 */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}
			row.push(best);
		}
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/**
 * The known id nearest to `id` (case aside), or null when none is near enough to be a typo:
 * at most a third of the id's letters (and at least one) differ. Ties go to the first known.
 * @example nearestId('ru-mdo', ['ru-mod', 'az-gov']) // 'ru-mod'
 * @example nearestId('nato', ['ru-mod', 'az-gov']) // null
 */
export function nearestId(id: string, known: Iterable<string>): string | null {
	const wanted = id.toLowerCase();
	const limit = Math.max(1, Math.floor(wanted.length / 3));
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(wanted, candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return bestDistance <= limit ? best : null;
}

/**
 * The known ids as a list to print, in file order: the first LISTED_IDS of them, then "…" when
 * there are more.
 * @example idList(['ru-mod', 'az-gov']) // 'ru-mod, az-gov'
 */
export function idList(known: Iterable<string>): string {
	const all = [...known];
	const shown = all.slice(0, LISTED_IDS).join(', ');
	return all.length > LISTED_IDS ? `${shown}, …` : shown;
}
