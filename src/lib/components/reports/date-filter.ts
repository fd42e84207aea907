/**
 * The reports' date filters as text: a browser's <input type="date"> shows its date in the
 * browser's language and order, whatever the page's, so the filters are text fields in the
 * files' own form (year-month-day, the form the URL keeps) that read a little more loosely what
 * a reader types: Arabic-Indic digits, `/` or `.` between the parts, a one-digit month or day.
 * Pure.
 */

/** What a date field holds: nothing, a date (`YYYY-MM-DD`), or text that is not one. */
export type DateField =
	{ kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; text: string };

const ARABIC_INDIC = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC = /[\u06f0-\u06f9]/g;

/** Latin digits for Arabic-Indic ones (٠–٩ and the Persian ۰–۹). */
export function latinDigits(text: string): string {
	return text
		.replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(EXTENDED_ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const LOOSE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const STRICT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A field's text as a date. A date that does not exist (2023-02-30) is not one.
 * @example readDate('٢٠٢٣/٩/٢٢') // { kind: 'date', iso: '2023-09-22' }
 * @example readDate('22.09.2023') // { kind: 'invalid', text: '22.09.2023' }
 */
export function readDate(text: string): DateField {
	// Marks of direction that a copy from right-to-left text may bring along.
	const trimmed = text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '').trim();
	if (trimmed === '') return { kind: 'empty' };
	const match = LOOSE.exec(latinDigits(trimmed));
	if (!match) return { kind: 'invalid', text: trimmed };
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	)
		return { kind: 'invalid', text: trimmed };
	const pad = (n: number) => String(n).padStart(2, '0');
	return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * True when the text is a whole date as the files write it (four, two and two digits): while
 * the reader types, only then does the filter apply (`2023-09-2` is on its way to `2023-09-25`,
 * not the 2nd). A looser form applies when the field is left or the form sent.
 */
export function isComplete(text: string): boolean {
	return STRICT.test(latinDigits(text.trim()));
}

/** The form's fields with the dates in their ISO form, and the invalid ones left out. */
export function normalisedFields(fields: FormData, names: readonly string[]): FormData {
	const out = new FormData();
	for (const [name, value] of fields) {
		if (typeof value !== 'string' || !names.includes(name)) {
			out.append(name, value);
			continue;
		}
		const read = readDate(value);
		if (read.kind === 'date') out.append(name, read.iso);
	}
	return out;
}

/**
 * Text the reader typed, quoted in a sentence: between U+2068 FIRST STRONG ISOLATE and U+2069
 * POP DIRECTIONAL ISOLATE it keeps its own order (an ISO date inside Arabic text came out
 * mirrored without them).
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}
