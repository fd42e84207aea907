import { expect, test } from 'vitest';
import { cleanSvg } from './svg-clean';

test.each([
	[
		'drops attributes written as undefined',
		'<text text-decoration="undefined" x="1">a</text>',
		'<text x="1">a</text>'
	],
	['drops a path with no d', '<g><path fill="none" stroke="none"/></g>', '<g></g>'],
	['drops a path with an empty d', '<g><path d="" fill="red"/><path d="  "></path></g>', '<g></g>'],
	[
		'keeps a path that draws',
		'<path d="M 1 2 L 3 4" fill="red"/>',
		'<path d="M 1 2 L 3 4" fill="red"/>'
	],
	[
		'rounds long decimals in paths',
		'<path d="M 10.123456 20.987654 L -0.0001 3.5"/>',
		'<path d="M 10.12 20.99 L 0 3.5"/>'
	],
	[
		'leaves arcs alone',
		'<path d="M 1.123456 2 A 3.000001 3 0 0 1 1.1234 2"/>',
		'<path d="M 1.123456 2 A 3.000001 3 0 0 1 1.1234 2"/>'
	],
	[
		'rounds coordinates and transforms',
		'<text x="12.3456789" y="4.00001" transform="matrix(1, 0, 0, 1, 0.333333, 0)">a</text>',
		'<text x="12.35" y="4" transform="matrix(1, 0, 0, 1, 0.33, 0)">a</text>'
	],
	[
		'leaves text alone',
		'<text x="1">3.14159 and 2.718281</text>',
		'<text x="1">3.14159 and 2.718281</text>'
	]
])('%s', (_name, input, output) => {
	expect(cleanSvg(input)).toBe(output);
});
