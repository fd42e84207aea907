/**
 * The reader's choice of digits on the Arabic pages: Latin (0–9, the default, as every page is
 * prerendered) or Arabic-Indic (٠–٩). Every number on the page was written by Intl with Latin
 * digits on the server, the same on hydration; the choice then reshapes the digits of the text
 * in place, keeps reshaping what the page updates, and gives the charts the `ar-u-nu-arab`
 * locale (the `digits-arab` class on <html>, which app.css turns into `--locale`). A quote
 * keeps the digits its source wrote, and so does code (file positions, column names).
 */
export const DIGITS = ['latn', 'arab'] as const;
export type Digits = (typeof DIGITS)[number];

export const DIGITS_STORAGE_KEY = 'handover-monitor:digits';
const CLASS = 'digits-arab';

/** A stored or linked value as a choice; anything else is Latin. */
export function parseDigits(value: unknown): Digits {
	return value === 'arab' ? 'arab' : 'latn';
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * Latin digits as Arabic-Indic, with the Arabic separators inside a number, as Intl writes them
 * for `ar-EG`: "5,000" -> "٥٬٠٠٠", "8.5%" -> "٨٫٥٪".
 */
export function arabicIndic(text: string): string {
	return text.replace(/\d+(?:[.,]\d+)*%?/g, (number) =>
		number
			.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!)
			.replaceAll(',', '\u066c')
			.replaceAll('.', '\u066b')
			.replace('%', '\u066a')
	);
}

/** Where digits stay as written: the sources' words, code, and what is not text. */
const KEEP = 'blockquote, q, code, pre, script, style, textarea, [data-digits="keep"]';

/** Reshapes the digits of the text under `root`; remembers each text's original. */
function reshape(root: Node, originals: WeakMap<Text, string>): void {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest(KEEP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
	});
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const value = node.nodeValue ?? '';
		if (!/\d/.test(value)) continue;
		originals.set(node, value);
		node.nodeValue = arabicIndic(value);
	}
}

/**
 * Applies a choice to the page: returns a function that undoes it (puts back every text it
 * changed that the page has not rewritten since, and stops watching).
 */
export function applyDigits(digits: Digits): () => void {
	const html = document.documentElement;
	if (digits === 'latn') {
		html.classList.remove(CLASS);
		return () => {};
	}
	html.classList.add(CLASS);
	// The texts static/digits-early.js reshaped before the page ran, with their originals.
	const early = (globalThis as { __handoverDigitsOriginals?: WeakMap<Text, string> })
		.__handoverDigitsOriginals;
	const originals = early ?? new WeakMap<Text, string>();
	const root = document.body;
	const track = (node: Node) => {
		reshape(node, originals);
	};
	track(root);
	// Svelte rewrites a text node's value when the page updates (filters, live data): reshape
	// what changed. Reshaping is idempotent, so its own writes settle at once.
	const observer = new MutationObserver((records) => {
		for (const record of records) {
			if (record.type === 'characterData') track(record.target);
			else record.addedNodes.forEach(track);
		}
	});
	observer.observe(root, { subtree: true, childList: true, characterData: true });
	return () => {
		observer.disconnect();
		html.classList.remove(CLASS);
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (
			let node = walker.nextNode() as Text | null;
			node;
			node = walker.nextNode() as Text | null
		) {
			const original = originals.get(node);
			if (original !== undefined && node.nodeValue === arabicIndic(original)) {
				node.nodeValue = original;
			}
		}
	};
}

/** The stored choice; Latin when there is none or storage cannot be read. */
export function readDigits(storage: Pick<Storage, 'getItem'> | undefined): Digits {
	try {
		return parseDigits(storage?.getItem(DIGITS_STORAGE_KEY));
	} catch {
		return 'latn';
	}
}

/** Remembers the choice (Latin forgets it). */
export function storeDigits(
	storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
	digits: Digits
): void {
	try {
		if (digits === 'latn') storage?.removeItem(DIGITS_STORAGE_KEY);
		else storage?.setItem(DIGITS_STORAGE_KEY, digits);
	} catch {
		// Storage full or forbidden: the choice holds for this page.
	}
}
