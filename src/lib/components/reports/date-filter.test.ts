import { describe, expect, test } from 'vitest';
import { isComplete, isolate, latinDigits, normalisedFields, readDate } from './date-filter';

describe('readDate', () => {
	test.each([
		['', { kind: 'empty' }],
		['   ', { kind: 'empty' }],
		['2023-09-22', { kind: 'date', iso: '2023-09-22' }],
		[' 2023-09-22 ', { kind: 'date', iso: '2023-09-22' }],
		['٢٠٢٣-٠٩-٢٢', { kind: 'date', iso: '2023-09-22' }],
		['۲۰۲۳-۰۹-۲۲', { kind: 'date', iso: '2023-09-22' }],
		['2023/9/5', { kind: 'date', iso: '2023-09-05' }],
		['2023.09.05', { kind: 'date', iso: '2023-09-05' }],
		['\u2066٢٠٢٣-٠٩-٢٢\u2069', { kind: 'date', iso: '2023-09-22' }],
		['2024-02-29', { kind: 'date', iso: '2024-02-29' }],
		['2023-02-29', { kind: 'invalid', text: '2023-02-29' }],
		['2023-02-30', { kind: 'invalid', text: '2023-02-30' }],
		['2023-13-01', { kind: 'invalid', text: '2023-13-01' }],
		['22.09.2023', { kind: 'invalid', text: '22.09.2023' }],
		['September 22', { kind: 'invalid', text: 'September 22' }],
		['٢٢ سبتمبر ٢٠٢٣', { kind: 'invalid', text: '٢٢ سبتمبر ٢٠٢٣' }]
	])('%j', (text, expected) => {
		expect(readDate(text)).toEqual(expected);
	});
});

test('latinDigits', () => {
	expect(latinDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 42')).toBe('0123456789 0123456789 42');
});

test.each([
	['2023-09-2', false],
	['2023-09-25', true],
	['٢٠٢٣-٠٩-٢٥', true],
	['2023/09/25', false]
])('isComplete(%j) is %s', (text, complete) => {
	expect(isComplete(text)).toBe(complete);
});

test('normalisedFields: the dates in ISO form, a bad one left out, the rest as they were', () => {
	const form = new FormData();
	form.append('category', 'firearms');
	form.append('from', '٢٠٢٣/٩/٢٢');
	form.append('to', '2023-02-30');
	form.append('sort', 'date');
	expect([...normalisedFields(form, ['from', 'to'])]).toEqual([
		['category', 'firearms'],
		['from', '2023-09-22'],
		['sort', 'date']
	]);
});

test('isolate: what the reader typed, between direction isolates', () => {
	expect(isolate('2023-02-30')).toBe('\u20682023-02-30\u2069');
	expect(readDate(isolate('2023-09-22'))).toEqual({ kind: 'date', iso: '2023-09-22' });
});
