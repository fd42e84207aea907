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
/** Where the corpus site is built: its own folder, unless E2E_CORPUS_DIR names another (a helper's). */
const DIR = process.env.E2E_CORPUS_DIR ?? '.cache/corpus';

export default defineConfig({
	...base,
	testDir: '.',
	testIgnore: [],
	testMatch: '*.spec.ts',
	outputDir: '../../test-results/corpus',
	use: { ...base.use, baseURL: `http://localhost:${CORPUS_PORT}` },
	webServer: {
		command:
			`HANDOVER_DATA=tests/fixtures/bad BUILD_DIR=${DIR}-build KIT_OUT_DIR=${DIR}-kit ` +
			`npx vite build && node scripts/serve-static.mjs ${DIR}-build --port ${CORPUS_PORT}`,
		cwd: '../..',
		url: `http://localhost:${CORPUS_PORT}/`,
		reuseExistingServer: false,
		timeout: 600_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
