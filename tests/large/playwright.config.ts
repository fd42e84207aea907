/**
 * End-to-end tests on a generated dataset of 100,000 reports (issue 3, "Done when"; issue 7, 4):
 *
 *   npm run test:e2e:large
 *
 * The web server command generates the data into .cache/large-data/generated-100k/ (not
 * committed), builds the site into .cache/large-build/ (with its own SvelteKit folder, so a
 * normal build can run beside it), prints the build time and serves the folder on port 4174
 * (scripts/large-site.ts). Browser and sandbox settings are the main config's.
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';
import { LARGE } from '../../scripts/large-site';

export default defineConfig({
	...base,
	testDir: '.',
	testIgnore: [],
	testMatch: '*.spec.ts',
	outputDir: '../../test-results/large',
	// Pages with 100,000 rows behind them: more time for each than the small site needs.
	timeout: 60_000,
	use: { ...base.use, baseURL: `http://localhost:${LARGE.port}` },
	webServer: {
		command: `npx tsx scripts/large-site.ts --serve --port ${LARGE.port}`,
		cwd: '../..',
		url: `http://localhost:${LARGE.port}/`,
		reuseExistingServer: false,
		timeout: 600_000,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
