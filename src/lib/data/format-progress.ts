/**
 * A progress interval as text, in whole percent: the one rule of the CLI table and the pages.
 * Apart from format.ts (figures) so that a page that writes no progress, the timeline, does not
 * load these words with its figures.
 */
import {
	progress_at_least,
	progress_at_most,
	progress_exact,
	progress_range,
	progress_under_one
} from '../messages';
import { percent, type Progress } from './figures';
import { formatInteger, type FormatLocale } from './format';

export interface ProgressFormat {
	/**
	 * `'page'` (the site): a share above 0 that rounds to 0% says "less than 1%", and numbers
	 * are grouped in the reader's locale. `'table'` (the CLI's summary table, kept as it always
	 * printed): the bare rounded percent ("0%", "at least 1234%"), always English.
	 */
	for: 'page' | 'table';
}

/**
 * A progress interval in whole percent, rounded toward what each bound promises: the one rule
 * of the CLI table and the pages (see ProgressFormat for their one difference).
 * @example formatProgress({ low: 0.0801, high: null, approximate: true }) // 'at least 8%'
 * @example formatProgress({ low: 0.06, high: 0.06, approximate: true }) // '6%'
 * @example formatProgress({ low: 0.061, high: 0.079, approximate: false }) // '6–8%'
 */
export function formatProgress(
	{ low, high }: Progress,
	locale: FormatLocale = 'en',
	{ for: use }: ProgressFormat = { for: 'page' }
): string {
	const page = use === 'page';
	const shownLocale = page ? locale : 'en';
	const n = page ? (value: number) => formatInteger(value, locale) : String;
	const under = (rounded: number) => page && low > 0 && rounded === 0;
	const options = { locale: shownLocale };
	if (high === low) {
		const rounded = percent(low, 'round');
		return under(rounded)
			? progress_under_one({}, options)
			: progress_exact({ percent: n(rounded) }, options);
	}
	const lowPercent = percent(low, 'floor');
	if (high === null) {
		return under(lowPercent)
			? progress_under_one({}, options)
			: progress_at_least({ percent: n(lowPercent) }, options);
	}
	const highPercent = percent(high, 'ceil');
	if (low === 0) return progress_at_most({ percent: n(highPercent) }, options);
	if (lowPercent === highPercent) return progress_exact({ percent: n(lowPercent) }, options);
	return progress_range({ low: n(lowPercent), high: n(highPercent) }, options);
}
