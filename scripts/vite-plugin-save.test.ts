import { describe, expect, test } from 'vitest';
import { isSameOrigin, parseSaveRequest } from './vite-plugin-save';

describe('isSameOrigin', () => {
	test.each([
		[{ origin: 'http://localhost:5173', host: 'localhost:5173' }, true],
		[
			{ origin: 'http://localhost:5173', host: 'localhost:5173', 'sec-fetch-site': 'same-origin' },
			true
		],
		[{ origin: 'http://evil.example', host: 'localhost:5173' }, false],
		[{ origin: 'http://localhost:5174', host: 'localhost:5173' }, false],
		[
			{ origin: 'http://localhost:5173', host: 'localhost:5173', 'sec-fetch-site': 'cross-site' },
			false
		],
		[
			{ origin: 'http://localhost:5173', host: 'localhost:5173', 'sec-fetch-site': 'same-site' },
			false
		],
		[{ host: 'localhost:5173' }, false],
		[{ origin: 'null', host: 'localhost:5173' }, false]
	])('%j: %s', (headers, same) => {
		expect(isSameOrigin(headers)).toBe(same);
	});
});

describe('parseSaveRequest', () => {
	test('a dataset id and a draft of strings', () => {
		expect(
			parseSaveRequest(
				'{"dataset":"karabakh-2023","draft":{"date":"2023-09-24","quantity":"1000"}}'
			)
		).toEqual({ dataset: 'karabakh-2023', drafts: [{ date: '2023-09-24', quantity: '1000' }] });
	});

	test('a dataset id and several drafts, in order', () => {
		expect(
			parseSaveRequest(
				'{"dataset":"karabakh-2023","drafts":[{"date":"2023-09-24"},{"date":"2023-09-25"}]}'
			)
		).toEqual({
			dataset: 'karabakh-2023',
			drafts: [{ date: '2023-09-24' }, { date: '2023-09-25' }]
		});
	});

	test.each([
		['not JSON', '{"dataset":', 'The request body is not JSON.'],
		['not an object', '"x"', 'Expected {"dataset": "<id>", "drafts": [{...}]}.'],
		['no dataset', '{"draft":{}}', 'Expected "dataset": the id of a dataset folder.'],
		['no draft', '{"dataset":"d"}', 'Expected "draft": an object of column values.'],
		[
			'a draft that is a list',
			'{"dataset":"d","draft":[]}',
			'Expected "draft": an object of column values.'
		],
		[
			'a cell that is not text',
			'{"dataset":"d","draft":{"quantity":1000}}',
			'"draft.quantity" is not a string.'
		],
		['an empty list', '{"dataset":"d","drafts":[]}', 'Expected "drafts": a list of 1 to 200'],
		[
			'a list with a cell that is not text',
			'{"dataset":"d","drafts":[{"date":"x"},{"quantity":5}]}',
			'"drafts[1].quantity" is not a string.'
		]
	])('%s is refused', (_, body, message) => {
		expect(() => parseSaveRequest(body)).toThrow(message);
	});
});
