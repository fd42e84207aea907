// The reader's Arabic-Indic digits from the first paint, on an Arabic page: before any of the
// page's own code runs, this (loaded in the head, not inline: the CSP allows no inline script)
// sets the `digits-arab` class and reshapes each text as the parser adds it. src/lib/digits.ts
// takes over once the page runs (it reads the originals kept here, to switch back to Latin).
// Its reshaping is arabicIndic of src/lib/digits.ts, repeated: a static file cannot import it.
(() => {
	const html = document.documentElement;
	if (html.lang !== 'ar') return;
	let digits = new URL(location.href).searchParams.get('digits');
	if (digits === null) {
		try {
			digits = localStorage.getItem('handover-monitor:digits');
		} catch {
			digits = null;
		}
	}
	if (digits !== 'arab') return;
	html.classList.add('digits-arab');
	const originals = new WeakMap();
	window.__handoverDigitsOriginals = originals;
	const KEEP = 'blockquote, q, code, pre, script, style, textarea, [data-digits="keep"]';
	const ARABIC = '٠١٢٣٤٥٦٧٨٩';
	const shape = (text) =>
		text.replace(/\d+(?:[.,]\d+)*%?/g, (n) =>
			n
				.replace(/\d/g, (d) => ARABIC[Number(d)])
				.replaceAll(',', '\u066c')
				.replaceAll('.', '\u066b')
				.replace('%', '\u066a')
		);
	const visit = (node) => {
		if (node.nodeType === Node.TEXT_NODE) {
			const parent = node.parentElement;
			const value = node.nodeValue ?? '';
			if (!parent || parent.closest(KEEP) || !/\d/.test(value)) return;
			originals.set(node, value);
			node.nodeValue = shape(value);
		} else if (node.nodeType === Node.ELEMENT_NODE) node.childNodes.forEach(visit);
	};
	const observer = new MutationObserver((records) => {
		for (const record of records) record.addedNodes.forEach(visit);
	});
	observer.observe(html, { childList: true, subtree: true });
	document.addEventListener(
		'DOMContentLoaded',
		() => {
			observer.disconnect();
			if (document.body) visit(document.body);
		},
		{ once: true }
	);
})();
