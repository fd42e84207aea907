/**
 * A tiny Chart.js date adapter, in UTC, that formats with Intl.DateTimeFormat: what the time
 * axis needs, without chartjs-adapter-date-fns and its locales (about 13 KB gzip).
 *
 * Every date of the data is a calendar day (`YYYY-MM-DD`), so the adapter works in UTC: a day is
 * the same day in every time zone, and the ticks never shift by the reader's offset.
 * Import it for its side effect (register.ts does), or use `dateAdapter` directly in tests.
 */
import { _adapters, type TimeUnit } from 'chart.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Fixed-length units, in milliseconds. */
const FIXED: Partial<Record<TimeUnit, number>> = {
	millisecond: 1,
	second: SECOND,
	minute: MINUTE,
	hour: HOUR,
	day: DAY,
	week: WEEK
};

/** Calendar units, in months. */
const MONTHS: Partial<Record<TimeUnit, number>> = { month: 1, quarter: 3, year: 12 };

/** The display formats, by name. Chart.js passes the name back to `format`. */
const FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
	datetime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
	time: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
	hour: { hour: 'numeric' },
	day: { month: 'short', day: 'numeric' },
	month: { year: 'numeric', month: 'short' },
	year: { year: 'numeric' }
};

/** The format name for each unit Chart.js asks about. */
const UNIT_FORMATS: Record<TimeUnit | 'datetime', string> = {
	datetime: 'datetime',
	millisecond: 'time',
	second: 'time',
	minute: 'time',
	hour: 'hour',
	day: 'day',
	week: 'day',
	month: 'month',
	quarter: 'month',
	year: 'year'
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, name: string): Intl.DateTimeFormat {
	const key = `${locale}|${name}`;
	let cached = formatters.get(key);
	if (!cached) {
		const options = FORMATS[name];
		if (!options) {
			throw new Error(
				`Unknown date format '${name}': use one of ${Object.keys(FORMATS).join(', ')} (date-adapter.ts)`
			);
		}
		cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		formatters.set(key, cached);
	}
	return cached;
}

/** Adds calendar months in UTC, clamping the day (Jan 31 + 1 month = Feb 28 or 29). */
function addMonths(timestamp: number, months: number): number {
	const date = new Date(timestamp);
	const day = date.getUTCDate();
	date.setUTCDate(1);
	date.setUTCMonth(date.getUTCMonth() + months);
	const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
	date.setUTCDate(Math.min(day, lastDay));
	return date.getTime();
}

/** Whole calendar months from b to a (negative when a is earlier), as date-fns counts them. */
function monthsBetween(a: number, b: number): number {
	const [da, db] = [new Date(a), new Date(b)];
	let months =
		(da.getUTCFullYear() - db.getUTCFullYear()) * 12 + (da.getUTCMonth() - db.getUTCMonth());
	// A month is whole only when the later date has reached the earlier one's day and time.
	if (months > 0 && addMonths(b, months) > a) months--;
	if (months < 0 && addMonths(b, months) < a) months++;
	return months;
}

function startOf(
	timestamp: number,
	unit: TimeUnit | 'isoWeek',
	weekday?: number | boolean
): number {
	const date = new Date(timestamp);
	const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
	switch (unit) {
		case 'millisecond':
			return timestamp;
		case 'second':
			return timestamp - (timestamp % SECOND);
		case 'minute':
			return timestamp - (timestamp % MINUTE);
		case 'hour':
			return timestamp - (timestamp % HOUR);
		case 'day':
			return Date.UTC(y, m, d);
		case 'week':
		case 'isoWeek': {
			// `week` starts on Sunday; `isoWeek` on the given ISO weekday (1 = Monday .. 7 = Sunday).
			const first = unit === 'isoWeek' ? (typeof weekday === 'number' ? weekday % 7 : 1) : 0;
			const back = (date.getUTCDay() - first + 7) % 7;
			return Date.UTC(y, m, d - back);
		}
		case 'month':
			return Date.UTC(y, m, 1);
		case 'quarter':
			return Date.UTC(y, m - (m % 3), 1);
		case 'year':
			return Date.UTC(y, 0, 1);
	}
}

interface AdapterOptions {
	/** A BCP 47 locale for tick labels; `en-US` by default. */
	locale?: string;
}

/** The adapter's members: what `_adapters._date.override` receives. Exported for tests. */
export const dateAdapter = {
	init() {},

	formats(): Record<TimeUnit | 'datetime', string> {
		return UNIT_FORMATS;
	},

	/** Numbers are timestamps; `YYYY-MM-DD` strings and Dates are read as UTC; anything else is null. */
	parse(value: unknown): number | null {
		if (typeof value === 'number') return Number.isFinite(value) ? value : null;
		if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
		if (typeof value === 'string') {
			const match = ISO_DAY.exec(value);
			if (!match) return null;
			const [, y, m, d] = match.map(Number) as [number, number, number, number];
			return Date.UTC(y, m - 1, d);
		}
		return null;
	},

	format(this: { options?: AdapterOptions }, timestamp: number, format: string): string {
		return formatter(this.options?.locale ?? 'en-US', format).format(timestamp);
	},

	add(timestamp: number, amount: number, unit: TimeUnit): number {
		const fixed = FIXED[unit];
		if (fixed !== undefined) return timestamp + amount * fixed;
		return addMonths(timestamp, amount * (MONTHS[unit] ?? 0));
	},

	diff(a: number, b: number, unit: TimeUnit): number {
		const fixed = FIXED[unit];
		if (fixed !== undefined) return Math.trunc((a - b) / fixed);
		return Math.trunc(monthsBetween(a, b) / (MONTHS[unit] ?? 1));
	},

	startOf,

	endOf(timestamp: number, unit: TimeUnit): number {
		return dateAdapter.add(startOf(timestamp, unit), 1, unit) - 1;
	}
};

_adapters._date.override(dateAdapter);
