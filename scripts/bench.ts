/**
 * The data pipeline's benchmark (issue 7, item 1): `npm run bench [-- --rows 1000000 --runs 5]`.
 *
 * Generates a realistic dataset folder (scripts/gen-dataset.ts: a reports.csv of `--rows` rows,
 * about 110 bytes each, with quoted fields holding commas and escaped quotes, Arabic, Russian
 * and Azerbaijani text, seven sources, both bases) in a temporary folder, then measures, in one
 * run, alternating, each `--runs` times (median reported):
 *
 * - papaparse: bare `Papa.parse(text, { header: false })` of reports.csv (the floor);
 * - pipeline: the project's whole pipeline on the folder's files, `buildModel(loadDataset(...))`
 *   (parse, validate, cross-file checks, model, aggregation).
 *
 * Each measurement runs in a fresh child process (`node --expose-gc`), which reads the files
 * first (not timed), collects garbage, notes its resident set size (RSS) as the baseline, then
 * runs the work once. Time: `performance.now()` around the work. Peak memory: the peak RSS
 * during the work minus the baseline. On Linux the kernel's own high-water mark is read: it is
 * reset after the baseline (`/proc/self/clear_refs`, "5") and read as `VmHWM` from
 * `/proc/self/status` afterwards, so nothing is missed between samples. Elsewhere a worker
 * thread samples `process.memoryUsage.rss()` every 2 ms. The file's text itself is in the
 * baseline (V8 holds it as UTF-16 when it has non-ASCII characters: about twice its bytes).
 *
 * Prints a table, and last one JSON line:
 * `{"rows":1000000,"file_mb":…,"papaparse_ms":…,"pipeline_ms":…,"ratio":…,"pipeline_peak_mb":…,…}`.
 * Goals: ratio <= 1.5, pipeline peak <= 4x the file size, the extractor (bench-extract.ts) at
 * most 50 ms on a 10,000-word text; `--check` exits 1 when one is missed. `--extract` runs only
 * the extractor.
 * `--keep <dir>` generates into (or reuses) `<dir>` and keeps it, instead of a temporary folder.
 *
 * Why one file: one command; the parent that alternates the runs and the child that measures one
 * are the same script (it runs itself), so that both read the same code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import { buildModel } from '../src/lib/data/aggregate';
import { loadDataset } from '../src/lib/data/load';
import { DATASET_FILES } from '../src/lib/data/types';
import { benchExtract, EXTRACT_GOAL_MS, type ExtractBench } from './bench-extract';
import { writeDataset } from './gen-dataset';
import { textTable } from './text-table';

const SELF = fileURLToPath(import.meta.url);
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;
const GOAL = { ratio: 1.5, peakTimesFile: 4 } as const;
const DATASET_ID = 'bench';

type Kind = 'papaparse' | 'pipeline';

/** What one child process reports. */
interface Sample {
	kind: Kind;
	ms: number;
	/** Peak RSS during the work minus the RSS before it, in bytes. */
	peak: number;
	/** Heap in use after the work with its result still held, minus before, in bytes. */
	retained: number;
	/** Rows papaparse gave, or reports the pipeline loaded. */
	rows: number;
	/** Errors and warnings the pipeline found (0 for papaparse): the generated data is clean. */
	issues: number;
	method: string;
}

// ------------------------------------------------------------------------------------------
// The child: one measurement.
// ------------------------------------------------------------------------------------------

const gc = (): void => {
	const collect = (globalThis as { gc?: () => void }).gc;
	if (!collect) throw new Error('run the child with node --expose-gc');
	collect();
	collect();
};

/** The kernel's peak-RSS counter, reset now; null where there is none (not Linux). */
function resetKernelPeak(): boolean {
	try {
		writeFileSync('/proc/self/clear_refs', '5');
		return /VmHWM:\s+\d+/.test(readFileSync('/proc/self/status', 'utf8'));
	} catch {
		return false;
	}
}

function kernelPeak(): number {
	const m = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
	return Number(m![1]) * 1024;
}

/** A thread that samples the process's RSS while the main thread is busy. */
function startSampler(): { stop: () => Promise<number> } {
	const worker = new Worker(
		`const { parentPort } = require('node:worker_threads');
		let peak = 0;
		const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
		parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
		{ eval: true }
	);
	return {
		stop: () =>
			new Promise<number>((resolve) => {
				worker.once('message', (peak: number) => {
					void worker.terminate();
					resolve(peak);
				});
				worker.postMessage('stop');
			})
	};
}

async function child(kind: Kind, dir: string): Promise<void> {
	const files: Record<string, string> = {};
	for (const name of Object.values(DATASET_FILES)) {
		const file = path.join(dir, name);
		if (existsSync(file)) files[name] = readFileSync(file, 'utf8');
	}
	const text = files[DATASET_FILES.reports]!;
	const work =
		kind === 'papaparse'
			? () => {
					const result = Papa.parse<string[]>(text, { header: false });
					return { result, rows: result.data.length, issues: 0 };
				}
			: () => {
					const model = buildModel(loadDataset(DATASET_ID, files));
					return { result: model, rows: model.dataset.reports.length, issues: model.issues.length };
				};

	gc();
	const baseRss = process.memoryUsage.rss();
	const baseHeap = process.memoryUsage().heapUsed;
	const kernel = resetKernelPeak();
	const sampler = kernel ? null : startSampler();
	const began = performance.now();
	const done = work();
	const ms = performance.now() - began;
	const peakRss = kernel
		? kernelPeak()
		: Math.max(await sampler!.stop(), process.memoryUsage.rss());
	gc();
	const retained = process.memoryUsage().heapUsed - baseHeap;
	const sample: Sample = {
		kind,
		ms,
		peak: Math.max(0, peakRss - baseRss),
		retained,
		rows: done.rows,
		issues: done.issues,
		method: kernel
			? 'peak RSS (kernel VmHWM, reset before the work) minus RSS before it'
			: 'peak RSS (sampled every 2 ms by a worker thread) minus RSS before it'
	};
	// Keep the result alive up to here, so that `retained` counts it.
	if (done.result === null) throw new Error('unreachable');
	process.stdout.write(`${JSON.stringify(sample)}\n`);
}

// ------------------------------------------------------------------------------------------
// The parent: generate, alternate, summarise.
// ------------------------------------------------------------------------------------------

function runChild(kind: Kind, dir: string): Sample {
	const out = execFileSync(
		process.execPath,
		['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', SELF, '--child', kind, dir],
		{ cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * MB, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	const line = out.trim().split('\n').at(-1)!;
	return JSON.parse(line) as Sample;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

interface Options {
	rows: number;
	runs: number;
	check: boolean;
	keep: string | null;
	/** `--extract`: only the extractor's benchmark (bench-extract.ts), no generated dataset. */
	extract: boolean;
}

const USAGE = `usage: npm run bench [-- --rows 1000000] [--runs 5] [--check] [--keep <dir>] [--extract]`;

function parseArgs(argv: readonly string[]): Options {
	const options: Options = { rows: 1_000_000, runs: 5, check: false, keep: null, extract: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--check') options.check = true;
		else if (arg === '--extract') options.extract = true;
		else if (arg === '--rows' || arg === '--runs') {
			const n = Number((argv[++i] ?? '').replaceAll('_', ''));
			if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a whole number\n${USAGE}`);
			options[arg === '--rows' ? 'rows' : 'runs'] = n;
		} else if (arg === '--keep' && argv[i + 1]) options.keep = path.resolve(argv[++i]!);
		else throw new Error(`unexpected argument '${arg}'\n${USAGE}`);
	}
	return options;
}

async function main(argv: readonly string[]): Promise<number> {
	let options: Options;
	try {
		options = parseArgs(argv);
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 2;
	}
	if (options.extract) {
		const bench = reportExtract();
		console.log(JSON.stringify({ extract_words: bench.words, extract_ms: bench.median_ms }));
		return options.check && bench.median_ms > EXTRACT_GOAL_MS ? 1 : 0;
	}
	const temp = options.keep ? null : mkdtempSync(path.join(tmpdir(), 'handover-bench-'));
	const dir = options.keep ?? path.join(temp!, DATASET_ID);
	try {
		const reports = path.join(dir, DATASET_FILES.reports);
		if (!options.keep || !existsSync(reports)) {
			const began = performance.now();
			await writeDataset(dir, { rows: options.rows });
			console.log(
				`generated ${options.rows.toLocaleString('en-US')} rows in ${((performance.now() - began) / 1000).toFixed(1)} s: ${dir}`
			);
		}
		const fileBytes = statSync(reports).size;
		console.log(
			`reports.csv: ${(fileBytes / MB).toFixed(1)} MB; ${options.runs} runs of each, alternating, one child process per run`
		);

		const samples: Record<Kind, Sample[]> = { papaparse: [], pipeline: [] };
		for (let run = 0; run < options.runs; run++) {
			// Alternate which goes first, so neither always runs on a cooler or warmer machine.
			const order: Kind[] = run % 2 === 0 ? ['papaparse', 'pipeline'] : ['pipeline', 'papaparse'];
			for (const kind of order) {
				const sample = runChild(kind, dir);
				samples[kind].push(sample);
				console.log(
					`  run ${run + 1} ${kind.padEnd(9)} ${sample.ms.toFixed(0).padStart(6)} ms  peak +${(sample.peak / MB).toFixed(0)} MB`
				);
			}
		}

		const stats = (kind: Kind) => {
			const list = samples[kind];
			return {
				ms: median(list.map((s) => s.ms)),
				min: Math.min(...list.map((s) => s.ms)),
				max: Math.max(...list.map((s) => s.ms)),
				peak: median(list.map((s) => s.peak)),
				retained: median(list.map((s) => s.retained)),
				rows: list[0]!.rows,
				issues: list[0]!.issues
			};
		};
		const papa = stats('papaparse');
		const pipe = stats('pipeline');
		const fileMb = fileBytes / MB;
		const ratio = pipe.ms / papa.ms;
		const peakTimes = pipe.peak / fileBytes;

		console.log('');
		console.log(
			textTable([
				['', 'median ms', 'min ms', 'max ms', 'peak MB', 'x file', 'retained MB', 'rows', 'issues'],
				...(
					[
						['Papa.parse (floor)', papa],
						['pipeline (load + model)', pipe]
					] as const
				).map(([label, s]) => [
					label,
					s.ms.toFixed(0),
					s.min.toFixed(0),
					s.max.toFixed(0),
					(s.peak / MB).toFixed(0),
					(s.peak / fileBytes).toFixed(2),
					(s.retained / MB).toFixed(0),
					s.rows.toLocaleString('en-US'),
					String(s.issues)
				])
			])
		);
		console.log('');
		console.log(`file: ${fileMb.toFixed(1)} MB; memory: ${samples.pipeline[0]!.method}`);
		const ratioOk = ratio <= GOAL.ratio;
		const peakOk = peakTimes <= GOAL.peakTimesFile;
		const extract = reportExtract();
		const extractOk = extract.median_ms <= EXTRACT_GOAL_MS;
		console.log(
			`ratio pipeline / papaparse: ${ratio.toFixed(2)} (goal <= ${GOAL.ratio}: ${ratioOk ? 'met' : 'MISSED'}); ` +
				`pipeline peak: ${peakTimes.toFixed(2)}x the file (goal <= ${GOAL.peakTimesFile}x: ${peakOk ? 'met' : 'MISSED'})`
		);
		console.log(
			JSON.stringify({
				rows: options.rows,
				file_mb: round(fileMb, 1),
				papaparse_ms: round(papa.ms),
				pipeline_ms: round(pipe.ms),
				ratio: round(ratio, 2),
				pipeline_peak_mb: round(pipe.peak / MB),
				papaparse_peak_mb: round(papa.peak / MB),
				pipeline_peak_x_file: round(peakTimes, 2),
				runs: options.runs,
				extract_words: extract.words,
				extract_ms: extract.median_ms
			})
		);
		return options.check && !(ratioOk && peakOk && extractOk) ? 1 : 0;
	} finally {
		if (temp) rmSync(temp, { recursive: true, force: true });
	}
}

/** The extractor's benchmark, run and printed (its goal too). */
function reportExtract(): ExtractBench {
	const bench = benchExtract();
	const ok = bench.median_ms <= EXTRACT_GOAL_MS;
	console.log(
		`extractor: ${bench.words.toLocaleString('en-US')} words, ${bench.figures} figures: median ${bench.median_ms} ms ` +
			`(min ${bench.min_ms}, max ${bench.max_ms}; goal <= ${EXTRACT_GOAL_MS} ms: ${ok ? 'met' : 'MISSED'})`
	);
	return bench;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const argv = process.argv.slice(2);
	if (argv[0] === '--child') await child(argv[1] as Kind, argv[2]!);
	else process.exitCode = await main(argv);
}
