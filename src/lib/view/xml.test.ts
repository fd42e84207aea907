import { expect, test } from 'vitest';
import { xmlText } from './xml';

test.each([
	['plain', 'plain'],
	['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
	['Tom & "Jerry" \'s', 'Tom &amp; &quot;Jerry&quot; &apos;s'],
	[']]>', ']]&gt;'],
	['a\u0000b\u0001c\u0008d\u000Be\u001Ff', 'abcdef'],
	['tab\tline\nreturn\r', 'tab\tline\nreturn\r'],
	['\u202Eright-to-left override', '\u202Eright-to-left override'],
	['lone \uD800 surrogate \uDFFF', 'lone  surrogate '],
	['pair 😀 kept', 'pair 😀 kept'],
	['\uFFFE\uFFFF\uFFFD', '\uFFFD'],
	['أكثر من 800', 'أكثر من 800']
])('%j -> %j', (input, output) => {
	expect(xmlText(input)).toBe(output);
});
