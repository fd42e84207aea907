import { describe, expect, test } from 'vitest';
import {
	oneOf,
	parseId,
	parseIsoDate,
	parsePartialDate,
	parsePositiveNumber,
	parseSafeUrl,
	parseText,
	parseWholeNumber,
	toAsciiDigits
} from './cells';
import { QUALIFIERS } from './types';

describe('parseWholeNumber', () => {
	test.each([
		['5000', 5000],
		['0', 0],
		[' 800 ', 800],
		['5,000', 5000],
		['1,234,567', 1234567],
		['5 000', 5000],
		['5\u00a0000', 5000],
		['5\u202f000', 5000],
		['٥٠٠٠', 5000],
		['٨٠٠', 800],
		['۸۰۰', 800],
		['٥٬٠٠٠', 5000],
		['9007199254740991', Number.MAX_SAFE_INTEGER]
	])('%j is %d', (raw, value) => {
		expect(parseWholeNumber(raw)).toEqual({ ok: true, value });
	});

	test.each([
		['', 'is empty; expected a whole number such as 800'],
		['eight hundred', "'eight hundred' is not a whole number"],
		['5.5', "'5.5' is not a whole number"],
		['1e3', "'1e3' is not a whole number"],
		['-5', "'-5' is negative; expected a whole number 0 or more"],
		['5.000', `'5.000' is not a whole number; use 5000 or "5,000"`],
		['1.234.567', `'1.234.567' is not a whole number; use 1234567 or "1,234,567"`],
		['5,00', `'5,00' is not a whole number; group digits by three, as in "5,000"`],
		['5,000 000', `'5,000 000' is not a whole number; group digits by three, as in "5,000"`],
		['800+', "'800+' is not a whole number"],
		[
			'9007199254740992',
			"'9007199254740992' is too large; the largest whole number allowed is 9007199254740991"
		]
	])('%j is refused', (raw, message) => {
		expect(parseWholeNumber(raw)).toMatchObject({ ok: false, message });
	});
});

describe('parsePositiveNumber', () => {
	test.each([
		['1', 1],
		['0.5', 0.5],
		['2', 2],
		['٠٫٥', 0.5]
	])('%j is %d', (raw, value) => {
		expect(parsePositiveNumber(raw)).toEqual({ ok: true, value });
	});

	test.each([
		['0', "'0' is not a number above 0, such as 1 or 0.5"],
		['-1', "'-1' is not a number above 0, such as 1 or 0.5"],
		['0,5', "'0,5' is not a number; write decimals with a dot, as in 0.5"],
		['one', "'one' is not a number above 0, such as 1 or 0.5"],
		['', 'is empty; expected a number above 0, such as 1 or 0.5']
	])('%j is refused', (raw, message) => {
		expect(parsePositiveNumber(raw)).toMatchObject({ ok: false, message });
	});
});

describe('parseIsoDate', () => {
	test.each([
		['2023-09-22', '2023-09-22'],
		[' 2024-02-29 ', '2024-02-29'],
		['٢٠٢٣-٠٩-٢٢', '2023-09-22']
	])('%j is %s', (raw, value) => {
		expect(parseIsoDate(raw)).toEqual({ ok: true, value });
	});

	test.each([
		['2023-02-30', "'2023-02-30' is not a day of the calendar; expected a date YYYY-MM-DD"],
		['2023-02-29', "'2023-02-29' is not a day of the calendar; expected a date YYYY-MM-DD"],
		['2023-13-01', "'2023-13-01' is not a day of the calendar; expected a date YYYY-MM-DD"],
		['22/09/2023', "'22/09/2023' is not in the form YYYY-MM-DD; write 2023-09-22"],
		['09/22/2023', "'09/22/2023' is not in the form YYYY-MM-DD; write 2023-09-22"],
		[
			'03/04/2023',
			"'03/04/2023' is not in the form YYYY-MM-DD; write 2023-04-03 if 03 is the day, or 2023-03-04 if it is the month"
		],
		['2023-9-22', "'2023-9-22' is not in the form YYYY-MM-DD; write 2023-09-22"],
		['2023/09/22', "'2023/09/22' is not in the form YYYY-MM-DD; write 2023-09-22"],
		['22 September', "'22 September' is not a date; expected YYYY-MM-DD, such as 2023-09-22"],
		['', 'is empty; expected a date YYYY-MM-DD, such as 2023-09-22']
	])('%j is refused', (raw, message) => {
		expect(parseIsoDate(raw)).toMatchObject({ ok: false, message });
	});
});

describe('parsePartialDate', () => {
	test.each([
		['2023', { year: 2023, month: null, day: null, text: '2023' }],
		['2023-09', { year: 2023, month: 9, day: null, text: '2023-09' }],
		['2023-09-22', { year: 2023, month: 9, day: 22, text: '2023-09-22' }]
	])('%j', (raw, value) => {
		expect(parsePartialDate(raw)).toEqual({ ok: true, value });
	});

	test.each([
		['2023-13', "'2023-13' is not a month of the calendar; expected YYYY, YYYY-MM or YYYY-MM-DD"],
		[
			'2023-02-30',
			"'2023-02-30' is not a day of the calendar; expected YYYY, YYYY-MM or YYYY-MM-DD"
		],
		[
			'09/2023',
			"'09/2023' is not in the form YYYY, YYYY-MM or YYYY-MM-DD; write 2023-09"
		],
		['Sept 2023', "'Sept 2023' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"]
	])('%j is refused', (raw, message) => {
		expect(parsePartialDate(raw)).toMatchObject({ ok: false, message });
	});
});

describe('oneOf', () => {
	const qualifier = oneOf(QUALIFIERS);
	test.each([
		['exact', 'exact'],
		[' About ', 'about'],
		['MORE_THAN', 'more_than'],
		['more than', 'more_than'],
		['at-least', 'at_least']
	])('%j is %s', (raw, value) => {
		expect(qualifier(raw)).toEqual({ ok: true, value });
	});

	test.each([
		[
			'exactly',
			"'exactly' is not one of exact, about, more_than, at_least, at_most, fewer_than, between"
		],
		['', 'is empty; expected one of exact, about, more_than, at_least, at_most, fewer_than, between']
	])('%j is refused', (raw, message) => {
		expect(qualifier(raw)).toMatchObject({ ok: false, message });
	});
});

describe('parseSafeUrl', () => {
	test.each([
		['https://www.aljazeera.net/news/2023/9/23/x', 'https://www.aljazeera.net/news/2023/9/23/x'],
		[' http://example.org ', 'http://example.org'],
		['HTTPS://EXAMPLE.ORG/a?b=1#c', 'HTTPS://EXAMPLE.ORG/a?b=1#c']
	])('%j', (raw, value) => {
		expect(parseSafeUrl(raw)).toEqual({ ok: true, value });
	});

	const expected = 'expected a full web address that starts with https:// or http://';
	test.each([
		[
			'javascript:alert(1)',
			`'javascript:alert(1)' is not allowed: only http:// and https:// links are; ${expected}`
		],
		[
			'data:text/html,<b>x</b>',
			`'data:text/html,<b>x</b>' is not allowed: only http:// and https:// links are; ${expected}`
		],
		['/news/1', `'/news/1' is not a full web address; ${expected}`],
		['www.example.org/a', "'www.example.org/a' is not a full web address; write https://www.example.org/a"],
		['https://', `'https://' is not a valid web address; ${expected}`],
		['java\tscript:alert(1)', `'java\tscript:alert(1)' is not a full web address; ${expected}`]
	])('%j is refused', (raw, message) => {
		expect(parseSafeUrl(raw)).toMatchObject({ ok: false, message });
	});
});

describe('parseId, parseText, toAsciiDigits', () => {
	test.each([
		['ru-mod', { ok: true, value: 'ru-mod' }],
		['armored_vehicles', { ok: true, value: 'armored_vehicles' }],
		[
			'ru mod',
			{
				ok: false,
				message: "'ru mod' is not a valid id; use only the letters a-z and A-Z, digits, - and _"
			}
		],
		['', { ok: false, message: 'is empty; expected an id of letters, digits, - and _' }]
	])('parseId(%j)', (raw, result) => {
		expect(parseId(raw)).toMatchObject(result);
	});

	test('parseText trims and refuses empty text', () => {
		expect(parseText('  six units ')).toEqual({ ok: true, value: 'six units' });
		expect(parseText('   ')).toMatchObject({ ok: false, message: 'is empty; expected some text' });
	});

	test('toAsciiDigits returns ASCII text as it is', () => {
		const text = '2023-09-22';
		expect(toAsciiDigits(text)).toBe(text);
		expect(toAsciiDigits('٥٬٠٠٠ و ۱۲')).toBe('5,000 و 12');
	});
});
