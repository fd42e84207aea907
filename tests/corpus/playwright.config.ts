/**
 * The bad-input corpus in a browser (issue 8, "Done when"): the site built with every case of
 * tests/fixtures/bad/ as a dataset (HANDOVER_DATA), served statically on port 4175, each case's
 * overview opened:
 *
 *   npm run test:e2e:corpus
 *
 * The build goes to .cache/corpus-build/ with its own SvelteKit folder, beside a normal build.
 * Browser and sandbox settings are the main config's.
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export const CORPUS_PORT = Number(process.env.E2E_CORPUS_PORT ?? 4175);

export default defineConfig({
	...base,
	testDir: '.',
	testIgnore: [],
	testMatch: '*.spec.ts',
	outputDir: '../../test-results/corpus',
	use: { ...base.use, baseURL: `http://localhost:${CORPUS_PORT}` },
	webServer: {
		command:
			'HANDOVER_DATA=tests/fixtures/bad BUILD_DIR=.cache/corpus-build KIT_OUT_DIR=.cache/corpus-kit ' +
			`npx vite build && node scripts/serve-static.mjs .cache/corpus-build --port ${CORPUS_PORT}`,
		cwd: '../..',
		url: `http://localhost:${CORPUS_PORT}/`,
		reuseExistingServer: false,
		timeout: 600_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
