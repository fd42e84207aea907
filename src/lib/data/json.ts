/**
 * JSON.parse with a position: engines word their errors differently (and some give no position),
 * so on failure a small scanner finds where the text stops being JSON, as line and column.
 */

export type JsonResult =
	| { ok: true; value: unknown }
	| { ok: false; line: number; column: number; message: string };

/**
 * Parses JSON text; on failure says where and what was expected.
 * @example parseJson('{\n  "title": "x",\n}') // { ok: false, line: 3, column: 1, message: "expected a key in double quotes, found '}' (a comma before it is one too many)" }
 */
export function parseJson(text: string): JsonResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		const { index, message } = locate(text);
		let line = 1;
		let lineStart = 0;
		for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
			line++;
			lineStart = i + 1;
		}
		return { ok: false, line, column: index - lineStart + 1, message };
	}
}

class Stop {
	constructor(
		readonly index: number,
		readonly message: string
	) {}
}

/** The first position where `text` is not JSON. Only called when JSON.parse has failed. */
function locate(text: string): { index: number; message: string } {
	let i = 0;
	const found = () => (i < text.length ? `'${text[i]}'` : 'the end of the file');
	const stop = (expected: string): never => {
		throw new Stop(i, `expected ${expected}, found ${found()}`);
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const string = () => {
		if (text[i] !== '"') stop('a text in double quotes');
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') i++;
			else if (text.charCodeAt(i) < 0x20) stop('a closing \'"\' before the end of the line');
			i++;
		}
		if (i >= text.length) stop('a closing \'"\'');
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
					throw new Stop(i, `expected a key in double quotes, found '}' (a comma before it is one too many)`);
				}
				if (text[i] !== '"') stop('a key in double quotes');
				string();
				space();
				if (text[i] !== ':') stop("':' after the key");
				i++;
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else stop("',' or '}'");
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
				else stop("',' or ']'");
			}
		}
		if (c === '"') return string();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
			text.slice(i, i + 64)
		);
		if (!literal) stop('a value');
		i += literal![0].length;
	};
	try {
		value();
		space();
		if (i < text.length) stop('the end of the file');
		return { index: i, message: 'not valid JSON' };
	} catch (e) {
		if (e instanceof Stop) return { index: e.index, message: e.message };
		throw e;
	}
}
