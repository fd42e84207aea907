import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	lstatSync,
	writeFileSync,
	existsSync
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	lockPathOf,
	NODE_FILE_OPS,
	readForChange,
	replaceFile,
	withLock,
	WriteProblem,
	type FileOps
} from './atomic-file';

let dir: string;
let file: string;
const OLD = 'date,source\n2023-09-22,ru-mod\n';

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'handover-atomic-'));
	file = path.join(dir, 'reports.csv');
	writeFileSync(file, OLD);
});
afterEach(() => {
	chmodSync(dir, 0o755);
	rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has ended (and so holds nothing). */
function deadPid(): number {
	return spawnSync(process.execPath, ['-e', '']).pid!;
}

function writeLock(info: { pid: number; at?: number; host?: string }): string {
	const lock = lockPathOf(file);
	const content = JSON.stringify({
		pid: info.pid,
		host: info.host ?? hostname(),
		at: info.at ?? Date.now(),
		token: 'theirs'
	});
	writeFileSync(lock, content);
	return content;
}

/** A clock that moves only when the lock waits, so that a timeout needs no real time. */
function fakeTime() {
	let t = Date.now();
	return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

/** The names in the folder besides reports.csv: no temporary file, no lock. */
const strays = () => readdirSync(dir).filter((name) => name !== 'reports.csv');

async function problemOf(promise: Promise<unknown>): Promise<WriteProblem> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof WriteProblem) return error;
		throw error;
	}
	throw new Error('expected a WriteProblem');
}

describe('withLock', () => {
	test('tasks under the lock never overlap, and the lock is gone after', async () => {
		let inside = 0;
		let most = 0;
		const order: number[] = [];
		await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				withLock(file, async () => {
					inside++;
					most = Math.max(most, inside);
					await new Promise((resolve) => setImmediate(resolve));
					order.push(i);
					inside--;
				})
			)
		);
		expect(most).toBe(1);
		expect(order.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(strays()).toEqual([]);
	});

	test('the lock is released when the task throws', async () => {
		await expect(
			withLock(file, async () => {
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(strays()).toEqual([]);
	});

	test('a lock left by a process that has died is taken over', async () => {
		writeLock({ pid: deadPid() });
		expect(await withLock(file, async () => 'ran')).toBe('ran');
		expect(strays()).toEqual([]);
	});

	test('a lock held by a running process: a bounded wait, then a clear message', async () => {
		const content = writeLock({ pid: process.ppid, at: Date.parse('2024-01-01T12:00:00Z') });
		const time = fakeTime();
		let ran = false;
		const problem = await problemOf(
			withLock(file, async () => void (ran = true), { timeoutMs: 3000, staleMs: 1e12, ...time })
		);
		expect(ran).toBe(false);
		expect(problem.kind).toBe('locked');
		expect(problem.message).toBe(
			`reports.csv is being changed by another add (process ${process.ppid} on ${hostname()}, since 2024-01-01T12:00:00.000Z) and was not freed within 3 s, so nothing was written; try again, and if no add is running, delete ${lockPathOf(file)}`
		);
		expect(readFileSync(lockPathOf(file), 'utf8')).toBe(content);
	});

	test('a lock much older than staleMs is taken over even if its pid runs (a reused pid)', async () => {
		writeLock({ pid: process.ppid, at: Date.now() - 3_600_000 });
		expect(await withLock(file, async () => 'ran', { staleMs: 60_000 })).toBe('ran');
	});

	test('an empty lock (its owner died before writing it) is taken over once it is old', async () => {
		writeFileSync(lockPathOf(file), '');
		const time = fakeTime();
		// Young: waited for, then taken over when the grace time has passed on the clock.
		expect(await withLock(file, async () => 'ran', { timeoutMs: 10_000, ...time })).toBe('ran');
	});

	test('a lock taken over meanwhile is not removed by its former owner', async () => {
		await withLock(file, async () => {
			writeLock({ pid: process.ppid });
		});
		expect(existsSync(lockPathOf(file))).toBe(true);
	});

	test('temporary files left by a killed writer are removed; a running one’s are kept', async () => {
		const dead = path.join(dir, `.reports.csv.${deadPid()}.abcdef.tmp`);
		const live = path.join(dir, `.reports.csv.${process.ppid}.abcdef.tmp`);
		writeFileSync(dead, 'half a file');
		writeFileSync(live, 'being written');
		await withLock(file, async () => {});
		expect(existsSync(dead)).toBe(false);
		expect(existsSync(live)).toBe(true);
	});
});

describe('replaceFile', () => {
	test('replaces the content, keeps the mode, leaves no temporary file', async () => {
		chmodSync(file, 0o640);
		await replaceFile(file, Buffer.from(`${OLD}x\n`));
		expect(readFileSync(file, 'utf8')).toBe(`${OLD}x\n`);
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(strays()).toEqual([]);
	});

	test('a symbolic link stays a link: the file it points at is replaced', async () => {
		const link = path.join(dir, 'link.csv');
		symlinkSync(file, link);
		const read = await readForChange(link);
		expect(read.real).toBe(file);
		await replaceFile(read.real, Buffer.from('new\n'), { expect: read.version });
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readFileSync(link, 'utf8')).toBe('new\n');
	});

	test('a read-only file: a clear message, and nothing changes', async () => {
		chmodSync(file, 0o444);
		const problem = await problemOf(replaceFile(file, Buffer.from('new\n')));
		expect(problem.kind).toBe('read-only');
		expect(problem.message).toBe(
			`reports.csv is read-only, so nothing was written and it was not changed; make it writable (chmod u+w ${file}) and try again`
		);
		expect(readFileSync(file, 'utf8')).toBe(OLD);
		expect(strays()).toEqual([]);
	});

	test('a read-only folder: a clear message, and nothing changes', async () => {
		chmodSync(dir, 0o555);
		const problem = await problemOf(replaceFile(file, Buffer.from('new\n')));
		expect(problem.kind).toBe('read-only');
		expect(problem.message).toBe(
			`the folder ${dir} is read-only, so reports.csv cannot be replaced safely and was not changed; make the folder writable and try again`
		);
		expect(readFileSync(file, 'utf8')).toBe(OLD);
		expect(strays()).toEqual([]);
	});

	/** File operations whose write of a temporary file stops half-way with `code`. */
	function failingWrite(code: string): FileOps {
		return {
			...NODE_FILE_OPS,
			async writeNew(target, data, options) {
				await NODE_FILE_OPS.writeNew(target, data.subarray(0, data.length >> 1), options);
				throw Object.assign(new Error(`${code}: injected`), { code });
			}
		};
	}

	test.each([
		{
			code: 'ENOSPC',
			kind: 'no-space',
			message:
				/^the disk is full \(ENOSPC\) while writing \.reports\.csv\.\d+\.[0-9a-f]+\.tmp, so nothing was written and reports\.csv was not changed; free some space and try again$/
		},
		{
			code: 'EROFS',
			kind: 'read-only',
			message:
				/^permission denied \(EROFS\) while writing .*: the file or its folder, .*, is read-only, so reports\.csv was not changed; make them writable and try again$/
		},
		{
			code: 'EIO',
			kind: 'failed',
			message: /^EIO: injected while writing .*; reports\.csv was not changed$/
		}
	])(
		'$code half-way through the write: $kind, nothing changes',
		async ({ code, kind, message }) => {
			const problem = await problemOf(
				replaceFile(file, Buffer.from(`${OLD}${'x'.repeat(1000)}\n`), { ops: failingWrite(code) })
			);
			expect(problem.kind).toBe(kind);
			expect(problem.message).toMatch(message);
			expect(readFileSync(file, 'utf8')).toBe(OLD);
			expect(strays()).toEqual([]);
		}
	);

	test('a file changed since it was read (an editor saved it) is not overwritten', async () => {
		const read = await readForChange(file);
		writeFileSync(file, `${OLD}saved in an editor\n`);
		const problem = await problemOf(
			replaceFile(file, Buffer.from('ours\n'), { expect: read.version })
		);
		expect(problem.kind).toBe('changed');
		expect(readFileSync(file, 'utf8')).toBe(`${OLD}saved in an editor\n`);
		expect(strays()).toEqual([]);
	});
});
