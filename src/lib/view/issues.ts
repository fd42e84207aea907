/**
 * A data issue's sentence in the reader's language: the issue's key and parameters (see
 * src/lib/data/issue.ts) rendered with the page's messages, its numbers, dates and figures
 * formatted for the reader; values quoted from a file stay as written. Used where issues become
 * views: on the server (prerender), in the pipeline worker (its locale set by the page) and in
 * the report form's lazily loaded checks, never in a page's initial JavaScript, because it holds
 * every issue message.
 */
import { renderIssue, type IssueFormat } from '$lib/data/issue';
import type { DataIssue } from '$lib/data/types';
import * as m from '$lib/messages';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';
import { formatQuantity } from '$lib/data/format';
import { formatDate, formatNumber } from './locale';
import type { IssueView } from './overview';

// No module-level state (a Map would be a side effect): a module that imports this one's
// neighbours (view/overview.ts) must not have to ship it.
const formatFor = (locale: Locale): IssueFormat => ({
	number: (n) => formatNumber(n, locale),
	date: (iso) => formatDate(iso, locale),
	figure: (quantity) => formatQuantity(quantity, locale)
});

/**
 * What `issue` says, in `locale` (the reader's by default). English is the issue's own message,
 * as the CLI prints it; an issue without a key (made by older code) shows its message.
 * @example issueText({ ...issue, key: 'issue_not_whole', params: { value: 'eight', in_column: 'quantity' } }, 'ar')
 *   // "العمود quantity: 'eight' ليس عددًا صحيحًا"
 */
export function issueText(
	issue: Pick<DataIssue, 'key' | 'params' | 'message'>,
	locale: Locale = getLocale()
): string {
	if (locale === baseLocale || !issue.key || !issue.params) return issue.message;
	return renderIssue(issue.key, issue.params, locale, formatFor(locale));
}

/** A data issue as the issues panel lists it: `file:line:column: ` (Latin digits), then what it says. */
export function issueView(issue: DataIssue): IssueView {
	return {
		severity: issue.severity,
		severityLabel: issue.severity === 'error' ? m.severity_error() : m.severity_warning(),
		text: m.issue_line({
			file: issue.file,
			line: String(issue.line),
			column: String(issue.column),
			message: issueText(issue)
		})
	};
}
