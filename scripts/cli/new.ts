/**
 * `new <dataset>`: creates a dataset folder with the five CSV files' headers (the contract's
 * columns, from the schemas), dataset.json and a README.md on what to fill in. The folder is
 * made under a temporary name beside it and renamed into place, so that it appears whole or
 * not at all, and an existing folder is never touched.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from '../../src/lib/data/aggregate';
import { parseId } from '../../src/lib/data/cells';
import { CATEGORY_COLUMNS } from '../../src/lib/data/schema/categories';
import { ESTIMATE_COLUMNS } from '../../src/lib/data/schema/estimates';
import { EVENT_COLUMNS } from '../../src/lib/data/schema/events';
import { REPORT_COLUMNS } from '../../src/lib/data/schema/reports';
import { SOURCE_COLUMNS } from '../../src/lib/data/schema/sources';
import { BASES, DATASET_FILES, QUALIFIERS, SOURCE_KINDS } from '../../src/lib/data/types';
import { DEFAULT_STYLE, formatCsvRow } from '../../src/lib/data/write';
import { loadDatasetDir } from '../../src/lib/server/datasets';
import type { CommandContext } from './commands';
import { dataRootOf, datasetFolderOf, displayPath, REPO_ROOT } from './paths';
import { countLine, formatIssue } from './report';

/** The first part of the site's own addresses (`/methodology/`, `/ar/...`): a dataset cannot be called so. */
function reservedIds(): Set<string> {
	const reserved = new Set(['ar', 'en']);
	try {
		for (const entry of readdirSync(path.join(REPO_ROOT, 'src/routes'), { withFileTypes: true })) {
			if (entry.isDirectory() && !entry.name.startsWith('[') && !entry.name.startsWith('(')) {
				reserved.add(entry.name);
			}
		}
	} catch {
		// No routes folder (a copy of the scripts alone): the fixed names still hold.
	}
	return reserved;
}

/** Why `id` cannot name a dataset, or null when it can. */
export function datasetIdProblem(id: string): string | null {
	const parsed = parseId(id);
	if (!parsed.ok) {
		return `dataset id ${parsed.message} (the id is the folder's name and the address of its pages)`;
	}
	if (reservedIds().has(id)) {
		return `'${id}' cannot be a dataset id: the site's own pages use the address /${id}/; choose another id`;
	}
	return null;
}

const header = (columns: readonly { name: string }[]) =>
	formatCsvRow(
		columns.map((c) => c.name),
		DEFAULT_STYLE
	);

/** The README of a new dataset folder: what to fill in, in which order. */
export function datasetReadme(
	id: string,
	title: string,
	shownDir: string,
	addTarget: string
): string {
	return `# ${title}

This folder is the dataset \`${id}\` of Handover monitor: its pages are at \`/${id}/\`. The files
have their headers; fill them in, in this order, and check them with
\`npm run data -- check ${shownDir}\` (each problem is printed as \`file:line:column: message\`).

1. \`sources.csv\`: who gives figures, one row each. \`id\` (letters, digits, \`-\` and \`_\`: it is
   used in the other files), \`name\`, \`kind\` (one of ${SOURCE_KINDS.join(', ')}), \`side\` (whose
   account it is), \`url\`.
2. \`estimates.csv\`: the estimated totals that the handover should reach. \`target\` (an id, such as
   \`fighters\`), \`label\`, \`quantity\` (a whole number), \`qualifier\` (${QUALIFIERS.join(', ')}),
   \`date\` (\`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`), \`source\` (an id from sources.csv), \`url\`,
   \`quote\`, \`note\`.
3. \`categories.csv\`: the kinds of item counted. \`id\`, \`label\`, \`target\` (the estimate it counts
   toward, or empty), \`per_target\` (how many items one unit of the target stands for: 1 firearm
   per fighter), \`unit\`, \`assumption\` (what the page must say when \`per_target\` is an
   assumption), \`note\`, \`terms\` (the words that name it in a report's text,
   \`|\`-separated, with \`terms_ar\` and \`terms_ru\` beside it: \`npm run data -- extract\` finds
   figures by them; estimates.csv takes them too, for its target).
4. \`reports.csv\`: one row per figure a report gives. \`date\` (\`YYYY-MM-DD\`), \`source\`,
   \`category\`, \`quantity\` (empty when the report gives no number), \`qualifier\` (with a
   quantity), \`basis\` (${BASES.join(' or ')}), \`url\`, \`quote\`, \`note\`. Add a row, checked, with
   \`npm run data -- add ${addTarget}\`.
5. \`events.csv\` (may stay empty): dated events for the timeline. \`date\`, \`label\`, \`source\`,
   \`url\`, \`note\`.
6. \`dataset.json\`: the \`title\`, a \`description\` and a \`credit\` line.

Any text column (\`label\`, \`name\`, \`side\`, \`note\`, \`unit\`, \`assumption\`, and the texts of
dataset.json) may have an Arabic translation in a column beside it named with \`_ar\`
(\`label_ar\`). Excel, LibreOffice and Google Sheets files load as they are saved. The full
contract is in the repository's DEVELOPMENT.md, "The CSV contract".
`;
}

/**
 * `new <dataset> [--title text]`: 0 when the folder is made (and checks), 1 when it is refused
 * (an invalid id, an existing folder, a folder that cannot be written).
 */
export function newDataset(target: string, title: string | null, context: CommandContext): number {
	const dir = datasetFolderOf(target, { cwd: context.cwd, env: context.env ?? {} });
	const id = path.basename(dir);
	const shownDir = displayPath(dir, context.cwd);
	const refuse = (message: string) => {
		context.stderr.write(`error: ${message}; nothing was created\n`);
		return 1;
	};
	const idProblem = datasetIdProblem(id);
	if (idProblem !== null) return refuse(idProblem);
	if (existsSync(dir))
		return refuse(`${shownDir} already exists; choose another id, or remove it first`);
	const name = title?.trim() || id;
	const files: Record<string, string> = {
		[DATASET_FILES.sources]: header(SOURCE_COLUMNS),
		[DATASET_FILES.categories]: header(CATEGORY_COLUMNS),
		[DATASET_FILES.estimates]: header(ESTIMATE_COLUMNS),
		[DATASET_FILES.reports]: header(REPORT_COLUMNS),
		[DATASET_FILES.events]: header(EVENT_COLUMNS),
		[DATASET_FILES.meta]: `${JSON.stringify({ title: name, description: '', credit: '' }, null, '\t')}\n`,
		// Under the data folder the id is enough; elsewhere, the folder.
		'README.md': datasetReadme(
			id,
			name,
			shownDir,
			path.dirname(dir) === dataRootOf(context.env ?? {}, context.cwd)
				? `--dataset ${id}`
				: shownDir
		)
	};
	const parent = path.dirname(dir);
	let temp: string | null = null;
	try {
		mkdirSync(parent, { recursive: true });
		// Not mkdtemp, which makes the folder private (0700): the dataset gets the usual mode.
		temp = path.join(parent, `.${id}.new-${process.pid}-${randomBytes(4).toString('hex')}`);
		mkdirSync(temp);
		for (const [file, text] of Object.entries(files)) writeFileSync(path.join(temp, file), text);
		// Fails if the folder appeared meanwhile (and holds anything): it is never replaced.
		renameSync(temp, dir);
		temp = null;
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return refuse(`${shownDir} could not be created (${detail})`);
	} finally {
		if (temp !== null) rmSync(temp, { recursive: true, force: true });
	}

	const load = loadDatasetDir(id, dir, { today: context.today });
	const model = buildModel(load);
	context.stdout.write(
		`Created ${shownDir}/ with ${Object.keys(files).join(', ')}.\n` +
			`Fill them in as ${path.join(shownDir, 'README.md')} says, then run: npm run data -- check ${shownDir}\n`
	);
	for (const issue of model.issues) context.stdout.write(`${formatIssue(issue, shownDir)}\n`);
	context.stdout.write(`${countLine(model.issues, model.dataset)}\n`);
	return 0;
}
