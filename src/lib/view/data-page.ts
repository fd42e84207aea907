/**
 * The Data page's pure parts: which dropped files stand in for which dataset files, the limits
 * that keep the browser responsive, the draft kept in localStorage, and the bytes of a row
 * appended to a file. No DOM and no Svelte, so that all of it is tested in Node.
 */
import type { DraftChoice, DraftChoices } from '$lib/data/draft';
import { DATASET_FILES } from '$lib/data/types';
import * as m from '$lib/messages';
import { currentLocale, formatNumber, intlTag, localized, type Locale } from './locale';
import { MEASURE_LABELS } from './measures';
import { qualifierRows } from './methodology';
import {
	fieldName,
	MAX_FILE_BYTES,
	own,
	type FieldOption,
	type FormField,
	type PickedFile
} from './data-form';

export {
	draftStorageKey,
	fieldIssues,
	fieldName,
	isoDay,
	MAX_FILE_BYTES,
	own,
	parseStoredDraft,
	type FieldIssues,
	type FieldOption,
	type FormField,
	type PickedFile
} from './data-form';

/** The most issues the page lists; the rest are counted. A broken 100 MB file has millions. */
export const MAX_LISTED_ISSUES = 200;

/** The files of a dataset folder, in the order the page names them. */
export const DATASET_FILE_NAMES: readonly string[] = Object.values(DATASET_FILES);

/**
 * A size in words, in binary units as file managers show them.
 * @example formatBytes(200 * 1024 * 1024) // '200 MB'
 * @example formatBytes(1536) // '1.5 KB'
 */
export function formatBytes(bytes: number, locale: Locale = currentLocale()): string {
	const format = (n: number) => n.toLocaleString(intlTag(locale), { maximumFractionDigits: 1 });
	if (bytes < 1024) return bytes === 1 ? '1 byte' : `${format(bytes)} bytes`;
	if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
	return `${format(bytes / (1024 * 1024 * 1024))} GB`;
}

export interface Selection<F> {
	/** The dataset files that the dropped files replace, by name (`reports.csv`). */
	chosen: { name: string; file: F }[];
	/** What was refused or left out, as sentences, in the order found. */
	notices: string[];
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Which dropped files stand in for the dataset's files. A file is matched by its name, wherever it
 * sits in a dropped folder; a file of another name is left out, a file over `maxBytes` is
 * refused (it is never read), and two files of one name (two dataset folders at once) are both
 * left out, since either could be meant. Each gets a notice that names the file and why.
 * @example selectDatasetFiles([{ path: 'd/reports.csv', size: 10, file }], MAX_FILE_BYTES).chosen
 *   // [{ name: 'reports.csv', file }]
 */
export function selectDatasetFiles<F>(
	picked: readonly PickedFile<F>[],
	maxBytes: number = MAX_FILE_BYTES
): Selection<F> {
	const notices: string[] = [];
	const byName = new Map<string, PickedFile<F>[]>();
	for (const item of picked) {
		const name = baseName(item.path);
		if (!DATASET_FILE_NAMES.includes(name)) {
			// Files a system or an editor leaves in a folder say nothing to the user.
			if (!name.startsWith('.') && !name.endsWith('~')) {
				notices.push(
					m.data_not_dataset_file({ file: item.path, files: DATASET_FILE_NAMES.join(', ') })
				);
			}
			continue;
		}
		byName.set(name, [...(byName.get(name) ?? []), item]);
	}
	const chosen: Selection<F>['chosen'] = [];
	for (const name of DATASET_FILE_NAMES) {
		const items = byName.get(name);
		if (!items) continue;
		if (items.length > 1) {
			notices.push(
				m.data_duplicate_file({ file: name, paths: items.map((i) => i.path).join(', ') })
			);
			continue;
		}
		const item = items[0]!;
		if (item.size > maxBytes) {
			notices.push(
				m.data_too_large({
					file: item.path,
					size: formatBytes(item.size),
					limit: formatBytes(maxBytes)
				})
			);
			continue;
		}
		chosen.push({ name, file: item.file });
	}
	return { chosen, notices };
}

/**
 * The files the page fetches from the published dataset: those it has and nobody dropped.
 * @example filesToFetch(['reports.csv', 'sources.csv'], ['reports.csv']) // ['sources.csv']
 */
export function filesToFetch(published: readonly string[], dropped: readonly string[]): string[] {
	return published.filter((name) => !dropped.includes(name));
}

/**
 * A list in words, for a sentence ("reports.csv and sources.csv").
 * @example listInWords(['a.csv', 'b.csv', 'c.csv']) // 'a.csv, b.csv and c.csv'
 */
export function listInWords(items: readonly string[], locale: Locale = currentLocale()): string {
	// English without the serial comma, as the site's other sentences write lists.
	return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' })
		.format(items)
		.replace(', and ', ' and ');
}

/** What the issues panel says above the list: the count, and how many are not listed. */
export function issuesIntro(listed: number, more: number): string {
	const total = listed + more;
	if (more === 0) return m.issues_intro({ count: total });
	return m.data_issues_capped({
		total: formatNumber(total),
		shown: formatNumber(listed),
		more: formatNumber(more)
	});
}

const BASIS_WORD: Readonly<Record<string, () => string>> = {
	cumulative: m.basis_cumulative_short,
	increment: m.basis_increment_short
};

/**
 * The lists of the form's fixed columns, each with its empty choice first: a source or category
 * by its name (in the reader's language) and id, a qualifier by its meaning and id, a basis by
 * its word.
 * @example fieldOptions(choices).qualifier[3] // { value: 'more_than', text: 'more than n (more_than)' }
 */
export function fieldOptions(
	choices: DraftChoices,
	locale: Locale = currentLocale()
): Record<'source' | 'category' | 'qualifier' | 'basis' | 'unit' | 'measure', FieldOption[]> {
	const choose = { value: '', text: m.data_choose({}, { locale }) };
	// The methodology page's words for each qualifier ("more than n").
	const meaning = new Map(qualifierRows().map((row) => [row.qualifier as string, row.meaning]));
	const named = (choice: DraftChoice): FieldOption => ({
		value: choice.id,
		text: m.data_option(
			{
				label: localized({ value: choice.label, translations: choice.translations }, locale),
				id: choice.id
			},
			{ locale }
		)
	});
	return {
		source: [choose, ...choices.sources.map(named)],
		category: [choose, ...choices.categories.map(named)],
		qualifier: [
			{ value: '', text: m.data_no_qualifier({}, { locale }) },
			...choices.qualifiers.map((q) => ({
				value: q,
				text: m.data_option({ label: meaning.get(q) ?? q, id: q }, { locale })
			}))
		],
		basis: [choose, ...choices.bases.map((b) => ({ value: b, text: BASIS_WORD[b]?.() ?? b }))],
		// Empty is the default (a count; handed over), as the file writes it.
		unit: [
			{ value: '', text: m.data_unit_count({}, { locale }) },
			{ value: 'percent', text: m.data_unit_percent({}, { locale }) }
		],
		measure: [
			{
				value: '',
				text: m.data_option(
					{ label: m.measure_handed_over({}, { locale }), id: 'handed_over' },
					{ locale }
				)
			},
			...choices.measures
				.filter((v) => v !== 'handed_over')
				.map((v) => ({
					value: v,
					text: m.data_option({ label: MEASURE_LABELS[v]({}, { locale }), id: v }, { locale })
				}))
		]
	};
}

type Words = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const FIELD_WORDS: Readonly<Record<string, { label: Words; hint: Words }>> = {
	date: { label: m.data_field_date, hint: m.data_hint_date },
	source: { label: m.data_field_source, hint: m.data_hint_source },
	category: { label: m.data_field_category, hint: m.data_hint_category },
	quantity: { label: m.data_field_quantity, hint: m.data_hint_quantity },
	qualifier: { label: m.data_field_qualifier, hint: m.data_hint_qualifier },
	basis: { label: m.data_field_basis, hint: m.data_hint_basis },
	url: { label: m.data_field_url, hint: m.data_hint_url },
	quote: { label: m.data_field_quote, hint: m.data_hint_quote },
	note: { label: m.data_field_note, hint: m.data_hint_note },
	quantity_high: { label: m.data_field_quantity_high, hint: m.data_hint_quantity_high },
	unit: { label: m.data_field_unit, hint: m.data_hint_unit },
	measure: { label: m.data_field_measure, hint: m.data_hint_measure }
};

/** The words of the column that `name` translates into Arabic (`note_ar`: the note's), if known. */
function translatedWords(name: string): { label: Words; hint: Words } | undefined {
	const match = /^(.+)_ar$/.exec(name);
	return match ? own(FIELD_WORDS, match[1]!) : undefined;
}

/**
 * The report form's fields, one per column of reports.csv in file order: a known column by its
 * label and hint, an unknown one by its header; the fixed columns with their choices.
 * @example formFields(['date', 'source'], choices)[1] // { column: 'source', label: 'Source', hint: 'source: who gives the figure.', options: [{ value: '', text: 'Choose…' }, …], text: false }
 */
export function formFields(
	columns: readonly string[],
	choices: DraftChoices,
	locale: Locale = currentLocale()
): FormField[] {
	const options: Record<string, FieldOption[] | undefined> = fieldOptions(choices, locale);
	return columns.map((column) => {
		const name = fieldName(column);
		// Own keys only: a column named `constructor` or `__proto__` is just an unknown column.
		const words = own(FIELD_WORDS, name);
		// A translation column (`note_ar`) is named after the column it translates, not by its header.
		const base = words ? undefined : translatedWords(name);
		return {
			column,
			label:
				words?.label({}, { locale }) ??
				(base ? m.data_field_arabic({ label: base.label({}, { locale }) }, { locale }) : column),
			hint:
				words?.hint({}, { locale }) ??
				(base
					? m.data_hint_arabic({ column, label: base.label({}, { locale }) }, { locale })
					: m.data_hint_other({ column }, { locale })),
			options: own(options, name) ?? null,
			text: ['quote', 'note'].includes(name.split('_')[0]!)
		};
	});
}
