/**
 * The exports in Arabic (issue 6): what an Arabic page's downloads hold. The CSV's header, ids,
 * dates, figures and qualifiers are a machine's contract and stay the same in both languages;
 * the labels (category, source, estimate, side) and the picture's words are the reader's.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildModel } from '$lib/data/aggregate';
import { SEED_FILES, SEED_ID, seedWith } from '$lib/testing/seed';
import { DATASET_FILES } from '$lib/data/types';
import { loadDataset } from '$lib/data/load';
import { seedModel } from '$lib/testing/chart-fixtures';
import { DEFAULT_QUERY, reportsData, reportsTable } from '$lib/view/reports';
import { timelineSeries } from '$lib/view/timeline';
import { BOM, toCsv } from './csv';
import { PROGRESS_HEADER, progressExport, TIMELINE_HEADER, timelineExport } from './data';
import { frameText, sourceLine, subtitle } from './names';
import { REPORTS_HEADER, reportsCsv } from './reports-csv';

const rowsOf = (text: string) => {
	expect(text.startsWith(BOM)).toBe(true);
	const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
};

describe('a chart export in Arabic', () => {
	test('the progress chart: Arabic labels, the same header, figures, dates and qualifiers', () => {
		const english = progressExport(seedModel(), 'en');
		const arabic = progressExport(seedModel(), 'ar');
		expect(arabic.locale).toBe('ar');
		expect(arabic.header).toEqual(PROGRESS_HEADER);
		expect(arabic.title).toBe('تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023');
		expect(arabic.rows.map((r) => r.cells)).toEqual([
			[
				'المركبات المدرعة',
				'وزارة الدفاع الروسية',
				'2023-09-22',
				'6',
				6,
				6,
				'exact',
				6,
				6,
				'≈100',
				100,
				100,
				'الحكومة الأذربيجانية',
				null,
				'count',
				null
			],
			[
				'الأسلحة النارية',
				'وزارة الدفاع الروسية',
				'2023-09-22',
				'800+',
				801,
				null,
				'more_than',
				8.01,
				null,
				'≈10,000',
				10000,
				10000,
				'الحكومة الأذربيجانية',
				null,
				'count',
				null
			]
		]);
		// Everything but the three label columns is the English file's, cell for cell.
		const labels = new Set([0, 1, PROGRESS_HEADER.indexOf('estimate_source')]);
		const rest = (cells: readonly unknown[]) => cells.filter((_, i) => !labels.has(i));
		expect(arabic.rows.map((r) => rest(r.cells))).toEqual(english.rows.map((r) => rest(r.cells)));
		// The ids that filter a category stay ids.
		expect(arabic.rows.map((r) => r.category)).toEqual(['armored_vehicles', 'firearms']);
	});

	test('the timeline: the Arabic category and source, the quote in its own words', () => {
		const model = seedModel();
		const data = timelineExport(model, timelineSeries(model), null, 'ar');
		expect(data.header).toEqual(TIMELINE_HEADER);
		expect(data.rows.map((r) => r.cells.slice(0, 4))).toEqual([
			['المركبات المدرعة', 'وزارة الدفاع الروسية', '2023-09-22', '6'],
			['الأسلحة النارية', 'وزارة الدفاع الروسية', '2023-09-22', '800+'],
			['الذخيرة', 'وزارة الدفاع الروسية', '2023-09-22', '≈5,000']
		]);
		expect(data.rows[1]!.cells[8]).toBe('وأكثر من 800 سلاح ناري');
	});

	test('a label without its Arabic falls back to the English, marked', () => {
		const files = seedWith({
			[DATASET_FILES.sources]: SEED_FILES[DATASET_FILES.sources]!.replace(
				'Russian Ministry of Defence,وزارة الدفاع الروسية,',
				'Russian Ministry of Defence,,'
			)
		});
		const data = progressExport(buildModel(loadDataset(SEED_ID, files)), 'ar');
		expect(data.rows[0]!.cells[1]).toBe('\u2068Russian Ministry of Defence\u2069 (بالإنجليزية)');
	});

	test('an Arabic label that begins with = or @ is neutralised in the CSV', () => {
		const files = seedWith({
			[DATASET_FILES.categories]: SEED_FILES[DATASET_FILES.categories]!.replace(
				'Firearms,الأسلحة النارية,',
				'Firearms,=HYPERLINK("http://evil.example"),'
			),
			[DATASET_FILES.sources]: SEED_FILES[DATASET_FILES.sources]!.replace(
				'Government of Azerbaijan,الحكومة الأذربيجانية,',
				'Government of Azerbaijan,@الحكومة الأذربيجانية,'
			)
		});
		const data = progressExport(buildModel(loadDataset(SEED_ID, files)), 'ar');
		const [header, ...rows] = rowsOf(
			toCsv(
				data.header,
				data.rows.map((r) => r.cells)
			)
		);
		expect(header).toEqual(PROGRESS_HEADER);
		const firearms = rows.find((r) => r[3] === '800+')!;
		expect(firearms[0]).toBe('\'=HYPERLINK("http://evil.example")');
		expect(firearms[PROGRESS_HEADER.indexOf('estimate_source')]).toBe("'@الحكومة الأذربيجانية");
	});
});

describe('the words around an Arabic picture', () => {
	const data = progressExport(seedModel(), 'ar');

	test('source line, subtitle and credit in Arabic, the dates in words', () => {
		expect(sourceLine(data)).toBe(
			'المصدر: وزارة الدفاع الروسية، 22 سبتمبر 2023؛ التقدير: الحكومة الأذربيجانية'
		);
		expect(subtitle(data)).toBe(
			'تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023، حتى 22 سبتمبر 2023'
		);
		expect(frameText('حصة كل تقدير', data, 'http://localhost/ar/karabakh-2023/')).toEqual({
			title: 'حصة كل تقدير',
			subtitle: 'تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023، حتى 22 سبتمبر 2023',
			source: 'المصدر: وزارة الدفاع الروسية، 22 سبتمبر 2023؛ التقدير: الحكومة الأذربيجانية',
			notes: [
				'مقيسة إلى: الدبابات والمدرعات نحو 100 (الحكومة الأذربيجانية)؛ المسلحون الأرمن في قره باغ نحو 10,000 (الحكومة الأذربيجانية)',
				'سلاح ناري واحد لكل مسلح: افتراض من هذه اللوحة، وليس رقما من أي مصدر.',
				'الأرقام كما أوردتها الجزيرة نت في 23 سبتمبر/أيلول 2023. جمعها مرصد تسليم الأسلحة.'
			],
			credit: 'مرصد تسليم الأسلحة: http://localhost/ar/karabakh-2023/\u200e'
		});
	});

	test('with Arabic-Indic digits chosen, the figures change and the link does not', () => {
		const text = frameText('حصة كل تقدير', data, 'http://localhost:4173/ar/karabakh-2023/', 'arab');
		expect(text.source).toBe(
			'المصدر: وزارة الدفاع الروسية، ٢٢ سبتمبر ٢٠٢٣؛ التقدير: الحكومة الأذربيجانية'
		);
		expect(text.subtitle).toContain('حتى ٢٢ سبتمبر ٢٠٢٣');
		expect(text.notes![0]).toContain('نحو ١٠٬٠٠٠');
		expect(text.credit).toBe('مرصد تسليم الأسلحة: http://localhost:4173/ar/karabakh-2023/\u200e');
	});

	test('English stays as it was', () => {
		const english = progressExport(seedModel(), 'en');
		expect(frameText('Share', english, 'http://x/').source).toBe(
			'Source: Russian Ministry of Defence, 2023-09-22; estimate: Government of Azerbaijan'
		);
		expect(frameText('Share', english, 'http://x/').notes).toEqual([
			'Measured against: Tanks and armoured vehicles ≈100 (Government of Azerbaijan); Armenian fighters in Karabakh ≈10,000 (Government of Azerbaijan)',
			'One firearm per fighter: an assumption of this dashboard, not a figure from any source.',
			'Figures as reported by Al Jazeera (Arabic service), 23 September 2023. Compiled by Handover monitor.'
		]);
		expect(subtitle(english)).toBe(
			'Nagorno-Karabakh weapons handover, September 2023, as of 2023-09-22'
		);
	});
});

describe('the reports table as CSV on an Arabic page', () => {
	test('Arabic source, side and category; the rest as in English', () => {
		const data = reportsData(loadDataset(SEED_ID, SEED_FILES).dataset);
		const query = { ...DEFAULT_QUERY, category: 'firearms' };
		const [header, ...rows] = rowsOf(reportsCsv(data, reportsTable(data), query, 'ar'));
		expect(header).toEqual(REPORTS_HEADER);
		expect(rows).toEqual([
			[
				'2023-09-22',
				'وزارة الدفاع الروسية',
				'روسيا (قوة حفظ السلام)',
				'الأسلحة النارية',
				'800+',
				'801',
				'',
				'more_than',
				'cumulative',
				'وأكثر من 800 سلاح ناري',
				'',
				'count',
				'handed_over',
				''
			]
		]);
		const [, ...english] = rowsOf(reportsCsv(data, reportsTable(data), query, 'en'));
		expect(english[0]!.slice(1, 4)).toEqual([
			'Russian Ministry of Defence',
			'Russia (peacekeeping force)',
			'Firearms'
		]);
	});
});
