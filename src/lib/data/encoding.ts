/**
 * File bytes -> text, with the encoding decided from the bytes, and text -> bytes in that
 * encoding again. Every reader of dataset files (the server's, the Data page's, the live site's,
 * the CLI through the server's) decodes with decodeBytes, so a file reads the same everywhere.
 *
 * What is read: UTF-8 (with or without a byte-order mark); UTF-16 LE or BE with its byte-order
 * mark (Excel's "Unicode Text"); Windows-1256 (Excel's "CSV (Comma delimited)" on an Arabic
 * Windows) when the bytes are not UTF-8 and read as Arabic text in it. Anything else is not
 * text (`encoding: null`): csv.ts then says why, from the text decoded with U+FFFD for bad bytes.
 *
 * A byte-order mark is kept as U+FEFF at the start of the text, as csv.ts expects (it drops it,
 * and remembers it for writing back).
 */
import { said } from './issue';
import type { DataIssue } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** How a file's bytes were read: its encoding, or null for bytes that are not text. */
export type FileEncoding = TextEncodingName | null;

export interface DecodedText {
	/** The text, with U+FEFF at the start when the file has a byte-order mark. */
	text: string;
	encoding: FileEncoding;
}

/**
 * The least share of a file's non-ASCII characters, read as Windows-1256, that are Arabic
 * letters or marks (U+0600-U+06FF) for the file to be read so. Arabic text is nearly all Arabic
 * letters once ASCII is set aside (digits and punctuation are ASCII in Excel's files); Latin-1
 * or Windows-1252 text read as Windows-1256 gives mostly Latin letters and symbols.
 */
export const ARABIC_SHARE = 0.6;

/** Bytes whose text is valid UTF-8, without deciding more. */
function utf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Whether text decoded as Windows-1256 reads as Arabic: at least one Arabic letter, at least
 * ARABIC_SHARE of its non-ASCII characters in the Arabic block, and no control character other
 * than tab, CR and LF (a NUL or other C0 control means a binary file, not text).
 */
export function readsAsArabic(text: string): boolean {
	let arabic = 0;
	let other = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20) {
			if (c !== 9 && c !== 10 && c !== 13) return false;
		} else if (c >= 0x600 && c <= 0x6ff) arabic++;
		else if (c >= 0x80) other++;
	}
	return arabic > 0 && arabic >= ARABIC_SHARE * (arabic + other);
}

/**
 * The text of a file's bytes, and how it was read.
 * @example decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: '\uFEFFa', encoding: 'utf-8' }
 * @example decodeBytes(new Uint8Array([0xc7, 0xe1])) // { text: 'ال', encoding: 'windows-1256' }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
	const text = utf8(bytes);
	if (text !== null) return { text, encoding: 'utf-8' };
	const lossy = decode(bytes, 'utf-8');
	if (!mostlyUtf8(lossy)) {
		const arabic = decode(bytes, 'windows-1256');
		if (readsAsArabic(arabic)) return { text: arabic, encoding: 'windows-1256' };
	}
	return { text: lossy, encoding: null };
}

/**
 * Whether text decoded from bytes that are not all UTF-8 holds more good non-ASCII characters
 * than bad bytes (U+FFFD): a UTF-8 file with a few bytes gone wrong (a row pasted from a
 * Windows-1256 file), which must not be read as Windows-1256 whole (its UTF-8 Arabic would turn
 * to mojibake), but refused at its first bad byte. Windows-1256 Arabic is the other way round:
 * nearly every letter is a bad UTF-8 byte.
 */
function mostlyUtf8(lossy: string): boolean {
	let good = 0;
	let bad = 0;
	for (let i = 0; i < lossy.length; i++) {
		const c = lossy.charCodeAt(i);
		if (c === 0xfffd) bad++;
		else if (c >= 0x80) good++;
	}
	return good > bad;
}

function decode(bytes: Uint8Array, label: TextEncodingName): string {
	return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

/** Windows-1256's bytes 0x80-0xFF by the character they decode to (built once, when needed). */
let windows1256: Map<number, number> | null = null;

function windows1256Table(): Map<number, number> {
	if (windows1256 === null) {
		windows1256 = new Map();
		const decoder = new TextDecoder('windows-1256');
		for (let byte = 0x80; byte <= 0xff; byte++) {
			windows1256.set(decoder.decode(new Uint8Array([byte])).charCodeAt(0), byte);
		}
	}
	return windows1256;
}

/** Text that an encoding cannot hold: the first such character and its index in the text. */
export interface Unencodable {
	char: string;
	index: number;
}

/**
 * Text -> bytes in `encoding` (a U+FEFF in the text is written as the encoding's byte-order
 * mark, as TextEncoder writes it for UTF-8), or the first character Windows-1256 cannot hold.
 * @example encodeText('ال', 'windows-1256') // Uint8Array [0xc7, 0xe1]
 */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array | Unencodable {
	if (encoding === 'utf-8') return new TextEncoder().encode(text);
	if (encoding === 'utf-16le' || encoding === 'utf-16be') {
		const bytes = new Uint8Array(text.length * 2);
		const little = encoding === 'utf-16le';
		for (let i = 0; i < text.length; i++) {
			const unit = text.charCodeAt(i);
			bytes[2 * i + (little ? 0 : 1)] = unit & 0xff;
			bytes[2 * i + (little ? 1 : 0)] = unit >> 8;
		}
		return bytes;
	}
	const table = windows1256Table();
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const byte = c < 0x80 ? c : table.get(c);
		if (byte === undefined) {
			const point = text.codePointAt(i)!;
			return { char: String.fromCodePoint(point), index: i };
		}
		bytes[i] = byte;
	}
	return bytes;
}

/**
 * A row to append to `file` (at `line`) as bytes in the file's encoding, or the error to show
 * when the row holds a character that encoding (Windows-1256) cannot hold: the row is then not
 * written, and the user is told to save the file as CSV UTF-8 first (what they typed is kept).
 * A file that is not text (null) is never written to: its rows do not load.
 */
export function encodeRow(
	row: string,
	encoding: FileEncoding,
	file: string,
	line: number
): Uint8Array | DataIssue {
	const bytes = encodeText(row, encoding ?? 'utf-8');
	if (bytes instanceof Uint8Array) return bytes;
	const code = `U+${bytes.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return {
		file,
		line,
		column: 0,
		...said('issue_not_encodable', { char: bytes.char, code }),
		severity: 'error'
	};
}
