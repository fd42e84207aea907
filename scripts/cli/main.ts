/**
 * The command line's dispatcher: parses the arguments and runs one command. Returns the exit
 * status instead of exiting, so that tests can run it with injected streams.
 */
import { add } from './add';
import { addFrom } from './add-from';
import { parseArgs, USAGE } from './args';
import { check, summary, type CommandContext } from './commands';
import { changes } from './changes';
import { extract } from './extract';
import { newDataset } from './new';

/**
 * The exit status; a Promise for `add`, which may ask questions and waits for the file's lock.
 * @example main(['summary', '--json'], { stdout, stderr, cwd, today }) // 0, the JSON on stdout
 */
export function main(argv: readonly string[], context: CommandContext): number | Promise<number> {
	const parsed = parseArgs(argv);
	if (!parsed.ok) {
		context.stderr.write(`error: ${parsed.message}\nRun 'npm run data -- --help' for usage.\n`);
		return 2;
	}
	const { command } = parsed;
	switch (command.kind) {
		case 'help':
			context.stdout.write(USAGE);
			return 0;
		case 'check':
			return check(command.dir, context);
		case 'summary':
			return summary(command.dir, command.json, context);
		case 'add':
			return command.from !== undefined
				? addFrom({ ...command, from: command.from }, context)
				: add(command, context);
		case 'extract':
			return extract(command, context);
		case 'new':
			return newDataset(command.target, command.title, context);
		case 'changes':
			return changes(command, context);
	}
}
