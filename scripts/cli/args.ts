/**
 * The command line's arguments, parsed into what to do. Bad usage is returned, not thrown, so
 * that the entry point can print it and exit with status 2.
 */
import { parseIsoDate } from '../../src/lib/data/cells';
import type { IsoDate } from '../../src/lib/data/types';

export type Command =
	| { kind: 'help' }
	| { kind: 'check'; dir: string | null }
	| { kind: 'summary'; dir: string | null; json: boolean }
	| {
			kind: 'add';
			/** The dataset: a folder (the positional argument) or `--dataset <id or folder>`. */
			dir: string | null;
			dataset: string | null;
			/** The report's cells given as `--<column> <value>`, by column name (`--note-ar`: `note_ar`). */
			values: Record<string, string>;
			/** `--yes`: write without asking (for scripts); otherwise ask for each column. */
			yes: boolean;
			/** `--from <file.txt>`: the rows are the figures found in that report's text (`-`: stdin). */
			from?: string;
	  }
	| { kind: 'new'; target: string; title: string | null }
	| { kind: 'changes'; dir: string | null; since: IsoDate | null; json: boolean }
	| { kind: 'extract'; file: string; dir: string | null; json: boolean };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

/** The options each command accepts (besides --help, which every command accepts). */
const OPTIONS: Readonly<Record<'check' | 'summary', readonly string[]>> = {
	check: [],
	summary: ['--json']
};

function isCommandName(name: string): name is keyof typeof OPTIONS {
	return Object.hasOwn(OPTIONS, name);
}

/**
 * @example parseArgs(['summary', 'data/x', '--json'])
 *   // { ok: true, command: { kind: 'summary', dir: 'data/x', json: true } }
 * @example parseArgs(['frobnicate']) // { ok: false, message: "unknown command 'frobnicate'" }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
		return { ok: true, command: { kind: 'help' } };
	}
	const [name = '', ...rest] = argv;
	if (name === 'help') return { ok: true, command: { kind: 'help' } };
	if (name.startsWith('-')) return { ok: false, message: `unknown option '${name}'` };
	if (name === 'add') return parseAdd(rest);
	if (name === 'new') return parseNew(rest);
	if (name === 'changes') return parseChanges(rest);
	if (name === 'extract') return parseExtract(rest);
	if (!isCommandName(name)) return { ok: false, message: `unknown command '${name}'` };

	const positionals: string[] = [];
	const options = new Set<string>();
	let afterSeparator = false;
	for (const arg of rest) {
		if (!afterSeparator && arg === '--') afterSeparator = true;
		else if (!afterSeparator && arg.startsWith('-') && arg !== '-') {
			if (!OPTIONS[name].includes(arg)) {
				return { ok: false, message: `unknown option '${arg}' for '${name}'` };
			}
			options.add(arg);
		} else positionals.push(arg);
	}
	if (positionals.length > 1) {
		return {
			ok: false,
			message: `'${name}' takes one dataset folder, got ${positionals.length}: ${positionals.join(' ')}`
		};
	}
	const dir = positionals[0] ?? null;
	if (name === 'check') return { ok: true, command: { kind: 'check', dir } };
	return { ok: true, command: { kind: 'summary', dir, json: options.has('--json') } };
}

/**
 * The `--name value` and `--name=value` options of `add` and `new`, and their positionals.
 * Each option takes the next argument as its value whatever it looks like (a note may start
 * with `-`); `flags` take none.
 */
function splitOptions(
	command: string,
	args: readonly string[],
	flags: readonly string[]
):
	| { ok: true; values: Map<string, string>; set: Set<string>; positionals: string[] }
	| { ok: false; message: string } {
	const values = new Map<string, string>();
	const set = new Set<string>();
	const positionals: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--') {
			positionals.push(...args.slice(i + 1));
			break;
		}
		if (!arg.startsWith('-') || arg === '-') {
			positionals.push(arg);
			continue;
		}
		if (flags.includes(arg)) {
			set.add(arg);
			continue;
		}
		if (!arg.startsWith('--') || arg.length === 2) {
			return { ok: false, message: `unknown option '${arg}' for '${command}'` };
		}
		const equals = arg.indexOf('=');
		const key = equals === -1 ? arg : arg.slice(0, equals);
		let value: string;
		if (equals !== -1) value = arg.slice(equals + 1);
		else if (i + 1 < args.length) value = args[++i]!;
		else return { ok: false, message: `option '${key}' needs a value, as in ${key} <value>` };
		if (values.has(key)) return { ok: false, message: `option '${key}' is given twice` };
		values.set(key, value);
	}
	return { ok: true, values, set, positionals };
}

/** `add [dataset-dir] [--dataset id-or-dir] [--<column> value ...] [--yes]`. */
function parseAdd(args: readonly string[]): ParsedArgs {
	const split = splitOptions('add', args, ['--yes', '-y']);
	if (!split.ok) return split;
	const { positionals, set } = split;
	if (positionals.length > 1) {
		return {
			ok: false,
			message: `'add' takes one dataset folder, got ${positionals.length}: ${positionals.join(' ')}`
		};
	}
	const dataset = split.values.get('--dataset') ?? null;
	if (dataset !== null && positionals.length === 1) {
		return { ok: false, message: `give the dataset once: as a folder or with --dataset, not both` };
	}
	const values: Record<string, string> = {};
	const from = split.values.get('--from');
	for (const [key, value] of split.values) {
		if (key === '--dataset' || key === '--from') continue;
		if (from !== undefined && FROM_GIVES.includes(key)) {
			return { ok: false, message: `with --from, the report's text gives ${key}; leave it out` };
		}
		// Columns are named with `_` (note_ar); `--note-ar` is the same option.
		values[key.slice(2).toLowerCase().replaceAll('-', '_')] = value;
	}
	return {
		ok: true,
		command: {
			kind: 'add',
			dir: positionals[0] ?? null,
			dataset,
			values,
			yes: set.has('--yes') || set.has('-y'),
			...(from !== undefined ? { from } : {})
		}
	};
}

/** The columns that `add --from` takes from each figure found, not from the options. */
const FROM_GIVES = [
	'--category',
	'--quantity',
	'--qualifier',
	'--quote',
	'--quantity-high',
	'--quantity_high',
	'--unit',
	'--measure'
];

/** `extract <file.txt | -> [dataset-dir] [--json]`. */
function parseExtract(args: readonly string[]): ParsedArgs {
	const unknown = args.find((a) => a.startsWith('-') && a !== '-' && a !== '--json');
	if (unknown !== undefined) {
		return { ok: false, message: `unknown option '${unknown}' for 'extract'` };
	}
	const split = splitOptions('extract', args, ['--json']);
	if (!split.ok) return split;
	const { positionals } = split;
	if (positionals.length === 0 || positionals.length > 2) {
		return {
			ok: false,
			message: `'extract' takes a text file (or - for the input) and a dataset folder, as in: extract report.txt data/karabakh-2023`
		};
	}
	return {
		ok: true,
		command: {
			kind: 'extract',
			file: positionals[0]!,
			dir: positionals[1] ?? null,
			json: split.set.has('--json')
		}
	};
}

/** `changes [dataset-dir] [--since YYYY-MM-DD] [--json]`. */
function parseChanges(args: readonly string[]): ParsedArgs {
	const split = splitOptions('changes', args, ['--json']);
	if (!split.ok) return split;
	for (const key of split.values.keys()) {
		if (key !== '--since') return { ok: false, message: `unknown option '${key}' for 'changes'` };
	}
	const { positionals } = split;
	if (positionals.length > 1) {
		return {
			ok: false,
			message: `'changes' takes one dataset folder, got ${positionals.length}: ${positionals.join(' ')}`
		};
	}
	const sinceText = split.values.get('--since');
	let since: IsoDate | null = null;
	if (sinceText !== undefined) {
		const parsed = parseIsoDate(sinceText);
		if (!parsed.ok) return { ok: false, message: `--since: ${parsed.message}` };
		since = parsed.value;
	}
	return {
		ok: true,
		command: { kind: 'changes', dir: positionals[0] ?? null, since, json: split.set.has('--json') }
	};
}

/** `new <dataset> [--title text]`. */
function parseNew(args: readonly string[]): ParsedArgs {
	const split = splitOptions('new', args, []);
	if (!split.ok) return split;
	for (const key of split.values.keys()) {
		if (key !== '--title') return { ok: false, message: `unknown option '${key}' for 'new'` };
	}
	const { positionals } = split;
	if (positionals.length !== 1) {
		return {
			ok: false,
			message:
				positionals.length === 0
					? `'new' needs the new dataset's id, as in: new my-handover-2024`
					: `'new' takes one dataset, got ${positionals.length}: ${positionals.join(' ')}`
		};
	}
	return {
		ok: true,
		command: { kind: 'new', target: positionals[0]!, title: split.values.get('--title') ?? null }
	};
}

/** The text that `--help` prints. */
export const USAGE = `Handover monitor: check a dataset folder, print its figures, add a report.

Usage: npm run data -- <command> [dataset-dir] [options]

Commands:
  check [dataset-dir]             check the CSV files; print each problem as
                                  file:line:column: message (warnings are marked)
  summary [dataset-dir] [--json]  print the figures as a table, or with --json as the
                                  machine-readable summary
  add [dataset-dir] [options]     add a report to reports.csv: asks for each column,
                                  shows the row and the category's new figures, and
                                  writes after you confirm; with --yes, from the
                                  options alone (for scripts)
  extract <file.txt|-> [dataset-dir] [--json]
                                  print the figures that a report's text states
                                  (the dataset's terms say what each counts)
  new <dataset>                   create data/<dataset>/ with the files' headers,
                                  dataset.json and a README on what to fill in
  changes [dataset-dir] [--since YYYY-MM-DD] [--json]
                                  what each report changed, newest first (the
                                  changes page and the Atom feeds), as text or JSON

dataset-dir defaults to the bundled dataset, data/karabakh-2023 (resolved from the
repository root, whatever the current folder).

Options:
  --json               (summary, changes) print JSON on stdout
  --since <YYYY-MM-DD> (changes) only the reports dated on or after that day
  --dataset <id|dir>   (add) the dataset: an id under data/, or a folder
  --date <YYYY-MM-DD>  (add) and the other columns of reports.csv: --source,
                       --category, --quantity, --qualifier, --basis, --url, --quote,
                       --note, and any other column its header has (--note-ar).
                       --date defaults to today (UTC)
  --from <file.txt>    (add) propose a row for each figure the text states, with
                       --date, --source and --url once for all; asks add, skip
                       or edit for each; with --yes adds those that check clean
  -y, --yes            (add) write without asking
  --title <text>       (new) the dataset's title in dataset.json
  -h, --help           print this help

A row is checked exactly as check does, as the file's next line; a row with an error
is never written. The file keeps its style (delimiter, line ends, byte-order mark), is
changed atomically and under a lock, so parallel adds lose nothing.

Exit status: 0 ok (warnings do not fail), 1 the dataset has errors, or add wrote
nothing (a refused row, a read-only file, a full disk, cancelled), or new refused,
2 bad usage or a dataset folder that does not exist.
`;
