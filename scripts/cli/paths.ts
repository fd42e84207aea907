/**
 * Where things are: the repository root (found from this file, so the command line works from
 * any folder), the default dataset, and paths as the user should see them.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: two folders up from scripts/cli/. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The bundled dataset, relative to the repository root. */
export const DEFAULT_DATASET = 'data/karabakh-2023';

/**
 * The absolute folder a command works on: `dir` relative to `cwd`, or the bundled dataset.
 * @example resolveDatasetDir({ dir: 'x', cwd: '/home/me' }) // '/home/me/x'
 */
export function resolveDatasetDir({ dir, cwd }: { dir: string | null; cwd: string }): string {
	return dir === null ? path.join(REPO_ROOT, DEFAULT_DATASET) : path.resolve(cwd, dir);
}

/**
 * A path as printed: relative to `cwd` when it lies inside it, else absolute, so that editors and
 * terminals can jump to `data/karabakh-2023/reports.csv:7:4`.
 * @example displayPath('/repo/data/x/reports.csv', '/repo') // 'data/x/reports.csv'
 */
export function displayPath(absolute: string, cwd: string): string {
	const relative = path.relative(cwd, absolute);
	if (relative === '') return '.';
	// Outside the current folder, the absolute path is the clearer one (and does not depend on
	// how deep the current folder sits).
	return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
		? absolute
		: relative;
}

/**
 * Why `dir` cannot be used as a dataset folder, or null when it can.
 * @example datasetDirProblem('/nope') // "dataset folder '/nope' does not exist"
 */
export function datasetDirProblem(absolute: string, shown: string): string | null {
	if (!existsSync(absolute)) return `dataset folder '${shown}' does not exist`;
	if (!statSync(absolute).isDirectory()) return `'${shown}' is not a folder`;
	return null;
}

/**
 * The folder the user typed the command in. `npm run` moves to the package root and keeps the
 * original folder in INIT_CWD; only trust it when this very script is what npm runs, since a
 * process started from another npm script inherits that script's INIT_CWD.
 * @example invocationCwd({ npm_lifecycle_event: 'data', INIT_CWD: '/repo/data' }, '/repo') // '/repo/data'
 */
export function invocationCwd(env: NodeJS.ProcessEnv, cwd: string): string {
	return env.npm_lifecycle_event === 'data' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/**
 * The folder that holds the datasets: `$HANDOVER_DATA` (relative to `cwd`), as the site reads
 * it, or `data/` in the repository.
 */
export function dataRootOf(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
	return env.HANDOVER_DATA ? path.resolve(cwd, env.HANDOVER_DATA) : path.join(REPO_ROOT, 'data');
}

/**
 * The folder that `--dataset` (or `new`) names: a plain id is a folder under the data root, and
 * anything with a path separator (or `.`) a folder relative to `cwd`.
 * @example datasetFolderOf('karabakh-2023', { cwd: '/x', env: {} }) // '<repo>/data/karabakh-2023'
 * @example datasetFolderOf('./mine', { cwd: '/x', env: {} }) // '/x/mine'
 */
export function datasetFolderOf(
	value: string,
	{ cwd, env }: { cwd: string; env: Readonly<Record<string, string | undefined>> }
): string {
	const plain = !/[\\/]/.test(value) && value !== '.' && value !== '..';
	return plain ? path.join(dataRootOf(env, cwd), value) : path.resolve(cwd, value);
}
