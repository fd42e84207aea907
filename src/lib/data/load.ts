/**
 * The files of one dataset folder -> a validated Dataset and every issue found, as plain data
 * (it goes from a SvelteKit load function to the browser).
 *
 * Each file is parsed and validated on its own (tables.ts: csv.ts, validate.ts); this module
 * runs the checks that cross files, each in a module of its own: ids that must exist and be
 * unique (references.ts), dataset.json (dataset-meta.ts), repeated reports (repeats.ts),
 * missing translations (translations.ts); and here, targets without an estimate and reports
 * dated after `today`. It never reads the clock or the disk.
 */
import type { CsvTable } from './csv';
import { readMeta } from './dataset-meta';
import { repeatedReportWarnings } from './checks/double-count';
import { said } from './issue';
import { checkRefs, readIdTable } from './references';
import { repeatFinder } from './repeats';
import { CATEGORIES } from './schema/categories';
import { ESTIMATES } from './schema/estimates';
import { EVENTS } from './schema/events';
import { REPORTS } from './schema/reports';
import { SOURCES } from './schema/sources';
import { hasErrors } from './severity';
import { columnIndex, columnsOf, readTable, type FileEncodings } from './tables';
import { checkTranslations } from './translations';
import {
	DATASET_FILES,
	type DataIssue,
	type DatasetFiles,
	type IsoDate,
	type LoadResult
} from './types';

export type { FileEncodings };

export interface LoadOptions {
	/** Reports dated after this day are flagged. Without it, no date is in the future. */
	today?: IsoDate;
	/**
	 * Files given as tables already parsed rather than as text (by file name): the report form
	 * checks its row as reports.csv's next line this way (draft.ts), without writing CSV.
	 */
	tables?: Readonly<Partial<Record<string, CsvTable>>>;
	/**
	 * How each file's bytes were read (encoding.ts, decodeBytes), by file name; a file not named
	 * is UTF-8. The readers of files on disk and dropped files give it.
	 */
	encodings?: FileEncodings;
}

/**
 * Loads one dataset from the text of its files (keyed by file name, see DATASET_FILES).
 * Never throws on bad data: every problem is an issue, sorted by file, line and column, and
 * every record that can be trusted still loads.
 * @example loadDataset('karabakh-2023', files, { today: '2023-09-25' as IsoDate })
 *   // { dataset: { id: 'karabakh-2023', meta, categories: [...5], sources: [...4], ... }, issues: [] }
 */
export function loadDataset(
	id: string,
	files: DatasetFiles,
	options: LoadOptions = {}
): LoadResult {
	const issues: DataIssue[] = [];
	const encodings = options.encodings ?? {};
	const meta = readMeta(id, files, issues);

	const {
		records: sources,
		table: sourcesTable,
		ids: sourceIds
	} = readIdTable(files, DATASET_FILES.sources, SOURCES, issues, encodings);
	const {
		records: categories,
		table: categoriesTable,
		ids: categoryIds
	} = readIdTable(files, DATASET_FILES.categories, CATEGORIES, issues, encodings);

	const estimatesRead = readTable(files, DATASET_FILES.estimates, ESTIMATES, issues, {
		parsed: options.tables?.[DATASET_FILES.estimates],
		encodings
	});
	const estimates = checkRefs(
		estimatesRead.records,
		DATASET_FILES.estimates,
		estimatesRead.table,
		[{ column: 'source', index: sourceIds, get: (e) => e.source }],
		issues
	);

	const targets = new Set(estimates.map((e) => e.target));
	const targetColumn = columnIndex(categoriesTable, 'target');
	for (const category of categories) {
		if (category.target === null || targets.has(category.target)) continue;
		issues.push({
			file: DATASET_FILES.categories,
			line: category.line,
			column: targetColumn,
			...said('issue_no_estimate', { target: category.target, file: DATASET_FILES.estimates }),
			severity: 'warning'
		});
	}

	const reportsRead = readTable(files, DATASET_FILES.reports, REPORTS, issues, {
		parsed: options.tables?.[DATASET_FILES.reports],
		encodings
	});
	const reports = checkRefs(
		reportsRead.records,
		DATASET_FILES.reports,
		reportsRead.table,
		[
			{ column: 'source', index: sourceIds, get: (r) => r.source },
			{ column: 'category', index: categoryIds, get: (r) => r.category }
		],
		issues
	);
	const dateColumn = columnIndex(reportsRead.table, 'date');
	const repeats = repeatFinder();
	for (const report of reports) {
		if (options.today !== undefined && report.date > options.today) {
			issues.push({
				file: DATASET_FILES.reports,
				line: report.line,
				column: dateColumn,
				...said('issue_after_today', { date: report.date, today: options.today }),
				severity: 'warning'
			});
		}
		const first = repeats(report);
		if (first !== null) {
			issues.push({
				file: DATASET_FILES.reports,
				line: report.line,
				column: 0,
				...said('issue_repeated_report', { line: first.line }),
				severity: 'warning'
			});
		}
	}

	// A loop, not push(...spread): a file may hold many thousands of these warnings.
	for (const warning of repeatedReportWarnings(reports, issues)) issues.push(warning);

	const eventsRead = readTable(files, DATASET_FILES.events, EVENTS, issues, {
		parsed: options.tables?.[DATASET_FILES.events],
		encodings
	});
	const events = checkRefs(
		eventsRead.records,
		DATASET_FILES.events,
		eventsRead.table,
		[{ column: 'source', index: sourceIds, get: (e) => e.source }],
		issues
	);

	const metaText = files[DATASET_FILES.meta];
	checkTranslations(
		[
			{ file: DATASET_FILES.categories, table: categoriesTable, records: categories, fields: ['label', 'unit', 'assumption'] },
			{ file: DATASET_FILES.sources, table: sourcesTable, records: sources, fields: ['name', 'side'] },
			{ file: DATASET_FILES.estimates, table: estimatesRead.table, records: estimates, fields: ['label'] },
			{ file: DATASET_FILES.events, table: eventsRead.table, records: events, fields: ['label'] }
		],
		// A dataset.json that does not read has its own error; its fallback title is no text to translate.
		metaText === undefined || hasErrors(issues.filter((i) => i.file === DATASET_FILES.meta))
			? null
			: { meta, text: metaText },
		issues
	);

	issues.sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
	return {
		dataset: {
			id,
			meta,
			categories,
			sources,
			estimates,
			reports,
			events,
			reportColumns: columnsOf(reportsRead.table)
		},
		issues
	};
}
