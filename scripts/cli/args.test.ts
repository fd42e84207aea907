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
		},
		{
			argv: ['add'],
			expected: {
				ok: true,
				command: { kind: 'add', dir: null, dataset: null, values: {}, yes: false }
			}
		},
		{
			argv: ['add', 'data/x', '--source', 'ru-mod', '--note-ar=ن', '--quote', '-5 units', '-y'],
			expected: {
				ok: true,
				command: {
					kind: 'add',
					dir: 'data/x',
					dataset: null,
					values: { source: 'ru-mod', note_ar: 'ن', quote: '-5 units' },
					yes: true
				}
			}
		},
		{
			argv: ['add', '--dataset', 'karabakh-2023', '--yes'],
			expected: {
				ok: true,
				command: { kind: 'add', dir: null, dataset: 'karabakh-2023', values: {}, yes: true }
			}
		},
		{
			argv: ['add', '--date', '2023-09-24', '--date', '2023-09-25'],
			expected: { ok: false, message: "option '--date' is given twice" }
		},
		{
			argv: ['new', 'my-set', '--title', 'My set'],
			expected: { ok: true, command: { kind: 'new', target: 'my-set', title: 'My set' } }
		}
	])('$argv', ({ argv, expected }) => {
		const copy = [...argv];
		expect(parseArgs(argv)).toEqual(expected);
		expect(argv).toEqual(copy);
	});
});
