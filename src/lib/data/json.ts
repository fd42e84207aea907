/**
 * JSON.parse with a position: engines word their errors differently (and some give no position),
 * so on failure a small scanner finds where the text stops being JSON, as line and column.
 */
import { said, type Said, type TermId } from './issue';

export type JsonResult =
	| { ok: true; value: unknown }
	| { ok: false; line: number; column: number; problem: Said };

/**
 * Parses JSON text; on failure says where and what was expected (`problem`, a whole issue:
 * "...; the file is not valid JSON").
 * @example parseJson('{\n  "title": "x",\n}').problem.message // "expected a key in double quotes, found '}' (a comma before it is one too many); the file is not valid JSON"
 */
export function parseJson(text: string): JsonResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		const { index, problem } = locate(text);
		let line = 1;
		let lineStart = 0;
		for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
			line++;
			lineStart = i + 1;
		}
		return { ok: false, line, column: index - lineStart + 1, problem };
	}
}

class Stop {
	constructor(
		readonly index: number,
		readonly problem: Said
	) {}
}

/** The first position where `text` is not JSON. Only called when JSON.parse has failed. */
function locate(text: string): { index: number; problem: Said } {
	let i = 0;
	// The character found, quoted as written, or the term for the end of the file.
	const found = () => (i < text.length ? `'${text[i]}'` : 'end_of_file');
	const stop = (expected: TermId): never => {
		throw new Stop(i, said('issue_json_expected', { expected, found: found() }));
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const string = () => {
		if (text[i] !== '"') stop('json_text');
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') i++;
			else if (text.charCodeAt(i) < 0x20) stop('json_closing_quote_line');
			i++;
		}
		if (i >= text.length) stop('json_closing_quote');
		i++;
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			for (;;) {
				space();
				if (text[i] === '}') {
					throw new Stop(i, said('issue_json_extra_comma', {}));
				}
				if (text[i] !== '"') stop('json_key');
				string();
				space();
				if (text[i] !== ':') stop('json_colon');
				i++;
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else stop('json_comma_brace');
			}
		}
		if (c === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else stop('json_comma_bracket');
			}
		}
		if (c === '"') return string();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
			text.slice(i, i + 64)
		);
		if (!literal) stop('json_value');
		i += literal![0].length;
	};
	try {
		value();
		space();
		if (i < text.length) stop('end_of_file');
		return { index: i, problem: said('issue_json_invalid', {}) };
	} catch (e) {
		if (e instanceof Stop) return { index: e.index, problem: e.problem };
		throw e;
	}
}
