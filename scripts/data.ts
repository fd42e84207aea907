/**
 * The command line: `npm run data -- <command>`. See scripts/cli/args.ts for the commands, or
 * run `npm run data -- --help`. This entry only wires the process to the dispatcher.
 */
import { todayUtc } from './cli/commands';
import { main } from './cli/main';
import { invocationCwd } from './cli/paths';

process.exitCode = await main(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	cwd: invocationCwd(process.env, process.cwd()),
	today: todayUtc(),
	stdin: process.stdin,
	env: process.env
});
