/**
 * `npm run test:data`: the data users edit, checked. Runs the command line's `check` (the same
 * function as `npm run data -- check`) over every dataset folder (a folder with a reports.csv)
 * in the data root: the argument, else `$HANDOVER_DATA`, else data/. Every issue is printed at
 * its file:line:column; warnings do not fail it. Exit 1 if a dataset has an error (or the root
 * holds no dataset), 2 if a folder cannot be used.
 *
 *   npm run test:data [-- <data-root>]
 *
 * The other tests never read data/ (they use tests/fixtures/datasets/): this is the one check
 * that keeps data/ honest, and `npm test` runs it first.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listDatasets } from '../src/lib/server/datasets';
import { todayUtc, type CommandContext } from './cli/commands';
import { main } from './cli/main';
import { dataRootOf, displayPath, invocationCwd } from './cli/paths';

/**
 * Checks every dataset under `root`; returns the worst exit status (0 ok, 1 errors, 2 a folder
 * that cannot be used).
 * @example await checkDataRoot('/repo/data', context) // 0, after "check data/karabakh-2023\nok: ..."
 */
export async function checkDataRoot(root: string, context: CommandContext): Promise<number> {
	const ids = listDatasets(root);
	if (ids.length === 0) {
		context.stderr.write(
			`error: no dataset folder (a folder with a reports.csv) in ${displayPath(root, context.cwd)}\n`
		);
		return 1;
	}
	let status = 0;
	for (const id of ids) {
		const dir = path.join(root, id);
		context.stdout.write(`check ${displayPath(dir, context.cwd)}\n`);
		status = Math.max(status, await main(['check', dir], context));
	}
	return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const cwd = invocationCwd(process.env, process.cwd());
	const [rootArg] = process.argv.slice(2);
	const root = rootArg ? path.resolve(cwd, rootArg) : dataRootOf(process.env, cwd);
	process.exitCode = await checkDataRoot(root, {
		stdout: process.stdout,
		stderr: process.stderr,
		cwd,
		today: todayUtc(),
		env: process.env
	});
}
