/**
 * The corpus's encoding cases (tests/fixtures/bad/<case>/reports.csv), made from the seed's
 * reports.csv text with the encoder of encoding.ts: written by scripts/fixtures/encodings.ts and
 * checked against the committed files by encoding.test.ts. For tests and that script only.
 */
import { parseCsv } from '$lib/data/csv';
import { encodeText, type TextEncodingName } from '$lib/data/encoding';
import { formatCsvRow } from '$lib/data/write';

function encoded(text: string, encoding: TextEncodingName): Uint8Array {
	const bytes = encodeText(text, encoding);
	if (!(bytes instanceof Uint8Array)) {
		throw new Error(`the seed holds ${bytes.char}, which ${encoding} cannot hold`);
	}
	return bytes;
}

/** The seed's reports.csv as Excel's "Unicode Text" lays it out: tab-delimited, CRLF. */
function asUnicodeText(seed: string): string {
	const table = parseCsv(seed, 'reports.csv');
	const style = { delimiter: '\t', lineEnding: '\r\n', bom: true } as const;
	let text = '\uFEFF' + formatCsvRow(table.header, style);
	for (const row of table.rows) text += formatCsvRow(row.cells, style);
	return text;
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		all.set(part, at);
		at += part.length;
	}
	return all;
}

/** Each case's reports.csv bytes, by case name. */
export function encodingCases(seed: string): Record<string, Uint8Array> {
	const firstNote = seed.indexOf('Reported by');
	return {
		'windows-1256': encoded(seed, 'windows-1256'),
		'utf-16': encoded(asUnicodeText(seed), 'utf-16le'),
		'utf-16-be': encoded('\uFEFF' + seed, 'utf-16be'),
		// A UTF-8 file with one row pasted from a Windows-1256 one: refused at its bad bytes, not
		// read as Windows-1256 whole (its UTF-8 Arabic would turn to mojibake).
		'mixed-encodings': concat(
			encoded(seed, 'utf-8'),
			encoded('2023-09-23,ru-mod,firearms,900,exact,cumulative,,', 'utf-8'),
			encoded('وأكثر من 900 سلاح ناري', 'windows-1256'),
			encoded(',,,\n', 'utf-8')
		),
		// Excel's "Unicode Text" without its byte-order mark: NULs, refused with the reason.
		'utf-16-no-bom': encoded(asUnicodeText(seed).slice(1), 'utf-16le'),
		'utf-8-replacement': encoded(
			seed.slice(0, firstNote) +
				'Reported by \uFFFD ' +
				seed.slice(firstNote + 'Reported by '.length),
			'utf-8'
		)
	};
}
