/**
 * The command line's arguments, parsed into what to do. Bad usage is returned, not thrown, so
 * that the entry point can print it and exit with status 2.
 */

export type Command =
	| { kind: 'help' }
	| { kind: 'check'; dir: string | null }
	| { kind: 'summary'; dir: string | null; json: boolean };

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

/** The text that `--help` prints. */
export const USAGE = `Handover monitor: check a dataset folder and print its figures.

Usage: npm run data -- <command> [dataset-dir] [options]

Commands:
  check [dataset-dir]             check the CSV files; print each problem as
                                  file:line:column: message (warnings are marked)
  summary [dataset-dir] [--json]  print the figures as a table, or with --json as the
                                  machine-readable summary

dataset-dir defaults to the bundled dataset, data/karabakh-2023 (resolved from the
repository root, whatever the current folder).

Options:
  --json      (summary) print the summary as JSON on stdout
  -h, --help  print this help

Exit status: 0 ok (warnings do not fail), 1 the dataset has errors,
2 bad usage or a dataset folder that does not exist.
`;
