/**
 * Questions on the terminal, one line per answer (node:readline/promises). Answers are queued
 * as they arrive, so that input piped in all at once (a script, a test) is not lost between
 * questions, and a terminal still gets readline's line editing.
 */
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { Output } from './commands';

export interface Prompter {
	/** Writes `question` and gives the next line typed, or null when the input has ended (Ctrl+D, Ctrl+C). */
	ask(question: string): Promise<string | null>;
	close(): void;
}

/** A stream that passes what it is given to an Output (a test's collector). */
function writableOf(output: Output): Writable {
	return new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			output.write(String(chunk));
			done();
		}
	});
}

/**
 * A prompter reading `input` line by line and writing the questions to `output`. On a
 * terminal (`input` and `output` both TTYs) readline edits the line; otherwise it reads lines.
 */
export function linePrompter(input: NodeJS.ReadableStream, output: Output): Prompter {
	const stream = output instanceof Writable ? output : writableOf(output);
	const terminal = Boolean(
		(input as { isTTY?: boolean }).isTTY && (stream as { isTTY?: boolean }).isTTY
	);
	const rl = createInterface({ input, output: stream, terminal });
	const lines: string[] = [];
	let waiting: ((line: string | null) => void) | null = null;
	let ended = false;
	rl.on('line', (line) => {
		if (waiting) {
			const resolve = waiting;
			waiting = null;
			resolve(line);
		} else lines.push(line);
	});
	rl.on('close', () => {
		ended = true;
		waiting?.(null);
		waiting = null;
	});
	// Ctrl+C while asking: stop, as the end of the input does (the caller says nothing was written).
	rl.on('SIGINT', () => {
		stream.write('\n');
		rl.close();
	});
	return {
		ask(question) {
			if (ended) {
				// Lines piped in before the input ended are still answers.
				const queued = lines.shift() ?? null;
				stream.write(`${question}${queued ?? ''}\n`);
				return Promise.resolve(queued);
			}
			rl.setPrompt(question);
			rl.prompt();
			const queued = lines.shift();
			if (queued !== undefined) {
				// Piped input is not echoed; the answer is shown after its question all the same.
				if (!terminal) stream.write(`${queued}\n`);
				return Promise.resolve(queued);
			}
			return new Promise((resolve) => {
				waiting = (line) => {
					if (!terminal) stream.write(line === null ? '\n' : `${line}\n`);
					resolve(line);
				};
			});
		},
		close() {
			rl.close();
		}
	};
}
