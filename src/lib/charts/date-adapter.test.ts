import { _adapters, type TimeUnit } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { dateAdapter } from './date-adapter';

const t = (iso: string) => Date.parse(`${iso}Z`);

describe('the adapter is installed', () => {
	test('Chart.js creates it, with our formats', () => {
		const adapter = new _adapters._date({});
		expect(adapter.formats().day).toBe('day');
		expect(adapter.parse('2023-09-22')).toBe(t('2023-09-22T00:00:00'));
	});
});

describe('parse', () => {
	test.each<[unknown, number | null]>([
		['2023-09-22', t('2023-09-22T00:00:00')],
		[t('2023-09-22T12:00:00'), t('2023-09-22T12:00:00')],
		[new Date(t('2024-02-29T00:00:00')), t('2024-02-29T00:00:00')],
		['22/09/2023', null],
		['', null],
		[Number.NaN, null],
		[null, null],
		[undefined, null]
	])('%s', (value, expected) => expect(dateAdapter.parse(value)).toBe(expected));
});

describe('format, in UTC whatever the time zone', () => {
	test.each([
		['day', '2023-09-22T23:30:00', 'Sep 22'],
		['month', '2023-09-22T00:00:00', 'Sep 2023'],
		['year', '2023-09-22T00:00:00', '2023'],
		['datetime', '2023-09-22T00:00:00', 'Sep 22, 2023, 12:00 AM']
	])('%s', (format, iso, expected) => {
		expect(dateAdapter.format.call({ options: {} }, t(iso), format)).toBe(expected);
	});

	test('a locale from the adapter options', () => {
		expect(
			dateAdapter.format.call({ options: { locale: 'en-GB' } }, t('2023-09-22T00:00:00'), 'day')
		).toMatch(/^22 Sept?$/);
	});

	test('an unknown format is a bug, and says which exist', () => {
		expect(() => dateAdapter.format.call({ options: {} }, 0, 'MMM d')).toThrow(
			/Unknown date format 'MMM d'.*day/
		);
	});
});

describe('add', () => {
	test.each<[string, number, TimeUnit, string]>([
		['2023-09-22T00:00:00', 1, 'day', '2023-09-23T00:00:00'],
		['2023-09-22T00:00:00', -3, 'hour', '2023-09-21T21:00:00'],
		['2023-09-22T00:00:00', 2, 'week', '2023-10-06T00:00:00'],
		['2023-01-31T00:00:00', 1, 'month', '2023-02-28T00:00:00'],
		['2024-01-31T00:00:00', 1, 'month', '2024-02-29T00:00:00'],
		['2023-11-15T00:00:00', 1, 'quarter', '2024-02-15T00:00:00'],
		['2024-02-29T00:00:00', 1, 'year', '2025-02-28T00:00:00']
	])('%s + %i %s', (from, amount, unit, to) => {
		expect(dateAdapter.add(t(from), amount, unit)).toBe(t(to));
	});
});

describe('diff', () => {
	test.each<[string, string, TimeUnit, number]>([
		['2023-09-23T00:00:00', '2023-09-22T00:00:00', 'day', 1],
		['2023-09-23T00:00:00', '2023-09-22T12:00:00', 'day', 0],
		['2023-09-23T00:00:00', '2023-09-22T00:00:00', 'hour', 24],
		['2023-03-31T00:00:00', '2023-01-31T00:00:00', 'month', 2],
		['2023-03-30T00:00:00', '2023-01-31T00:00:00', 'month', 1],
		['2023-01-31T00:00:00', '2023-03-31T00:00:00', 'month', -2],
		['2024-09-22T00:00:00', '2023-09-22T00:00:00', 'year', 1],
		['2024-09-21T00:00:00', '2023-09-22T00:00:00', 'year', 0],
		['2024-01-01T00:00:00', '2023-01-01T00:00:00', 'quarter', 4]
	])('%s - %s in %s', (a, b, unit, expected) => {
		expect(dateAdapter.diff(t(a), t(b), unit)).toBe(expected);
	});
});

describe('startOf and endOf', () => {
	test.each<[string, TimeUnit | 'isoWeek', string]>([
		['2023-09-22T15:45:30', 'minute', '2023-09-22T15:45:00'],
		['2023-09-22T15:45:30', 'hour', '2023-09-22T15:00:00'],
		['2023-09-22T15:45:30', 'day', '2023-09-22T00:00:00'],
		// 2023-09-22 is a Friday: weeks start on Sunday, ISO weeks on Monday.
		['2023-09-22T15:45:30', 'week', '2023-09-17T00:00:00'],
		['2023-09-22T15:45:30', 'isoWeek', '2023-09-18T00:00:00'],
		['2023-09-22T15:45:30', 'month', '2023-09-01T00:00:00'],
		['2023-09-22T15:45:30', 'quarter', '2023-07-01T00:00:00'],
		['2023-09-22T15:45:30', 'year', '2023-01-01T00:00:00']
	])('startOf %s %s', (iso, unit, expected) => {
		expect(dateAdapter.startOf(t(iso), unit)).toBe(t(expected));
	});

	test('isoWeek from another weekday (7 = Sunday)', () => {
		expect(dateAdapter.startOf(t('2023-09-22T00:00:00'), 'isoWeek', 7)).toBe(
			t('2023-09-17T00:00:00')
		);
	});

	test.each<[TimeUnit, string]>([
		['day', '2023-09-22T23:59:59.999'],
		['month', '2023-09-30T23:59:59.999'],
		['year', '2023-12-31T23:59:59.999']
	])('endOf %s', (unit, expected) => {
		expect(dateAdapter.endOf(t('2023-09-22T10:00:00'), unit)).toBe(t(expected));
	});
});
