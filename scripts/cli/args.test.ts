import { describe, expect, test } from 'vitest';
import { parseArgs, type ParsedArgs } from './args';

describe('parseArgs', () => {
	test.each<{ argv: string[]; expected: ParsedArgs }>([
		{ argv: [], expected: { ok: true, command: { kind: 'help' } } },
		{ argv: ['--help'], expected: { ok: true, command: { kind: 'help' } } },
		{ argv: ['-h'], expected: { ok: true, command: { kind: 'help' } } },
		{ argv: ['help'], expected: { ok: true, command: { kind: 'help' } } },
		{ argv: ['check', '--help'], expected: { ok: true, command: { kind: 'help' } } },
		{ argv: ['check'], expected: { ok: true, command: { kind: 'check', dir: null } } },
		{
			argv: ['check', 'data/x'],
			expected: { ok: true, command: { kind: 'check', dir: 'data/x' } }
		},
		{
			argv: ['summary'],
			expected: { ok: true, command: { kind: 'summary', dir: null, json: false } }
		},
		{
			argv: ['summary', '--json'],
			expected: { ok: true, command: { kind: 'summary', dir: null, json: true } }
		},
		{
			argv: ['summary', '--json', 'data/x'],
			expected: { ok: true, command: { kind: 'summary', dir: 'data/x', json: true } }
		},
		{
			argv: ['check', '--', '-odd-name'],
			expected: { ok: true, command: { kind: 'check', dir: '-odd-name' } }
		},
		{ argv: ['frobnicate'], expected: { ok: false, message: "unknown command 'frobnicate'" } },
		{ argv: ['--json'], expected: { ok: false, message: "unknown option '--json'" } },
		{
			argv: ['check', '--json'],
			expected: { ok: false, message: "unknown option '--json' for 'check'" }
		},
		{
			argv: ['summary', '--jsn'],
			expected: { ok: false, message: "unknown option '--jsn' for 'summary'" }
		},
		{
			argv: ['check', 'a', 'b'],
			expected: { ok: false, message: "'check' takes one dataset folder, got 2: a b" }
		}
	])('$argv', ({ argv, expected }) => {
		const copy = [...argv];
		expect(parseArgs(argv)).toEqual(expected);
		expect(argv).toEqual(copy);
	});
});
