/**
 * Progress toward an estimate, for the page: how a count is spoken and the geometry of the HTML
 * progress bar (the share's text is $lib/data/format-progress.ts). Pure; the component only places what this computes.
 */
import { formatProgress } from '$lib/data/format-progress';
import type { Progress, Quantity } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatNumber } from './locale';

/**
 * A count as a screen reader should say it: "6", "about 5,000", "at least 801".
 * @example spokenQuantity({ low: 801, high: null, approximate: false, style: 'plus' }) // 'at least 801'
 */
export function spokenQuantity(quantity: Quantity): string {
	const { low, high, approximate } = quantity;
	if (high === low) {
		const n = formatNumber(low);
		return approximate ? m.spoken_about({ n }) : m.spoken_exact({ n });
	}
	if (high === null) return m.spoken_at_least({ n: formatNumber(low) });
	if (low === 0) return m.spoken_at_most({ n: formatNumber(high) });
	return m.spoken_range({ low: formatNumber(low), high: formatNumber(high) });
}

/**
 * The geometry of a progress bar, in percent of the track's width. The track runs from 0 to a
 * little past the estimate (or past the largest share), so the estimate's mark stays visible.
 */
export interface ProgressBarView {
	/** The sentence the bar stands for (its aria-label). */
	label: string;
	/** The certain part: 0 to the low end of the share. */
	solid: number;
	/** The uncertain part: from the low end to the high end, or to the end of the track when open. */
	range: { start: number; width: number; open: boolean } | null;
	/** Where the estimate (100%) sits (`fromEnd` = 100 - `at`), and whether it is approximate. */
	mark: { at: number; fromEnd: number; approximate: boolean; label: string };
}

/** How far past the estimate, or past the largest share, the track runs. */
const HEADROOM = 1.1;

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

export interface ProgressBarOptions {
	/** The category's label, to open the sentence ("Firearms"). */
	label: string;
	handed: Quantity;
	/** The estimate, already multiplied by the items per unit (10,000 fighters x 1 firearm). */
	denominator: Quantity;
	progress: Progress;
}

/** Where a progress interval sits on the bar's track (see ProgressBarView). */
function geometry(progress: Progress): Omit<ProgressBarView, 'label' | 'mark'> & { at: number } {
	const largest = Math.max(1, progress.high ?? progress.low);
	const domain = largest * HEADROOM;
	const solid = round((progress.low / domain) * 100);
	let range: ProgressBarView['range'] = null;
	if (progress.high === null) range = { start: solid, width: round(100 - solid), open: true };
	else if (progress.high > progress.low) {
		const end = round((progress.high / domain) * 100);
		range = { start: solid, width: round(end - solid), open: false };
	}
	return { solid, range, at: round((1 / domain) * 100) };
}

/**
 * The bar for one category.
 * @example progressBar({ label: 'Firearms', handed: 800+, denominator: ≈10,000, progress })
 *   // { solid: 7.28, range: { start: 7.28, width: 92.72, open: true }, mark: { at: 90.91, … }, label: 'Firearms: at least 801 handed over, at least 8% of an estimated 10,000' }
 */
export function progressBar({
	label,
	handed,
	denominator,
	progress
}: ProgressBarOptions): ProgressBarView {
	const { solid, range, at } = geometry(progress);
	const estimate =
		denominator.approximate && denominator.high === denominator.low
			? // "an estimated 10,000": the word already says it is approximate.
				formatNumber(denominator.low)
			: spokenQuantity(denominator);
	return {
		label: m.progress_bar({
			label,
			handed: spokenQuantity(handed),
			progress: formatProgress(progress, currentLocale()),
			estimate
		}),
		solid,
		range,
		mark: {
			at,
			fromEnd: round(100 - at),
			approximate: denominator.approximate,
			label: denominator.approximate ? m.progress_mark_approximate() : m.progress_mark()
		}
	};
}

/**
 * The bar of a source's own share ("about 40%"): the mark is the whole (100%), which a share
 * is of; `note` says whose share it is ("the UN Mission's own share").
 */
export function shareBar(label: string, progress: Progress, note: string): ProgressBarView {
	const { solid, range, at } = geometry(progress);
	return {
		label: m.progress_bar_share({
			label,
			progress: formatProgress(progress, currentLocale()),
			note
		}),
		solid,
		range,
		mark: { at, fromEnd: round(100 - at), approximate: false, label: m.progress_mark_whole() }
	};
}
