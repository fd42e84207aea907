import { describe, expect, test } from 'vitest';
import { buildModel } from './aggregate';
import { checkDraft, draftChoices, draftContext, reportsLayout, type ReportDraft } from './draft';
import { SEED_FILES, SEED_ID, seedWith } from '$lib/testing/seed';
import { loadDataset } from './load';
import { DATASET_FILES, type DataIssue, type IsoDate } from './types';

const TODAY = '2024-01-01' as IsoDate;
const REPORTS = DATASET_FILES.reports;

const FIREARMS_1000: ReportDraft = {
	date: '2023-09-24',
	source: 'ru-mod',
	category: 'firearms',
	quantity: '1,000',
	qualifier: 'More than',
	basis: 'cumulative'
};

/** What `check` says about line `line` once `append` is added to reports.csv: the reference. */
function checkSays(files: Record<string, string>, append: string, line: number): DataIssue[] {
	const full = loadDataset(SEED_ID, { ...files, [REPORTS]: files[REPORTS] + append }, { today: TODAY });
	const model = buildModel(full);
	const before = buildModel(loadDataset(SEED_ID, files, { today: TODAY }));
	const known = new Set(before.issues.map((i) => JSON.stringify(i)));
	return model.issues
		.filter((i) => i.file === REPORTS && i.line === line && !known.has(JSON.stringify(i)))
		.sort((a, b) => a.column - b.column);
}

describe('checkDraft on the seed', () => {
	const context = draftContext(SEED_ID, SEED_FILES, TODAY);

	test('a valid report: its cells in the file order, canonical, line 7, the new summary line', () => {
		const check = checkDraft({ ...FIREARMS_1000, note: 'Said on TV, "again"' }, context);
		expect(check.issues).toEqual([]);
		expect(check.line).toBe(7);
		expect(check.cells).toEqual([
			'2023-09-24',
			'ru-mod',
			'firearms',
			'1000',
			'more_than',
			'cumulative',
			'',
			'',
			'Said on TV, "again"',
			''
		]);
		expect(check.row).toBe(
			'2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,"Said on TV, ""again""",\n'
		);
		expect(check.append).toBe(check.row);
		expect(check.report).toMatchObject({
			stated: { value: 1000, qualifier: 'more_than' },
			quantity: { low: 1001, high: null, style: 'plus' },
			line: 7
		});
		expect(check.summaryBefore).toBe(
			'Firearms: handed over 800+ · source ru-mod · date 2023-09-22 · estimate ≈10,000 · progress at least 8%'
		);
		expect(check.summaryLine).toBe(
			'Firearms: handed over 1,000+ · source ru-mod · date 2023-09-24 · estimate ≈10,000 · progress at least 10%'
		);
	});

	test('a category with no estimate and a report with no number say so in the CLI words', () => {
		const check = checkDraft(
			{ date: '2023-09-23', source: 'az-mfa', category: 'manpads', basis: 'cumulative' },
			context
		);
		expect(check.issues).toEqual([]);
		expect(check.summaryLine).toBe(
			'Man-portable air-defence systems: handed over handed over, no number given · source az-mfa · date 2023-09-23 · estimate — · progress no estimate'
		);
	});

	test.each<{ name: string; draft: ReportDraft; expected: string[] }>([
		{
			name: 'a date in another form',
			draft: { ...FIREARMS_1000, date: '22/09/2023' },
			expected: ["7:1 error date '22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22"]
		},
		{
			name: 'an unknown source, with the near miss',
			draft: { ...FIREARMS_1000, source: 'RU-MOD' },
			expected: ["7:2 error source 'RU-MOD' is not an id in sources.csv; did you mean ru-mod? (ru-mod, az-gov, az-mfa, karabakh-separatists)"]
		},
		{
			name: 'an unknown category',
			draft: { ...FIREARMS_1000, category: 'tanks' },
			expected: ["7:3 error category 'tanks' is not an id in categories.csv (armored_vehicles, firearms, ammunition, anti_tank_missiles, manpads)"]
		},
		{
			name: 'a quantity in words',
			draft: { ...FIREARMS_1000, quantity: 'eight hundred' },
			expected: ["7:4 error quantity 'eight hundred' is not a whole number"]
		},
		{
			name: 'a quantity without a qualifier',
			draft: { ...FIREARMS_1000, qualifier: '' },
			expected: [
				'7:5 error qualifier is empty but quantity is given; expected one of exact, about, more_than, at_least, at_most, fewer_than, between'
			]
		},
		{
			name: 'an unknown basis',
			draft: { ...FIREARMS_1000, basis: 'total' },
			expected: ["7:6 error basis 'total' is not one of cumulative, increment"]
		},
		{
			name: 'a javascript: link (a warning: the link is left out)',
			draft: { ...FIREARMS_1000, url: 'javascript:alert(1)' },
			expected: [expect.stringMatching(/^7:7 warning url .*the link is left out$/) as unknown as string]
		},
		{
			name: 'a date after today',
			draft: { ...FIREARMS_1000, date: '2031-01-01' },
			expected: ["7:1 warning date '2031-01-01' is after today, 2024-01-01"]
		},
		{
			name: 'a repeat of line 5',
			draft: {
				date: '2023-09-22',
				source: 'ru-mod',
				category: 'firearms',
				quantity: '800',
				qualifier: 'more_than',
				basis: 'cumulative',
				quote: 'وأكثر من 800 سلاح ناري',
				note: 'Reported by Al Jazeera (Arabic service).',
				note_ar: 'أوردته الجزيرة نت.'
			},
			expected: ['7:0 warning this report repeats line 5 exactly; both are counted']
		},
		{
			name: 'a lower cumulative figure (a correction)',
			draft: { ...FIREARMS_1000, quantity: '700', qualifier: 'exact' },
			expected: [
				"7:4 warning firearms: ru-mod's cumulative figure 700 on 2023-09-24 is lower than its earlier 800+ on 2023-09-22; shown as a correction"
			]
		}
	])('$name: the issues check gives, at line 7', ({ draft, expected }) => {
		const check = checkDraft(draft, context);
		const shown = check.issues.map((i) => `${i.line}:${i.column} ${i.severity} ${i.message}`);
		expect(shown).toEqual(expected);
		// The same as `check` on the file with the row added.
		expect(check.issues).toEqual(checkSays({ ...SEED_FILES }, check.row, 7));
		expect(check.report === null).toBe(check.issues.some((i) => i.severity === 'error'));
	});

	test('an empty draft gets the message of each required cell', () => {
		const check = checkDraft({ date: '' }, context);
		expect(check.report).toBeNull();
		expect(check.issues.map((i) => `${i.column} ${i.message}`)).toEqual([
			'1 date is empty; expected a date YYYY-MM-DD, such as 2023-09-22',
			'2 source is empty; expected an id of letters, digits, - and _',
			'3 category is empty; expected an id of letters, digits, - and _',
			'6 basis is empty; expected one of cumulative, increment'
		]);
	});

	test('a value for a column the file does not have is refused, not dropped', () => {
		const check = checkDraft({ ...FIREARMS_1000, analyst: 'me' }, context);
		expect(check.report).toBeNull();
		expect(check.issues).toMatchObject([
			{
				file: REPORTS,
				line: 1,
				column: 0,
				message:
					"analyst 'me' is given, but reports.csv has no column 'analyst'; add the column to its header, or leave the value out",
				severity: 'error'
			}
		]);
	});

	test('draftChoices offers the ids, labels and fixed lists', () => {
		const choices = draftChoices(context.load.dataset);
		expect(choices.sources.map((s) => s.id)).toEqual([
			'ru-mod',
			'az-gov',
			'az-mfa',
			'karabakh-separatists'
		]);
		expect(choices.categories[1]).toEqual({
			id: 'firearms',
			label: 'Firearms',
			translations: { ar: 'الأسلحة النارية' }
		});
		expect(choices.qualifiers).toEqual([
			'exact',
			'about',
			'more_than',
			'at_least',
			'at_most',
			'fewer_than',
			'between'
		]);
		expect(choices.bases).toEqual(['cumulative', 'increment']);
	});
});

describe('the file style', () => {
	const seed = SEED_FILES[REPORTS]!;
	const semicolons = seed
		.split('\n')
		.map((line) => (line === '' ? line : line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')))
		.join('\n');
	test.each([
		{ name: 'LF', text: seed, append: (row: string) => row, line: 7 },
		{
			name: 'BOM and CRLF',
			text: `\uFEFF${seed.replaceAll('\n', '\r\n')}`,
			append: (row: string) => row.replace(/\n$/, '\r\n'),
			line: 7
		},
		{
			name: "';' as delimiter",
			text: semicolons,
			append: (row: string) => row.replaceAll(',', ';'),
			line: 7
		},
		{ name: 'no final line end', text: seed.replace(/\n$/, ''), append: (row: string) => `\n${row}`, line: 7 },
		{ name: 'trailing blank lines', text: `${seed}\n\n`, append: (row: string) => row, line: 9 }
	])('$name: the row is written in it, at line $line', ({ text, append, line }) => {
		const files = seedWith({ [REPORTS]: text });
		const check = checkDraft(FIREARMS_1000, draftContext(SEED_ID, files, TODAY));
		expect(check.issues).toEqual([]);
		expect(check.line).toBe(line);
		expect(check.append).toBe(append('2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,\n'));
		// And it loads there, as the same report, with nothing else changed.
		const after = loadDataset(SEED_ID, { ...files, [REPORTS]: text + check.append }, { today: TODAY });
		expect(after.issues).toEqual(loadDataset(SEED_ID, files, { today: TODAY }).issues);
		expect(after.dataset.reports.at(-1)).toEqual(check.report);
	});

	test('a line break in a quote is written in the file’s line ends, quoted', () => {
		const files = seedWith({ [REPORTS]: seed.replaceAll('\n', '\r\n') });
		const check = checkDraft({ ...FIREARMS_1000, quote: 'one\ntwo' }, draftContext(SEED_ID, files, TODAY));
		expect(check.row).toBe('2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,"one\r\ntwo",,\r\n');
		// Read back as the file holds it: a CRLF inside a quoted value stays (issue 17).
		expect(check.report?.quote).toBe('one\r\ntwo');
	});

	test('an empty reports.csv gets the header first', () => {
		const files = seedWith({ [REPORTS]: '' });
		const check = checkDraft(FIREARMS_1000, draftContext(SEED_ID, files, TODAY));
		expect(check.issues).toEqual([]);
		expect(check.line).toBe(2);
		expect(check.append).toBe(
			'date,source,category,quantity,qualifier,basis,url,quote,note,quantity_high,unit,measure\n2023-09-24,ru-mod,firearms,1000,more_than,cumulative,,,,,,\n'
		);
	});

	test.each([
		{ text: 'date,source\n2023-09-22,ru-mod\n', nextLine: 3, end: true },
		{ text: 'date,source\r\n2023-09-22,ru-mod', nextLine: 3, end: false },
		{ text: '\n\ndate;source\n', nextLine: 4, end: true },
		{ text: 'date,"quote\nspanning"\n1,2\n', nextLine: 4, end: true }
	])('reportsLayout($text)', ({ text, nextLine, end }) => {
		const layout = reportsLayout(text);
		expect(layout.nextLine).toBe(nextLine);
		expect(layout.endsWithLineEnd).toBe(end);
		expect(layout.needsHeader).toBe(false);
	});
});
