import { describe, expect, test } from 'vitest';
import { errorCount, hasErrors } from './severity';

const error = { severity: 'error' } as const;
const warning = { severity: 'warning' } as const;

describe('errorCount and hasErrors', () => {
	test.each([
		{ issues: [], count: 0 },
		{ issues: [warning, warning], count: 0 },
		{ issues: [error], count: 1 },
		{ issues: [warning, error, warning, error, error], count: 3 }
	])('$count errors in $issues.length issues', ({ issues, count }) => {
		expect(errorCount(issues)).toBe(count);
		expect(hasErrors(issues)).toBe(count > 0);
	});
});
