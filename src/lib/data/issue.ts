/**
 * What an issue says, as data: a message key and its parameters (`DataIssue.key`, `.params`),
 * from which the sentence is rendered in any language of the site. The data code makes every
 * issue with `said(key, params)`, whose English rendering is the issue's `message` (what the
 * CLI prints and the tests compare), so the English and the key can never say two things.
 * Pages render the same key and parameters in the reader's language (src/lib/view/issues.ts).
 *
 * Parameters are plain data (they cross postMessage and JSON). Three kinds are more than text:
 * - `in_column` (with `wrap`): the sentence is about one cell, and is said after the column's
 *   name ("quantity '5.000' is not a whole number"): the key's message is the cell's problem,
 *   then `wrap` (issue_in_field by default) puts the column in front, in each language's way;
 * - a term parameter (TERM_PARAMS) whose value is a TERMS id is a word said in the reader's
 *   language ("a tab", "Arabic"); any other value is shown as written (`';'`);
 * - numbers, dates and figures: the English message shows them as written (`String(n)`, ISO
 *   dates); a page formats them for its reader through `format` (see renderIssue).
 * Values quoted from a file (the bad cell's text) are strings and always shown as written.
 *
 * The messages come from Paraglide (messages/*.json, one module each); this module is the only
 * one that lists them, so only code that makes or renders issues ships them.
 *
 * Why one file: it is mostly the table of message keys and their parameter kinds, which must be
 * complete in one place for the type of `said`.
 */
// Named imports, not `import * as m`: a property read at the top of the module would count as
// a possible side effect, and keep every message in the JavaScript of pages that never say one.
import {
	issue_after_today,
	issue_bad_id,
	issue_binary_gif,
	issue_binary_pdf,
	issue_binary_png,
	issue_binary_zip,
	issue_correction,
	issue_date_ambiguous,
	issue_date_write,
	issue_decimal_comma,
	issue_digit_grouping,
	issue_draft_no_column,
	issue_draft_not_loaded,
	issue_duplicate_column,
	issue_duplicate_id,
	issue_empty_date,
	issue_empty_file,
	issue_empty_id,
	issue_empty_one_of,
	issue_empty_partial_date,
	issue_empty_positive,
	issue_empty_text,
	issue_empty_url,
	issue_empty_whole_number,
	issue_estimate_below_min,
	issue_estimate_too_small,
	issue_extra_fields,
	issue_file_missing,
	issue_high_below,
	issue_high_missing,
	issue_high_without_between,
	issue_in_field,
	issue_json_expected,
	issue_json_extra_comma,
	issue_json_invalid,
	issue_link_left_out,
	issue_meta_missing,
	issue_meta_no_title,
	issue_meta_not_object,
	issue_meta_not_text,
	issue_meta_untranslated,
	issue_missing_columns,
	issue_missing_fields,
	issue_missing_fields_empty,
	issue_negative_number,
	issue_no_estimate,
	issue_not_calendar_day,
	issue_not_calendar_month,
	issue_not_date,
	issue_not_encodable,
	issue_not_one_of,
	issue_not_partial_date,
	issue_not_positive,
	issue_not_utf8_legacy,
	issue_not_utf8_nul,
	issue_not_whole,
	issue_not_whole_number,
	issue_number_too_large,
	issue_orphan_translation,
	issue_partial_date_ambiguous,
	issue_partial_date_write,
	issue_partial_not_calendar_day,
	issue_per_target_missing,
	issue_percent_over_100,
	issue_qualifier_missing,
	issue_qualifier_without_quantity,
	issue_quantity_below_min,
	issue_quote_invalid_line,
	issue_quote_invalid_lines,
	issue_quote_never_closed_line,
	issue_quote_never_closed_lines,
	issue_quote_resumes_line,
	issue_quote_resumes_lines,
	issue_read_as_utf16,
	issue_read_as_windows_1256,
	issue_repeated_report,
	issue_repeated_increment,
	issue_repeated_cumulative,
	issue_same_day_increment,
	issue_share_increment,
	issue_term_end_of_file,
	issue_term_json_closing_quote,
	issue_term_json_closing_quote_line,
	issue_term_json_colon,
	issue_term_json_comma_brace,
	issue_term_json_comma_bracket,
	issue_term_json_key,
	issue_term_json_text,
	issue_term_json_value,
	issue_term_language_ar,
	issue_term_tab,
	issue_text,
	issue_two_cumulative,
	issue_unknown_id,
	issue_unknown_id_near,
	issue_unknown_id_list,
	issue_unknown_id_not_loaded,
	issue_untranslated_empty,
	issue_untranslated_no_column,
	issue_url_invalid,
	issue_url_no_host,
	issue_url_not_allowed,
	issue_url_not_full,
	issue_url_write,
	issue_wrong_delimiter
} from '../messages';
import { formatQuantity } from './format';
import type { Quantity } from './figures';

/** Every issue message, by key. */
const MESSAGES = {
	issue_in_field,
	issue_link_left_out,
	issue_text,
	issue_empty_whole_number,
	issue_not_whole_number,
	issue_negative_number,
	issue_digit_grouping,
	issue_not_whole,
	issue_number_too_large,
	issue_empty_positive,
	issue_decimal_comma,
	issue_not_positive,
	issue_empty_date,
	issue_not_calendar_day,
	issue_date_write,
	issue_date_ambiguous,
	issue_not_date,
	issue_empty_partial_date,
	issue_not_calendar_month,
	issue_partial_not_calendar_day,
	issue_partial_date_write,
	issue_partial_date_ambiguous,
	issue_not_partial_date,
	issue_empty_one_of,
	issue_not_one_of,
	issue_empty_url,
	issue_url_write,
	issue_url_not_full,
	issue_url_invalid,
	issue_url_not_allowed,
	issue_url_no_host,
	issue_empty_id,
	issue_bad_id,
	issue_empty_text,
	issue_qualifier_missing,
	issue_qualifier_without_quantity,
	issue_quantity_below_min,
	issue_high_missing,
	issue_high_without_between,
	issue_high_below,
	issue_percent_over_100,
	issue_share_increment,
	issue_estimate_below_min,
	issue_estimate_too_small,
	issue_per_target_missing,
	issue_empty_file,
	issue_duplicate_column,
	issue_missing_columns,
	issue_wrong_delimiter,
	issue_extra_fields,
	issue_missing_fields_empty,
	issue_missing_fields,
	issue_orphan_translation,
	issue_binary_png,
	issue_binary_gif,
	issue_binary_pdf,
	issue_binary_zip,
	issue_not_utf8_nul,
	issue_not_utf8_legacy,
	issue_read_as_windows_1256,
	issue_read_as_utf16,
	issue_not_encodable,
	issue_quote_resumes_line,
	issue_quote_resumes_lines,
	issue_quote_invalid_line,
	issue_quote_invalid_lines,
	issue_quote_never_closed_line,
	issue_quote_never_closed_lines,
	issue_file_missing,
	issue_unknown_id_not_loaded,
	issue_unknown_id,
	issue_unknown_id_near,
	issue_unknown_id_list,
	issue_duplicate_id,
	issue_meta_missing,
	issue_json_expected,
	issue_json_extra_comma,
	issue_json_invalid,
	issue_meta_not_object,
	issue_meta_not_text,
	issue_meta_no_title,
	issue_meta_untranslated,
	issue_untranslated_empty,
	issue_untranslated_no_column,
	issue_no_estimate,
	issue_after_today,
	issue_repeated_report,
	issue_repeated_increment,
	issue_repeated_cumulative,
	issue_two_cumulative,
	issue_correction,
	issue_same_day_increment,
	issue_draft_no_column,
	issue_draft_not_loaded
};

/** Words that a term parameter may hold, by id (`tab`, `language_ar`, `json_key`). */
const TERMS = {
	tab: issue_term_tab,
	language_ar: issue_term_language_ar,
	end_of_file: issue_term_end_of_file,
	json_text: issue_term_json_text,
	json_closing_quote_line: issue_term_json_closing_quote_line,
	json_closing_quote: issue_term_json_closing_quote,
	json_key: issue_term_json_key,
	json_colon: issue_term_json_colon,
	json_comma_brace: issue_term_json_comma_brace,
	json_comma_bracket: issue_term_json_comma_bracket,
	json_value: issue_term_json_value
};

export type IssueKey = keyof typeof MESSAGES;
export type TermId = keyof typeof TERMS;

/**
 * An issue's parameters: plain data, so that they cross postMessage and JSON. A figure is its
 * Quantity (the bounds and how the source wrote it), formatted only when the issue is said.
 */
export type IssueParams = Readonly<Record<string, string | number | Quantity>>;

type MessageParams<K extends IssueKey> = NonNullable<Parameters<(typeof MESSAGES)[K]>[0]>;

/** The parameters that are a figure (a Quantity: "800+", "≈5,000" once formatted). */
type FigureParam = 'before' | 'after' | 'figure' | 'earlier' | 'cumulative';

/** The parameters of `key`'s message; those that are figures as quantities. */
export type ParamsOf<K extends IssueKey> = {
	[P in keyof MessageParams<K>]: P extends FigureParam ? Quantity : MessageParams<K>[P];
} & IssueParams;

/** What an issue says, as data. */
export interface Problem {
	key: IssueKey;
	params: IssueParams;
}

/** What an issue says, as data and as its English sentence (`DataIssue.message`). */
export interface Said extends Problem {
	message: string;
}

/**
 * A message key and its parameters, with the English sentence they make.
 * @example said('issue_not_whole', { value: 'eight' }).message // "'eight' is not a whole number"
 */
export function said<K extends IssueKey>(key: K, params: ParamsOf<K>): Said {
	return { key, params, message: renderIssue(key, params) };
}

/** A problem with its English sentence. */
export function withMessage(problem: Problem): Said {
	return { key: problem.key, params: problem.params, message: renderIssue(problem.key, problem.params) };
}

/** How a cell's problem is put after its column's name. */
export type Wrap = 'issue_in_field' | 'issue_link_left_out';

/**
 * A cell's problem said about its column: `quantity '5.000' is not a whole number; …`, or with
 * `issue_link_left_out`, `url '…' is not allowed: …; the link is left out`.
 */
export function inColumn(problem: Problem, column: string, wrap: Wrap = 'issue_in_field'): Said {
	const params: Record<string, string | number | Quantity> = {
		...problem.params,
		in_column: column
	};
	if (wrap !== 'issue_in_field') params.wrap = wrap;
	return { key: problem.key, params, message: renderIssue(problem.key, params) };
}

/** How a page shows the numbers, dates (`YYYY-MM-DD`) and figures (`800+`) of an issue. */
export interface IssueFormat {
	number(n: number): string;
	date(iso: string): string;
	figure(quantity: Quantity): string;
}

/** As the files write them: the English message, and what the CLI prints. */
const AS_WRITTEN: IssueFormat = {
	number: String,
	date: (iso) => iso,
	figure: (quantity) => formatQuantity(quantity)
};

// The kinds of parameters, by name. Plain objects, not Sets: this module must stay free of side
// effects, so that a page that imports a module near it (view/overview.ts) does not ship it.
/** Parameters that are a date of the data (not a cell quoted as written). */
const DATE_PARAMS = { today: 1, day: 1, earlier_day: 1 };
/** Parameters whose value may be a TERMS id, said in the reader's language. */
const TERM_PARAMS = { theirs: 1, ours: 1, delimiter: 1, expected: 1, found: 1, language: 1 };

export type IssueLocale = 'en' | 'ar';

/**
 * The sentence of `key` with `params`, in `locale`; numbers, dates and figures through `format`
 * (as written by default: the English message). A key this version does not know (an issue
 * from another version's JSON) shows its `text` parameter, or the key.
 * @example renderIssue('issue_not_whole', { value: 'eight', in_column: 'quantity' }) // "quantity 'eight' is not a whole number"
 */
export function renderIssue(
	key: string,
	params: IssueParams,
	locale: IssueLocale = 'en',
	format: IssueFormat = AS_WRITTEN
): string {
	if (!Object.hasOwn(MESSAGES, key)) return String(params.text ?? key);
	const shown: Record<string, string> = {};
	for (const [name, value] of Object.entries(params)) {
		if (typeof value === 'number') shown[name] = format.number(value);
		else if (typeof value === 'object') shown[name] = format.figure(value);
		else if (Object.hasOwn(DATE_PARAMS, name)) shown[name] = format.date(value);
		else if (Object.hasOwn(TERM_PARAMS, name) && Object.hasOwn(TERMS, value)) {
			shown[name] = TERMS[value as TermId]({}, { locale });
		} else shown[name] = value;
	}
	const text = (MESSAGES[key as IssueKey] as (inputs: object, options: object) => string)(shown, {
		locale
	});
	if (typeof params.in_column !== 'string') return text;
	const wrap = params.wrap === 'issue_link_left_out' ? issue_link_left_out : issue_in_field;
	return wrap({ in_column: params.in_column, problem: text }, { locale });
}

/**
 * A problem as a valibot issue carries it (its message is a string): the schema's checks
 * encode, validate.ts decodes.
 */
export function encodeProblem(problem: Problem): string {
	return JSON.stringify([problem.key, problem.params]);
}

/** The problem that encodeProblem encoded; any other text as it is (issue_text). */
export function decodeProblem(message: string): Problem {
	if (message.startsWith('["')) {
		try {
			const [key, params] = JSON.parse(message) as [string, IssueParams];
			if (Object.hasOwn(MESSAGES, key)) return { key: key as IssueKey, params };
		} catch {
			// Not one of ours: said as it is, below.
		}
	}
	return { key: 'issue_text', params: { text: message } };
}
