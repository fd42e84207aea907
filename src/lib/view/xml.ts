/**
 * Text for an XML 1.0 document (the Atom feeds): the five characters with a meaning escaped, and
 * the characters that XML 1.0 forbids anywhere (C0 controls but tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF) dropped, so that any CSV text makes a well-formed
 * document. `]]>` is harmless once its `>` is escaped; nothing here writes CDATA.
 */

// With the `u` flag a lone surrogate is one code point, outside every allowed range.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/**
 * `text` as XML character data or an attribute value.
 * @example xmlText('a < b & "c" ]]>\u0001') // 'a &lt; b &amp; &quot;c&quot; ]]&gt;'
 */
export function xmlText(text: string): string {
	return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
