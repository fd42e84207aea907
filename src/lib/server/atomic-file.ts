/**
 * Safe changes to a file that people also edit by hand: an exclusive lock beside it, and a new
 * version written to a temporary file in the same folder and renamed into place. A crash at
 * any point leaves either the old file or the new one, whole; a full disk or a read-only file
 * leaves the old one untouched. Used by append-report.ts (the `add` command, the dev server's
 * "Save to data/").
 *
 * The lock is a file created with O_EXCL (`.reports.csv.lock`) holding its owner's pid, host
 * and time. A lock whose owner has died (same host, pid gone), or that is very old, is stale
 * and is taken over; breaking it is itself done under a second lock, so that two waiters
 * cannot both break it and one then remove the other's fresh lock.
 *
 * Why not write-file-atomic + proper-lockfile (tried for issue 13): 12 of the 36 tests of
 * atomic-file, append-report and `add` as processes fail on them. write-file-atomic calls
 * `fs` itself, so the FileOps seam cannot reach it: the injected ENOSPC, EROFS and EIO never
 * happen (the write succeeds); its temporary file `reports.csv.<hash>` has no pid and no
 * leading dot, so a killed writer's cannot be told from a running one's and stays in the data
 * folder for good; its `tmpfileCreated` runs before the data is written, not after.
 * proper-lockfile's lock is a directory whose only freshness is an mtime renewed on a timer:
 * a lock whose owner is dead is waited for until it is `stale` (10 s by default, 2 s at
 * least) instead of taken over at once, and it names no holder (process, host, since) for
 * the "locked" message.
 *
 * Over 300 lines because the lock and the write are one mechanism: both go through FileOps
 * (the tests' fault seam), share WriteProblem's messages, and the lock holder removes the
 * temporary files that killed writers left, which it can only tell by the pid that
 * tempPathOf puts in their names.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/** The file operations used here, so that tests can make one fail (a full disk, EACCES). */
export interface FileOps {
	/** Creates `file` (which must not exist: EEXIST), writes all of `data`, optionally flushes it to disk. */
	writeNew(
		file: string,
		data: Uint8Array,
		options: { mode?: number; sync: boolean }
	): Promise<void>;
	readFile(file: string): Promise<Buffer>;
	rename(from: string, to: string): Promise<void>;
	unlink(file: string): Promise<void>;
	stat(file: string): Promise<{ mode: number; size: number; mtimeMs: number; isFile(): boolean }>;
	chmod(file: string, mode: number): Promise<void>;
	readdir(dir: string): Promise<string[]>;
	realpath(file: string): Promise<string>;
	/** Flushes a folder's entries (the rename) to disk; best effort. */
	syncDir(dir: string): Promise<void>;
}

export const NODE_FILE_OPS: FileOps = {
	async writeNew(file, data, { mode = 0o666, sync }) {
		const handle = await fsp.open(file, 'wx', mode);
		try {
			await handle.writeFile(data);
			if (sync) await handle.sync();
		} finally {
			await handle.close();
		}
	},
	readFile: (file) => fsp.readFile(file),
	rename: (from, to) => fsp.rename(from, to),
	unlink: (file) => fsp.unlink(file),
	stat: (file) => fsp.stat(file),
	chmod: (file, mode) => fsp.chmod(file, mode),
	readdir: (dir) => fsp.readdir(dir),
	realpath: (file) => fsp.realpath(file),
	async syncDir(dir) {
		try {
			const handle = await fsp.open(dir, 'r');
			try {
				await handle.sync();
			} finally {
				await handle.close();
			}
		} catch {
			// Some systems cannot open or flush a folder; the rename is atomic all the same.
		}
	}
};

/** Why a safe write did not happen. The file is unchanged in every case. */
export type WriteProblemKind = 'read-only' | 'no-space' | 'locked' | 'changed' | 'failed';

/** A safe write that did not happen, with a message for the user; the file is unchanged. */
export class WriteProblem extends Error {
	constructor(
		readonly kind: WriteProblemKind,
		message: string
	) {
		super(message);
		this.name = 'WriteProblem';
	}
}

function codeOf(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error
		? String((error as { code: unknown }).code)
		: undefined;
}

/**
 * An error from the file system as a WriteProblem saying what happened and that `file` is
 * unchanged; anything unexpected keeps its own message.
 */
export function writeProblemOf(error: unknown, file: string, doing: string): WriteProblem {
	if (error instanceof WriteProblem) return error;
	const name = path.basename(file);
	const code = codeOf(error);
	const unchanged = `${name} was not changed`;
	switch (code) {
		case 'ENOSPC':
		case 'EDQUOT':
			return new WriteProblem(
				'no-space',
				`the disk is full (${code}) while ${doing}, so nothing was written and ${unchanged}; free some space and try again`
			);
		case 'EACCES':
		case 'EPERM':
		case 'EROFS':
			return new WriteProblem(
				'read-only',
				`permission denied (${code}) while ${doing}: the file or its folder, ${path.dirname(file)}, is read-only, so ${unchanged}; make them writable and try again`
			);
	}
	const detail = error instanceof Error ? error.message : String(error);
	return new WriteProblem('failed', `${detail} while ${doing}; ${unchanged}`);
}

/** The lock file of `file`: `.reports.csv.lock` beside `reports.csv`. */
export function lockPathOf(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/** The temporary files of `file` are named `.reports.csv.<pid>.<random>.tmp`. */
function tempPathOf(file: string): string {
	const random = randomBytes(6).toString('hex');
	return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${random}.tmp`);
}

function tempPattern(file: string): RegExp {
	const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^\\.${base}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
}

/** Whether process `pid` on this machine is running (EPERM: running, as another user). */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return codeOf(error) === 'EPERM';
	}
}

export interface LockOptions {
	/** How long to wait for another holder before giving up (default 10 s). */
	timeoutMs?: number;
	/** A lock older than this is taken over even when its pid runs (a reused pid; default 10 min). */
	staleMs?: number;
	ops?: FileOps;
	/** For tests: the clock and the wait between tries. */
	now?: () => number;
	sleep?: (ms: number) => Promise<void>;
}

interface LockInfo {
	pid: number;
	host: string;
	/** When it was taken, in ms since the epoch. */
	at: number;
	token: string;
}

function parseLock(raw: string): LockInfo | null {
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return null;
		const { pid, host, at, token } = value as Record<string, unknown>;
		if (typeof pid !== 'number' || typeof host !== 'string' || typeof at !== 'number') return null;
		return { pid, host, at, token: typeof token === 'string' ? token : '' };
	} catch {
		return null;
	}
}

/** A lock file with no readable content is its owner's first instant, or a crash in it. */
const UNREADABLE_GRACE_MS = 2_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` while holding the lock of `file` (see lockPathOf), waiting up to `timeoutMs` for
 * another holder; throws a WriteProblem ('locked') when the wait runs out, or when the lock
 * cannot be made (a read-only folder). The lock is released however `task` ends.
 * @example await withLock('/data/x/reports.csv', async () => { ... })
 */
export async function withLock<T>(
	file: string,
	task: () => Promise<T>,
	options: LockOptions = {}
): Promise<T> {
	const {
		timeoutMs = 10_000,
		staleMs = 10 * 60_000,
		ops = NODE_FILE_OPS,
		now = Date.now,
		sleep = defaultSleep
	} = options;
	const lockPath = lockPathOf(file);
	const token = randomBytes(8).toString('hex');
	const mine: LockInfo = { pid: process.pid, host: hostname(), at: now(), token };
	const started = now();
	let wait = 5;
	let holder: LockInfo | null = null;
	for (;;) {
		try {
			mine.at = now();
			await ops.writeNew(lockPath, Buffer.from(JSON.stringify(mine)), { sync: false });
			break;
		} catch (error) {
			if (codeOf(error) !== 'EEXIST') {
				throw writeProblemOf(error, file, `creating the lock file ${path.basename(lockPath)}`);
			}
		}
		holder = await breakIfStale(lockPath, { staleMs, ops, now });
		if (holder === null) continue;
		if (now() - started >= timeoutMs) {
			const since = new Date(holder.at).toISOString();
			const by =
				holder.pid > 0
					? `process ${holder.pid} on ${holder.host}, since ${since}`
					: 'an unknown process';
			throw new WriteProblem(
				'locked',
				`${path.basename(file)} is being changed by another add (${by}) and was not freed within ${Math.round(timeoutMs / 1000)} s, so nothing was written; try again, and if no add is running, delete ${lockPath}`
			);
		}
		await sleep(wait + Math.random() * wait);
		wait = Math.min(wait * 2, 100);
	}
	try {
		await removeStrayTemps(file, ops, now, staleMs);
		return await task();
	} finally {
		// Only our own lock: if it was taken over (we were presumed dead), it is not ours to remove.
		try {
			const raw = (await ops.readFile(lockPath)).toString('utf8');
			if (parseLock(raw)?.token === token) await ops.unlink(lockPath);
		} catch {
			// Gone already: nothing to release.
		}
	}
}

/**
 * The holder of the lock at `lockPath`, or null when there is none any more (it was released,
 * or it was stale and has just been removed).
 */
async function breakIfStale(
	lockPath: string,
	{ staleMs, ops, now }: { staleMs: number; ops: FileOps; now: () => number }
): Promise<LockInfo | null> {
	const seen = await readLock(lockPath, ops);
	if (seen === null) return null;
	const info = parseLock(seen.raw);
	const age = now() - (info?.at ?? seen.mtimeMs);
	const stale =
		info === null
			? age > UNREADABLE_GRACE_MS
			: (info.host === hostname() && !alive(info.pid)) || age > staleMs;
	const holder = info ?? { pid: 0, host: '', at: seen.mtimeMs, token: '' };
	if (!stale) return holder;
	// Broken under a second lock: the lock is removed only if it is still the one judged stale.
	const breaker = `${lockPath}.break`;
	try {
		await ops.writeNew(breaker, Buffer.from(String(process.pid)), { sync: false });
	} catch (error) {
		if (codeOf(error) !== 'EEXIST') return holder;
		// Someone else is breaking it; their breaker may itself be left by a crash.
		const other = await readLock(breaker, ops);
		const pid = Number(other?.raw);
		if (
			other &&
			((Number.isInteger(pid) && pid > 0 && !alive(pid)) || now() - other.mtimeMs > staleMs)
		) {
			await ops.unlink(breaker).catch(() => {});
		}
		return holder;
	}
	try {
		const again = await readLock(lockPath, ops);
		if (again === null) return null;
		if (again.raw === seen.raw && again.mtimeMs === seen.mtimeMs) {
			await ops.unlink(lockPath);
			return null;
		}
		return holder;
	} finally {
		await ops.unlink(breaker).catch(() => {});
	}
}

async function readLock(
	lockPath: string,
	ops: FileOps
): Promise<{ raw: string; mtimeMs: number } | null> {
	try {
		const { mtimeMs } = await ops.stat(lockPath);
		const raw = (await ops.readFile(lockPath)).toString('utf8');
		return { raw, mtimeMs };
	} catch (error) {
		if (codeOf(error) === 'ENOENT') return null;
		throw error;
	}
}

/** Removes the temporary files that writers of `file` left when they were killed. */
async function removeStrayTemps(
	file: string,
	ops: FileOps,
	now: () => number,
	staleMs: number
): Promise<void> {
	const dir = path.dirname(file);
	const pattern = tempPattern(file);
	let names: string[];
	try {
		names = await ops.readdir(dir);
	} catch {
		return;
	}
	for (const name of names) {
		const match = pattern.exec(name);
		if (!match) continue;
		const temp = path.join(dir, name);
		const pid = Number(match[1]);
		try {
			const { mtimeMs } = await ops.stat(temp);
			if (pid === process.pid || (alive(pid) && now() - mtimeMs < staleMs)) continue;
			await ops.unlink(temp);
		} catch {
			// Removed by someone else meanwhile, or not ours to remove: it blocks nothing.
		}
	}
}

export interface ReplaceOptions {
	ops?: FileOps;
	/**
	 * What `file` was when its content was read (from readForChange): the write is refused if
	 * it changed since, by a program that does not take the lock (an editor, a spreadsheet).
	 */
	expect?: FileVersion | null;
	/** For tests: called once the temporary file is written, before it is renamed into place. */
	afterTempWritten?: (temp: string) => Promise<void>;
}

/** What a file was when it was read: enough to tell that it changed since. */
export interface FileVersion {
	size: number;
	mtimeMs: number;
}

/**
 * The content and version of `file` (null content: it does not exist), and the real path it
 * is written at (a symbolic link is followed, so that the link stays a link).
 */
export async function readForChange(
	file: string,
	ops: FileOps = NODE_FILE_OPS
): Promise<{ real: string; data: Buffer | null; version: FileVersion | null }> {
	let real = file;
	try {
		real = await ops.realpath(file);
	} catch (error) {
		if (codeOf(error) !== 'ENOENT') throw writeProblemOf(error, file, 'reading it');
	}
	try {
		const { size, mtimeMs } = await ops.stat(real);
		const data = await ops.readFile(real);
		return { real, data, version: { size, mtimeMs } };
	} catch (error) {
		if (codeOf(error) === 'ENOENT') return { real, data: null, version: null };
		throw writeProblemOf(error, file, 'reading it');
	}
}

/**
 * Replaces `file` with `data`: written to a temporary file in the same folder (with the old
 * file's permissions), flushed, and renamed over it, so that readers see the old file or the
 * new one, never a part. Throws a WriteProblem, with the file unchanged and no temporary file
 * left, when the file or folder is read-only, the disk is full, or the file changed since it
 * was read (`expect`). Call it under withLock.
 */
export async function replaceFile(
	file: string,
	data: Uint8Array,
	options: ReplaceOptions = {}
): Promise<void> {
	const { ops = NODE_FILE_OPS } = options;
	const dir = path.dirname(file);
	const name = path.basename(file);
	let mode: number | undefined;
	try {
		const stat = await ops.stat(file);
		mode = stat.mode & 0o7777;
		// A file marked read-only is a choice to respect, even for a user (root) whom the system
		// would let write, and even though a rename in a writable folder could replace it.
		if ((mode & 0o222) === 0) {
			throw new WriteProblem(
				'read-only',
				`${name} is read-only, so nothing was written and it was not changed; make it writable (chmod u+w ${file}) and try again`
			);
		}
	} catch (error) {
		if (codeOf(error) !== 'ENOENT') throw writeProblemOf(error, file, 'reading it');
	}
	try {
		const folder = await ops.stat(dir);
		if ((folder.mode & 0o222) === 0) {
			throw new WriteProblem(
				'read-only',
				`the folder ${dir} is read-only, so ${name} cannot be replaced safely and was not changed; make the folder writable and try again`
			);
		}
	} catch (error) {
		throw writeProblemOf(error, file, 'reading its folder');
	}

	const temp = tempPathOf(file);
	try {
		await ops.writeNew(temp, data, { mode: mode ?? 0o666, sync: true });
		// The umask may have narrowed the mode at creation: the new file gets the old one's.
		if (mode !== undefined) await ops.chmod(temp, mode);
		await options.afterTempWritten?.(temp);
		if (options.expect !== undefined) {
			const now = await ops.stat(file).catch((error: unknown) => {
				if (codeOf(error) === 'ENOENT') return null;
				throw error;
			});
			const same =
				options.expect === null
					? now === null
					: now !== null &&
						now.size === options.expect.size &&
						now.mtimeMs === options.expect.mtimeMs;
			if (!same) {
				throw new WriteProblem(
					'changed',
					`${name} changed on disk while the row was being added (saved from an editor or a spreadsheet?), so nothing was written; try again`
				);
			}
		}
		await ops.rename(temp, file);
	} catch (error) {
		await ops.unlink(temp).catch(() => {});
		throw writeProblemOf(error, file, `writing ${path.basename(temp)}`);
	}
	await ops.syncDir(dir);
}
