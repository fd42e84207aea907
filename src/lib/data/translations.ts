/**
 * Labels without a translation in a language that the dataset translates into somewhere else
 * (a warning each: the page in that language shows the original, marked), across the CSV files
 * and dataset.json.
 */
import type { CsvTable } from './csv';
import { keyPosition } from './dataset-meta';
import { said, type TermId } from './issue';
import { columnIndex } from './tables';
import { DATASET_FILES, type DataIssue, type DatasetMeta, type Localized } from './types';

/** The languages a dataset is translated into, by name, for the translation warnings. */
const LANGUAGE_TERMS: Readonly<Record<string, TermId>> = { ar: 'language_ar' };

export interface TranslatedTable {
	file: string;
	table: CsvTable | null;
	records: readonly (object & { line: number })[];
	/** The translatable labels of the file's records (a `Localized` or null each). */
	fields: readonly string[];
}

/** The texts of dataset.json that the pages show, and the file's text (for the positions). */
export interface TranslatedMeta {
	meta: DatasetMeta;
	text: string;
}

const META_FIELDS = ['title', 'description', 'credit'] as const;

/** dataset.json's title, description and credit, each with its `<key>_<lang>` translation. */
function checkMetaTranslation(
	{ meta, text }: TranslatedMeta,
	lang: string,
	language: string,
	issues: DataIssue[]
): void {
	for (const field of META_FIELDS) {
		const value = meta[field];
		if (!value?.value || value.translations[lang]) continue;
		issues.push({
			file: DATASET_FILES.meta,
			...keyPosition(text, field),
			...said('issue_meta_untranslated', {
				field,
				value: value.value,
				language,
				key: `${field}_${lang}`
			}),
			severity: 'warning'
		});
	}
}

/**
 * Warns about each label (a category's, a source's name, an estimate's, an event's) that has
 * no translation in a language that the dataset translates into somewhere else: the page in
 * that language would show the original, marked. Across files: a `label_ar` in categories.csv
 * makes an events.csv without one incomplete, and dataset.json's title, description and credit
 * are checked the same way. Notes are free text and not checked.
 */
export function checkTranslations(
	tables: readonly TranslatedTable[],
	meta: TranslatedMeta | null,
	issues: DataIssue[]
): void {
	const cell = (record: object, field: string) =>
		(record as Record<string, Localized | null | undefined>)[field];
	const languages = new Set<string>();
	for (const field of META_FIELDS) {
		for (const lang of Object.keys(meta?.meta[field]?.translations ?? {})) languages.add(lang);
	}
	for (const { records, fields } of tables) {
		for (const record of records) {
			for (const field of fields) {
				for (const lang of Object.keys(cell(record, field)?.translations ?? {})) languages.add(lang);
			}
		}
	}
	for (const lang of [...languages].sort()) {
		// A term of issue.ts (said in the reader's language), or the code as written.
		const language = LANGUAGE_TERMS[lang] ?? `'${lang}'`;
		if (meta) checkMetaTranslation(meta, lang, language, issues);
		for (const { file, table, records, fields } of tables) {
			for (const field of fields) {
				const column = `${field}_${lang}`;
				const at = columnIndex(table, column);
				for (const record of records) {
					const value = cell(record, field);
					if (!value?.value || value.translations[lang]) continue;
					issues.push({
						file,
						line: record.line,
						column: at || columnIndex(table, field),
						...said(at ? 'issue_untranslated_empty' : 'issue_untranslated_no_column', {
							field,
							value: value.value,
							language,
							translation: column
						}),
						severity: 'warning'
					});
				}
			}
		}
	}
}
