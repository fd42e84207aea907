import { describe, expect, test } from 'vitest';
import { textTable } from './text-table';

describe('textTable', () => {
	test('names pad right, figures pad left', () => {
		expect(
			textTable([
				['page', 'KB'],
				['overview', '46.3'],
				['category', '108.9']
			])
		).toBe('page         KB\noverview   46.3\ncategory  108.9');
	});

	test('a rule under the header, two name columns', () => {
		expect(
			textTable(
				[
					['page', 'when', 'KB'],
					['timeline', 'before', '9.5']
				],
				{ leftColumns: 2, rule: true }
			)
		).toBe('page      when     KB\n--------  ------  ---\ntimeline  before  9.5');
	});
});
