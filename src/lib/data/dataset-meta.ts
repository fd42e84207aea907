/**
 * `dataset.json`, the dataset's title, description and credit (each with its translations), and
 * where a key is written in it (for an issue's position). A missing file is a warning and a file
 * that does not read an error; either way the title falls back to the dataset's id.
 */
import * as v from 'valibot';
import { said, type Said } from './issue';
import { parseJson } from './json';
import { translationOf, type LocalizedInput } from './schema/fields';
import { META } from './schema/meta';
import { DATASET_FILES, type DataIssue, type DatasetFiles, type DatasetMeta } from './types';

/** Where `"key"` is written in the JSON text, for an issue about its value. */
export function keyPosition(text: string, key: string): { line: number; column: number } {
	const at = text.indexOf(`"${key}"`);
	if (at === -1) return { line: 1, column: 0 };
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	return { line, column: at - before.lastIndexOf('\n') };
}

/** `dataset.json` -> the metadata; the title falls back to the dataset id. */
export function readMeta(id: string, files: DatasetFiles, issues: DataIssue[]): DatasetMeta {
	const file = DATASET_FILES.meta;
	const fallback: DatasetMeta = {
		title: { value: id, translations: {} },
		description: null,
		credit: null
	};
	const raw = files[file];
	const issue = (
		line: number,
		column: number,
		text: Said,
		severity: DataIssue['severity'] = 'error'
	) => issues.push({ file, line, column, ...text, severity });
	if (raw === undefined) {
		issue(0, 0, said('issue_meta_missing', { id }), 'warning');
		return fallback;
	}
	const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	const json = parseJson(text);
	if (!json.ok) {
		issue(json.line, json.column, json.problem);
		return fallback;
	}
	const object = json.value;
	if (typeof object !== 'object' || object === null || Array.isArray(object)) {
		issue(1, 1, said('issue_meta_not_object', {}));
		return fallback;
	}
	const entries = Object.entries(object as Record<string, unknown>);
	const input: Record<string, LocalizedInput> = {};
	for (const { name } of META.columns) {
		const localized: LocalizedInput = { value: '', translations: {} };
		for (const [key, value] of entries) {
			const lang = key === name ? '' : translationOf(name, key);
			if (lang === null) continue;
			if (typeof value !== 'string') {
				const at = keyPosition(text, key);
				issue(at.line, at.column, said('issue_meta_not_text', { key }));
			} else if (lang === '') localized.value = value.trim();
			else if (value.trim() !== '') localized.translations[lang] = value.trim();
		}
		input[name] = localized;
	}
	if (input.title!.value === '') {
		if (!entries.some(([key, value]) => key === 'title' && typeof value !== 'string')) {
			const at = keyPosition(text, 'title');
			issue(at.line, at.column, said('issue_meta_no_title', {}));
		}
		input.title = fallback.title;
	}
	// Only the title can fail the schema, and it has just been made non-empty.
	return v.parse(META.schema, input);
}
