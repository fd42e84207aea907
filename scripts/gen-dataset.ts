/**
 * Generates a large, realistic and valid dataset folder, for the large-dataset end-to-end tests,
 * the page budgets and the benchmark:
 *
 *   npm run gen -- --rows 100000 --out .cache/large-data/generated-100k [--seed 1] [--days 182]
 *
 * The folder gets the seed's categories and events (so labels and ids match `karabakh-2023`),
 * its sources plus three more, its estimates plus one generated estimate per target (scaled to
 * the generated figures, so that progress stays below 100%), a dataset.json whose title says the
 * data are generated, and a reports.csv of `rows` rows spread over `days` days from 2023-09-22.
 *
 * The reports are deterministic (a seeded PRNG) and load with no error and no warning:
 * - mostly increments, and per source and category periodic cumulative figures that never fall
 *   (every cumulative figure covers the source's true running total); one source (`monitors`)
 *   gives only cumulative figures, two (`az-mfa`, `press-pool`) only increments;
 * - never a cumulative figure and an increment, or two cumulative figures, from one source for
 *   one category on one day; every row's note is unique, so no row repeats another;
 * - every qualifier, some rows with no quantity, urls, quotes in Arabic, Russian, Azerbaijani and
 *   English, quoted fields with commas and escaped double quotes.
 *
 * Rows are built in chunks and streamed to disk, so a million rows (about 100 bytes each) take
 * a second or two and little memory. `reportChunks` and `reportsCsv` serve the benchmark.
 *
 * Why one file: the sources' specs, the figures' rules and the writers draw from one seeded stream
 * of random numbers, and the dataset is deterministic only while the order of those draws is kept;
 * spread over modules, that order would be easy to break unseen.
 */
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The seed dataset whose labels and ids the generated one shares: the tests' frozen copy, so that
 * what users keep in data/ never changes the generated data.
 */
export const SEED_DIR = fileURLToPath(
	new URL('../tests/fixtures/datasets/karabakh-2023/', import.meta.url)
);

export const REPORTS_HEADER =
	'date,source,category,quantity,qualifier,basis,url,quote,note,note_ar,quantity_high';

export interface GenerateOptions {
	/** How many report rows (the header not counted). */
	rows: number;
	/** The PRNG seed: the same seed and options give the same bytes. Default 1. */
	seed?: number;
	/** The first day, `YYYY-MM-DD`. Default 2023-09-22, the seed's first handover. */
	start?: string;
	/** Over how many days the rows are spread. Default 182 (about six months). */
	days?: number;
}

/** How a source reports: increments with a cumulative total now and then, or one kind only. */
type Mode = 'mixed' | 'increments' | 'cumulative';

interface SourceSpec {
	id: string;
	/** Relative share of the rows. */
	weight: number;
	mode: Mode;
	/** For `mixed`: a cumulative figure at most this often, in days. */
	every: number;
	/** Where its reports are published (a reserved example domain: the data are made up). */
	url: string;
}

const SOURCES: readonly SourceSpec[] = [
	{ id: 'ru-mod', weight: 28, mode: 'mixed', every: 7, url: 'https://example.org/ru-mod/' },
	{ id: 'az-mod', weight: 28, mode: 'mixed', every: 5, url: 'https://example.org/az-mod/' },
	{ id: 'az-gov', weight: 8, mode: 'mixed', every: 14, url: 'https://example.org/az-gov/' },
	{ id: 'az-mfa', weight: 4, mode: 'increments', every: 0, url: 'https://example.org/az-mfa/' },
	{
		id: 'karabakh-separatists',
		weight: 12,
		mode: 'mixed',
		every: 10,
		url: 'https://example.net/karabakh/'
	},
	{ id: 'press-pool', weight: 14, mode: 'increments', every: 0, url: 'https://example.com/pool/' },
	{ id: 'monitors', weight: 6, mode: 'cumulative', every: 1, url: 'https://example.org/jmc/' }
];

/** The sources that the seed lacks, as sources.csv rows (id,name,name_ar,kind,side,side_ar,url). */
export const EXTRA_SOURCES = [
	'az-mod,"Ministry of Defence, Azerbaijan",وزارة الدفاع الأذربيجانية,government,Azerbaijan,أذربيجان,https://example.org/az-mod/',
	'monitors,"Ceasefire monitors, joint centre (generated)",مراقبو وقف إطلاق النار (مولّد),international,"Joint monitoring, no side",مراقبة مشتركة بلا طرف,https://example.org/jmc/',
	'press-pool,"Press pool ""Karabakh Today"" (generated)",مجموعة صحفية (مولّدة),media,Independent media,إعلام مستقل,https://example.com/pool/'
];

interface CategorySpec {
	id: string;
	weight: number;
	/** The size of one handed-over batch: min..max, skewed toward min. */
	min: number;
	max: number;
	/** Words for the quotes. */
	en: string;
	ar: string;
	ru: string;
	az: string;
}

const CATEGORIES: readonly CategorySpec[] = [
	{
		id: 'firearms',
		weight: 55,
		min: 1,
		max: 12,
		en: 'firearms',
		ar: 'سلاحا ناريا',
		ru: 'единиц стрелкового оружия',
		az: 'odlu silah'
	},
	{
		id: 'ammunition',
		weight: 22,
		min: 20,
		max: 800,
		en: 'rounds of ammunition',
		ar: 'قطعة ذخيرة',
		ru: 'боеприпасов',
		az: 'sursat'
	},
	{
		id: 'armored_vehicles',
		weight: 6,
		min: 1,
		max: 2,
		en: 'armoured vehicles',
		ar: 'مركبة مدرعة',
		ru: 'единиц бронетехники',
		az: 'zirehli texnika'
	},
	{
		id: 'anti_tank_missiles',
		weight: 10,
		min: 1,
		max: 6,
		en: 'anti-armour missiles',
		ar: 'صاروخا مضادا للدروع',
		ru: 'противотанковых ракет',
		az: 'tank əleyhinə raket'
	},
	{
		id: 'manpads',
		weight: 7,
		min: 1,
		max: 3,
		en: 'MANPADS',
		ar: 'منظومة دفاع جوي محمولة',
		ru: 'ПЗРК',
		az: 'PZRK'
	}
];

/** The estimate target of each category that has one (as in the seed's categories.csv). */
const TARGET_OF: Readonly<Record<string, string>> = {
	firearms: 'fighters',
	armored_vehicles: 'tanks_and_armored_vehicles'
};

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Days from `start`, as `YYYY-MM-DD` (UTC, so the time zone never shifts a date). */
function isoDays(start: string, days: number): string[] {
	const first = Date.parse(`${start}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(first)) {
		throw new Error(`start must be a date as YYYY-MM-DD, such as 2023-09-22; got '${start}'`);
	}
	return Array.from({ length: days }, (_, d) =>
		new Date(first + d * 86_400_000).toISOString().slice(0, 10)
	);
}

/** A CSV field: quoted (with `"` doubled) when it holds a delimiter, a quote or a line break. */
function field(text: string): string {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 44 /* , */ || c === 34 /* " */ || c === 10 || c === 13 || c === 59 /* ; */) {
			return `"${text.replaceAll('"', '""')}"`;
		}
	}
	return text;
}

/** The state of one source's figures for one category. */
interface Group {
	source: SourceSpec;
	category: CategorySpec;
	/** The true number handed over so far (what a cumulative figure must cover). */
	truth: number;
	/** The highest lower bound of its cumulative figures so far: none may fall below it. */
	floor: number;
	/** The day index of its latest increment and of its latest cumulative figure. */
	incrementDay: number;
	cumulativeDay: number;
	/**
	 * The increments it stated on `incrementDay` ("12 exact"): a second increment that day
	 * states another figure, since the same figure twice reads as one report entered twice
	 * (a warning: src/lib/data/checks/double-count.ts).
	 */
	statedToday: Set<string>;
	/** The day of its previous cumulative figure, for the period of `mixed` sources. */
	lastCumulative: number;
}

/** A stated figure: quantity and qualifier cells, and quantity_high for a range. */
type Stated = [quantity: number, qualifier: string, high?: number];

/** An increment of `k` items, stated in one of the six ways a report may put it. */
function statedIncrement(k: number, r: number, r2: number): Stated {
	if (r < 0.62) return [k, 'exact'];
	if (r < 0.74) return [k >= 20 ? Math.round(k / 10) * 10 : k, 'about'];
	if (r < 0.8) return k >= 2 ? [k - 1, 'more_than'] : [k, 'exact'];
	if (r < 0.86) return [k, 'at_least'];
	if (r < 0.93) return [k + Math.floor(r2 * 3), 'at_most'];
	return [k + 1 + Math.floor(r2 * 3), 'fewer_than'];
}

/**
 * A cumulative figure for a true total `t`, never below `floor` (the highest lower bound of the
 * source's earlier cumulative figures), so that no figure reads as a correction. Returns the
 * stated figure and its lower bound.
 */
function statedCumulative(t: number, floor: number, r: number): [Stated, number] {
	const down = Math.floor(t / 10) * 10;
	if (r < 0.2 && t >= 100 && down >= floor) return [[down, 'about'], down];
	if (r < 0.3 && t >= 11) {
		const v = Math.floor((t - 1) / 10) * 10;
		return [[v, 'more_than'], v + 1];
	}
	if (r < 0.4 && t >= 10) return [[down, 'at_least'], down];
	if (r < 0.43) return [[Math.ceil(t / 10) * 10, 'at_most'], 0];
	if (r < 0.45) return [[Math.ceil((t + 1) / 10) * 10, 'fewer_than'], 0];
	if (r < 0.47 && t >= 10 && down >= floor) return [[down, 'between', down + 10], down];
	return [[t, 'exact'], t];
}

/** The quote cell for a row: usually empty; else the report's words in its own language. */
function quoteFor(category: CategorySpec, stated: Stated | null, r: number): string {
	const n = stated ? stated[0].toLocaleString('en-US') : null;
	if (r < 0.72) return '';
	if (r < 0.82) {
		return n
			? field(`وقال المتحدث إن المسلحين سلّموا ${stated![0]} ${category.ar}, والعملية مستمرة`)
			: field(`وسُلّم عدد من ${category.ar}، بحسب البيان`);
	}
	if (r < 0.9) {
		return n
			? field(`The statement said "${n} ${category.en}, more to follow"`)
			: field(`"Some ${category.en}" were handed over, the statement said`);
	}
	if (r < 0.95) return field(`Передано ${n ?? 'несколько'} ${category.ru}, сообщает пресс-служба`);
	return field(`${n ?? 'Bir neçə'} ${category.az} təhvil verilib`);
}

/**
 * The lines of reports.csv (header first), in chunks of about `chunkRows` rows, each chunk one
 * string ending in a line break. Deterministic for given options.
 */
export function* reportChunks(options: GenerateOptions, chunkRows = 2000): Generator<string> {
	const { rows, seed = 1, start = '2023-09-22', days = 182 } = options;
	if (!Number.isInteger(rows) || rows < 0) {
		throw new Error(`rows must be a whole number 0 or more; got ${rows}`);
	}
	if (!Number.isInteger(days) || days < 1) {
		throw new Error(`days must be a whole number 1 or more; got ${days}`);
	}
	const dates = isoDays(start, days);
	const random = prng(seed);

	const groups: Group[] = [];
	const weights: number[] = [];
	let totalWeight = 0;
	for (const source of SOURCES) {
		for (const category of CATEGORIES) {
			groups.push({
				source,
				category,
				truth: 0,
				floor: 0,
				incrementDay: -1,
				cumulativeDay: -1,
				statedToday: new Set(),
				// Staggered, so that the sources' weekly totals do not all fall on one day.
				lastCumulative: -Math.floor(random() * Math.max(1, source.every))
			});
			totalWeight += source.weight * category.weight;
			weights.push(totalWeight);
		}
	}
	const pick = (): Group => {
		const x = random() * totalWeight;
		let i = 0;
		while (weights[i]! <= x) i++;
		return groups[i]!;
	};
	const batch = ({ min, max }: CategorySpec): number => {
		const r = random();
		return min + Math.floor(r * r * (max - min + 1));
	};

	let chunk = `${REPORTS_HEADER}\n`;
	let inChunk = 0;
	for (let i = 0; i < rows; i++) {
		const day = Math.floor((i * days) / rows);
		let group = pick();
		let basis: 'increment' | 'cumulative' | null = null;
		// A group that already gave a cumulative figure today takes no other figure today, and a
		// cumulative figure waits for a day with no increment: try other groups first.
		for (let attempt = 0; attempt < 30 && basis === null; attempt++) {
			if (attempt > 0) group = pick();
			if (group.cumulativeDay === day) continue;
			const { mode, every } = group.source;
			if (mode === 'cumulative') basis = 'cumulative';
			else if (mode === 'increments') basis = 'increment';
			else if (group.incrementDay !== day && day - group.lastCumulative >= every) {
				basis = 'cumulative';
			} else basis = 'increment';
		}

		let stated: Stated | null = null;
		const r = random();
		if (basis === null || r < 0.02) {
			// A report that names the items but gives no number (also the rare fall-back when
			// every group tried is taken for the day): it counts in no sum, so it may go anywhere.
			basis = r < 0.01 ? 'cumulative' : 'increment';
		} else if (basis === 'increment') {
			let k = batch(group.category);
			const [r1, r2] = [random(), random()];
			if (group.incrementDay !== day) group.statedToday.clear();
			stated = statedIncrement(k, r1, r2);
			while (group.statedToday.has(stated.join(' '))) stated = statedIncrement(++k, r1, r2);
			group.statedToday.add(stated.join(' '));
			group.truth += k;
			group.incrementDay = day;
		} else {
			// Items handed over that the source had not yet reported one by one.
			// (At least one batch before a source's first cumulative figure: no "0 handed over".)
			const unreported = Math.floor(batch(group.category) * random() * 2);
			group.truth += group.truth === 0 ? Math.max(unreported, group.category.min) : unreported;
			const [figure, low] = statedCumulative(group.truth, group.floor, random());
			stated = figure;
			group.floor = Math.max(group.floor, low);
			group.cumulativeDay = day;
			group.lastCumulative = day;
		}

		const n = i + 1;
		const u = random();
		const url = u < 0.35 ? `${group.source.url}bulletins/${n}` : '';
		const quote = quoteFor(group.category, stated, random());
		// Unique per row, so that no row repeats another exactly.
		const v = random();
		const note = v < 0.15 ? `"Collection point ${1 + (n % 9)}, bulletin ${n}"` : `Bulletin ${n}`;
		const noteAr = v > 0.9 ? `النشرة ${n}` : '';
		chunk +=
			`${dates[day]},${group.source.id},${group.category.id},` +
			(stated ? `${stated[0]},${stated[1]}` : ',') +
			`,${basis},${url},${quote},${note},${noteAr},${stated?.[2] ?? ''}\n`;
		if (++inChunk === chunkRows) {
			yield chunk;
			chunk = '';
			inChunk = 0;
		}
	}
	if (chunk !== '') yield chunk;
}

/** The whole reports.csv as one string (for the benchmark, which parses it in memory). */
export function reportsCsv(options: GenerateOptions): string {
	let text = '';
	for (const chunk of reportChunks(options)) text += chunk;
	return text;
}

/**
 * Streams reports.csv to `file`, waiting for the stream to drain, so memory stays flat.
 * @returns the number of bytes written
 */
export async function writeReports(file: string, options: GenerateOptions): Promise<number> {
	const out = createWriteStream(file, { encoding: 'utf8' });
	let bytes = 0;
	const finished = new Promise<void>((resolve, reject) => {
		out.on('finish', resolve);
		out.on('error', reject);
	});
	for (const chunk of reportChunks(options)) {
		bytes += Buffer.byteLength(chunk);
		if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
	}
	out.end();
	await finished;
	return bytes;
}

/** Seed text with a trailing line break, so that rows can be appended. */
function seedFile(name: string): string {
	const text = readFileSync(path.join(SEED_DIR, name), 'utf8');
	return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * One generated estimate per target, dated after the seed's, sized from the figures that the
 * options generate (so the progress bars show a realistic share, not thousands of per cent),
 * in the seed's estimates.csv columns (its terms left empty).
 */
function generatedEstimates(options: GenerateOptions): string[] {
	const { rows } = options;
	const sourceWeight = SOURCES.reduce((sum, s) => sum + s.weight, 0);
	const categoryWeight = CATEGORIES.reduce((sum, c) => sum + c.weight, 0);
	const top = Math.max(...SOURCES.map((s) => s.weight)) / sourceWeight;
	const lines: string[] = [];
	for (const category of CATEGORIES) {
		const target = TARGET_OF[category.id];
		if (!target) continue;
		// Expected batch size of min + floor(r² (max - min + 1)): about min + (max - min) / 3.
		const mean = category.min + (category.max - category.min + 1) / 3;
		const expected = rows * top * (category.weight / categoryWeight) * mean * 1.5;
		const rounded = Math.max(10, Number(expected.toPrecision(2)));
		lines.push(
			`${target},${target === 'fighters' ? 'Fighters to disarm (generated)' : 'Tanks and armoured vehicles (generated)'},` +
				`${target === 'fighters' ? 'المسلحون المطلوب نزع سلاحهم (مولّد)' : 'الدبابات والمدرعات (مولّد)'},` +
				`${rounded},about,2023-10,az-mod,,,"A generated estimate, sized to the generated figures; not a real one.",تقدير مولّد لا يستند إلى مصدر حقيقي.,,,`
		);
	}
	return lines;
}

/** A few dated events across the generated months, for the timeline's marks. */
function generatedEvents(dates: readonly string[]): string[] {
	const events: string[] = [];
	for (let d = 14, k = 1; d < dates.length; d += 30, k++) {
		events.push(
			`${dates[d]},"Collection point ${k} opens, with monitors present",فتح نقطة التجميع ${k} بحضور المراقبين,monitors,,Generated event.,حدث مولّد.`
		);
	}
	return events;
}

/**
 * Writes a whole dataset folder to `dir` (created if needed; existing files are replaced).
 * @returns the number of report rows and the bytes of reports.csv
 */
export async function writeDataset(
	dir: string,
	options: GenerateOptions
): Promise<{ rows: number; reportBytes: number }> {
	mkdirSync(dir, { recursive: true });
	const { start = '2023-09-22', days = 182 } = options;

	writeFileSync(path.join(dir, 'categories.csv'), seedFile('categories.csv'));
	writeFileSync(
		path.join(dir, 'sources.csv'),
		seedFile('sources.csv') + EXTRA_SOURCES.join('\n') + '\n'
	);
	writeFileSync(
		path.join(dir, 'estimates.csv'),
		seedFile('estimates.csv') + generatedEstimates(options).join('\n') + '\n'
	);
	writeFileSync(
		path.join(dir, 'events.csv'),
		seedFile('events.csv') + generatedEvents(isoDays(start, days)).join('\n') + '\n'
	);

	const meta = JSON.parse(seedFile('dataset.json')) as Record<string, string>;
	const rows = options.rows.toLocaleString('en-US');
	meta.title = `${meta.title} (generated test data, ${rows} rows)`;
	meta.title_ar = `${meta.title_ar} (بيانات اختبار مولّدة)`;
	meta.description =
		`Generated test data: ${rows} made-up reports with the categories and sources of the ` +
		`bundled dataset, for testing the dashboard at scale. These are not real figures.`;
	meta.description_ar = 'بيانات اختبار مولّدة: تقارير مختلقة لاختبار اللوحة، وليست أرقاما حقيقية.';
	meta.credit = 'Generated by scripts/gen-dataset.ts. Not real figures.';
	meta.credit_ar = 'ولّدها scripts/gen-dataset.ts. ليست أرقاما حقيقية.';
	writeFileSync(path.join(dir, 'dataset.json'), `${JSON.stringify(meta, null, '\t')}\n`);

	const reportBytes = await writeReports(path.join(dir, 'reports.csv'), options);
	return { rows: options.rows, reportBytes };
}

const USAGE = `usage: npm run gen -- --out <dataset-dir> [--rows 100000] [--seed 1] [--days 182] [--start 2023-09-22]

Writes a generated dataset folder (the seed's categories, sources and events, and <rows> made-up
reports) to <dataset-dir>. The folder's name is the dataset id.`;

/** Parses `--name value` pairs; throws with the usage on anything else. */
export function parseGenArgs(argv: readonly string[]): GenerateOptions & { out: string } {
	const values = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const name = argv[i]!;
		const value = argv[i + 1];
		if (!['--out', '--rows', '--seed', '--days', '--start'].includes(name) || value === undefined) {
			throw new Error(`unexpected argument '${name}'\n${USAGE}`);
		}
		values.set(name, value);
		i++;
	}
	const out = values.get('--out');
	if (!out) throw new Error(`--out is required\n${USAGE}`);
	const whole = (name: string, fallback: number): number => {
		const text = values.get(name);
		if (text === undefined) return fallback;
		const n = Number(text.replaceAll('_', ''));
		if (!Number.isInteger(n) || n < 0) {
			throw new Error(`${name} must be a whole number; got '${text}'\n${USAGE}`);
		}
		return n;
	};
	return {
		out,
		rows: whole('--rows', 100_000),
		seed: whole('--seed', 1),
		days: whole('--days', 182),
		start: values.get('--start') ?? '2023-09-22'
	};
}

async function main(argv: readonly string[]): Promise<number> {
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(USAGE);
		return 0;
	}
	let options: ReturnType<typeof parseGenArgs>;
	try {
		options = parseGenArgs(argv);
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 2;
	}
	const began = performance.now();
	// Relative to the folder the command was typed in (npm run moves to the repository root).
	const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
	const { rows, reportBytes } = await writeDataset(out, options);
	const ms = performance.now() - began;
	console.log(
		`wrote ${options.out}: ${rows.toLocaleString('en-US')} reports, ` +
			`${(reportBytes / 1e6).toFixed(1)} MB reports.csv, in ${(ms / 1000).toFixed(2)} s`
	);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = await main(process.argv.slice(2));
}
