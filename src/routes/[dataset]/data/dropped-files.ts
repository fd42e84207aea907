/**
 * The files of a drop or a file input, with their paths inside any dropped folder. A folder
 * is walked with the File System entries API (`webkitGetAsEntry`), which every current browser
 * has; a drop without entries (a synthetic one, an old browser) falls back to its files.
 */
import type { PickedFile } from '$lib/view/data-page';

const picked = (file: File, path = file.webkitRelativePath || file.name): PickedFile<File> => ({
	path,
	size: file.size,
	file
});

/** The files chosen in an `<input type="file">`, a folder input's with their relative paths. */
export function filesOfInput(input: HTMLInputElement): PickedFile<File>[] {
	return [...(input.files ?? [])].map((file) => picked(file));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
	return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder: readEntries gives them in batches (100 in Chromium) until none. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
	const reader = folder.createReader();
	const all: FileSystemEntry[] = [];
	for (;;) {
		const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
			reader.readEntries(resolve, reject)
		);
		if (batch.length === 0) return all;
		all.push(...batch);
	}
}

/** The files under an entry, depth first. Deeper than `depth` folders is not a dataset. */
async function walk(entry: FileSystemEntry, depth: number): Promise<PickedFile<File>[]> {
	const path = entry.fullPath.replace(/^\//, '');
	if (entry.isFile) return [picked(await fileOf(entry as FileSystemFileEntry), path)];
	if (!entry.isDirectory || depth === 0) return [];
	const children = await entriesOf(entry as FileSystemDirectoryEntry);
	const files = await Promise.all(children.map((child) => walk(child, depth - 1)));
	return files.flat();
}

/**
 * The files of a drop. Call it from the drop handler itself: the browser empties the
 * DataTransfer once the handler returns, so the entries are taken at once and read after.
 */
export function filesOfDrop(transfer: DataTransfer): Promise<PickedFile<File>[]> {
	const entries: FileSystemEntry[] = [];
	const loose: File[] = [];
	for (const item of transfer.items) {
		if (item.kind !== 'file') continue;
		const entry = item.webkitGetAsEntry?.() ?? null;
		if (entry) entries.push(entry);
		else {
			const file = item.getAsFile();
			if (file) loose.push(file);
		}
	}
	// A dataset folder, or a folder of dataset folders: two levels is enough.
	return Promise.all(entries.map((entry) => walk(entry, 2))).then((found) => [
		...found.flat(),
		...loose.map((file) => picked(file))
	]);
}
