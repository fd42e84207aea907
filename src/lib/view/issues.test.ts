/**
 * Issues in the reader's language: every issue the bad-input corpus (tests/fixtures/bad) and a
 * few more broken files produce says in English, from its key and parameters, exactly its
 * message (what the CLI prints), and says it in Arabic too, quoting the file's values as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildModel } from '$lib/data/aggregate';
import { checkDraft, draftContext } from '$lib/data/draft';
import { csv, REPORTS_HEADER, SEED_FILES, SEED_ID, seedWith } from '$lib/testing/seed';
import { renderIssue } from '$lib/data/issue';
import { loadDataset } from '$lib/data/load';
import type { DataIssue, DatasetFiles, IsoDate } from '$lib/data/types';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { readDataset } from '$lib/server/datasets';
import type { FileEncodings } from '$lib/data/load';
import { issueText, issueView } from './issues';

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/bad/', import.meta.url));
const TODAY = '2026-01-01' as IsoDate;
const CASES = readdirSync(ROOT, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

const ARABIC = /[\u0600-\u06ff]/;

const issuesOf = (files: DatasetFiles, encodings: FileEncodings = {}): DataIssue[] =>
	buildModel(loadDataset(SEED_ID, files, { today: TODAY, encodings })).issues;

/** A corpus case's issues, its files read as the site reads them. */
const caseIssues = (name: string): DataIssue[] => {
	const { files, encodings } = readDataset(path.join(ROOT, name));
	return issuesOf(files, encodings);
};

/** Broken files the corpus has no case for: JSON, translations, tabs, corrections, ids. */
const MORE: Record<string, DatasetFiles> = {
	'dataset.json with a comma too many': seedWith({ 'dataset.json': '{\n  "title": "x",\n}' }),
	'dataset.json with a colon missing': seedWith({ 'dataset.json': '{ "title" "x" }' }),
	'dataset.json cut short': seedWith({ 'dataset.json': '{ "title": "x"' }),
	'dataset.json not an object': seedWith({ 'dataset.json': '[1]' }),
	'dataset.json with a number for a title': seedWith({ 'dataset.json': '{ "title": 5 }' }),
	'dataset.json missing': seedWith({ 'dataset.json': undefined }),
	'sources.csv missing': seedWith({ 'sources.csv': undefined }),
	'a label without its translation': seedWith({
		'categories.csv': SEED_FILES['categories.csv']!.replace(
			'firearms,Firearms,الأسلحة النارية,',
			'firearms,Firearms,,'
		)
	}),
	'a tab-separated row in a comma file, and cells of every kind wrong': seedWith({
		'reports.csv': csv(
			REPORTS_HEADER,
			'2023-09-22\tru-mod\tfirearms\t800\tmore_than\tcumulative\t\t\t\t',
			'22/09/2023,ru-mod,firearms,5.000,about,cumulative,example.org,,,',
			'03/04/2023,ru-mod,firearms,"5,00",about,cumulative,ftp://x.org/,,,',
			'2023-02-30,ru mod,firearms,-5,more_than,total,,,,',
			'2023-09-22,ru-mod,firearms,0,fewer_than,cumulative,https://,,,',
			'2023-09-22,ru-mod,firearms,,about,cumulative,,,,ملاحظة',
			'2023-09-22,ru-mod,firearms,800,,cumulative,,,,',
			'2023-09-22,,,,,,,,,'
		)
	}),
	'estimates and categories wrong': seedWith({
		'estimates.csv': csv(
			'target,label,quantity,qualifier,date,source,url,quote,note',
			'tanks,Tanks,0,fewer_than,2023/9,ru-mod,,,',
			'tanks,Tanks,0,exact,13/2023,ru-mod,,,',
			'tanks,Tanks,10,exact,2023-13,ru-mod,,,',
			'tanks,Tanks,10,exact,2023-02-30,ru-mod,,,',
			'tanks,Tanks,10,exact,soon,nobody,,,'
		),
		'categories.csv': csv(
			'id,label,target,per_target,unit,assumption,note',
			'tanks,Tanks,tanks,,,,',
			'guns,Guns,,"0,5",,,',
			'guns,Guns,,,,,',
			'shells,Shells,shells,-1,,,'
		)
	}),
	'two figures on one day, a correction, an increment on a cumulative day': seedWith({
		'reports.csv': csv(
			REPORTS_HEADER,
			'2023-09-22,ru-mod,firearms,800,more_than,cumulative,,,,',
			'2023-09-22,ru-mod,firearms,900,exact,cumulative,,,,',
			'2023-09-22,ru-mod,firearms,30,exact,increment,,,,',
			'2023-09-24,ru-mod,firearms,700,exact,cumulative,,,,',
			'2023-09-24,RU-MOD,firearms,700,exact,cumulative,,,,'
		)
	})
};

function checkIssue(issue: DataIssue): void {
	const where = `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
	// English from the key and parameters is the message, byte for byte.
	expect(renderIssue(issue.key, issue.params), where).toBe(issue.message);
	expect(issueText(issue, 'en'), where).toBe(issue.message);
	// Every issue has an Arabic sentence of its own, not the English one shown as a fallback.
	expect(issue.key, where).not.toBe('issue_text');
	const arabic = issueText(issue, 'ar');
	expect(arabic, where).not.toBe(issue.message);
	expect(arabic, where).toMatch(ARABIC);
	// A value quoted from the file is quoted as written.
	if (typeof issue.params.value === 'string') expect(arabic, where).toContain(issue.params.value);
	// Plain data: it crosses postMessage and JSON as it is.
	expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
}

describe('the bad-input corpus', () => {
	test.each(CASES)(
		'%s: each issue says its message in English from its key, and in Arabic',
		(name) => {
			for (const issue of caseIssues(name)) checkIssue(issue);
		}
	);

	test('has issues of many kinds to check', () => {
		const keys = new Set(CASES.flatMap((name) => caseIssues(name).map((i) => i.key)));
		expect(keys.size).toBeGreaterThan(25);
	});
});

describe.each(Object.keys(MORE))('more broken files: %s', (name) => {
	test('each issue says its message in English from its key, and in Arabic', () => {
		const issues = issuesOf(MORE[name]!);
		expect(issues.length).toBeGreaterThan(0);
		for (const issue of issues) checkIssue(issue);
	});
});

describe('the report form', () => {
	test("a draft's issues say their message in English, and in Arabic", () => {
		const context = draftContext(SEED_ID, SEED_FILES, TODAY);
		const { issues } = checkDraft(
			{
				date: '2099-01-01',
				source: 'ru-mod',
				category: 'firearms',
				quantity: '5.000',
				colour: 'red'
			},
			context
		);
		expect(issues.map((i) => i.key)).toEqual([
			'issue_draft_no_column',
			'issue_not_whole_number',
			'issue_qualifier_missing',
			'issue_empty_one_of'
		]);
		for (const issue of issues) checkIssue(issue);
	});
});

describe('in Arabic', () => {
	const [issue] = issuesOf(
		seedWith({
			'reports.csv': csv(REPORTS_HEADER, '2023-09-22,ru-mod,firearms,5.000,about,cumulative,,,,')
		})
	);

	test("a cell's problem names its column, and keeps the cell as written", () => {
		expect(issue).toMatchObject({
			line: 2,
			column: 4,
			message: `quantity '5.000' is not a whole number; use 5000 or "5,000"`,
			key: 'issue_not_whole_number',
			params: { value: '5.000', plain: '5000', grouped: '5,000', in_column: 'quantity' }
		});
		expect(issueText(issue!, 'ar')).toBe(
			`العمود quantity: '5.000' ليس عددًا صحيحًا؛ اكتب 5000 أو "5,000"`
		);
	});

	test('the issues panel shows the position first, in Latin digits, then the Arabic sentence', () => {
		expect(issueView(issue!).text).toBe(
			`reports.csv:2:4: quantity '5.000' is not a whole number; use 5000 or "5,000"`
		);
		const english = getLocale;
		overwriteGetLocale(() => 'ar');
		try {
			expect(issueView(issue!)).toEqual({
				severity: 'error',
				severityLabel: 'خطأ',
				text: `reports.csv:2:4: العمود quantity: '5.000' ليس عددًا صحيحًا؛ اكتب 5000 أو "5,000"`
			});
		} finally {
			overwriteGetLocale(english);
		}
	});

	test('numbers, dates and figures are formatted for the reader; words are translated', () => {
		const [correction] = issuesOf(
			seedWith({
				'reports.csv': csv(
					REPORTS_HEADER,
					'2023-09-22,ru-mod,firearms,1200,more_than,cumulative,,,,',
					'2023-09-24,ru-mod,firearms,1100,exact,cumulative,,,,'
				)
			})
		).filter((i) => i.key === 'issue_correction');
		expect(correction!.message).toBe(
			"firearms: ru-mod's cumulative figure 1,100 on 2023-09-24 is lower than its earlier 1,200+ on 2023-09-22; shown as a correction"
		);
		expect(issueText(correction!, 'ar')).toBe(
			'firearms: الرقم التراكمي 1,100 الذي ذكره ru-mod في 24 سبتمبر 2023 أقل من رقمه السابق أكثر من 1,200 في 22 سبتمبر 2023؛ يُعرض على أنه تصحيح'
		);
		const [tab] = issuesOf(
			seedWith({
				'reports.csv': csv(
					REPORTS_HEADER,
					'2023-09-22\tru-mod\tfirearms\t800\tmore_than\tcumulative'
				)
			})
		);
		expect(tab!.message).toBe(
			"this row is separated by a tab, but the file by ',' (see the header); write the row with ','"
		);
		expect(issueText(tab!, 'ar')).toBe(
			"هذا السطر مفصول بالفاصل علامة الجدولة (Tab)، أما الملف فمفصول بالفاصل ',' (انظر سطر العناوين)؛ اكتب السطر بالفاصل ','"
		);
	});
});

test('every issue message of messages/en.json is one that issues can say', () => {
	const en = JSON.parse(
		readFileSync(fileURLToPath(new URL('../../../messages/en.json', import.meta.url)), 'utf8')
	) as Record<string, unknown>;
	const keys = Object.keys(en).filter(
		(key) => key.startsWith('issue_') && key !== 'issue_line' && !key.startsWith('issue_term_')
	);
	expect(keys.length).toBeGreaterThan(80);
	// An unknown key renders as itself (renderIssue's fallback); a known one as its sentence.
	for (const key of keys) expect(renderIssue(key, { text: 'x' }), key).not.toBe(key);
});
