/**
 * The live reload under `vite dev` (tests/dev/*.e2e.ts): a development server on a copy of the
 * data (HANDOVER_DATA), whose files the tests edit. Its own port (E2E_DEV_PORT, default 5199)
 * and SvelteKit folder, so that it runs beside `npm start` and the other suites.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const PORT = Number(process.env.E2E_DEV_PORT ?? 5199);
// Relative to the repository root, where the tests run from (npm scripts, CI).
const DATA = path.resolve('.cache', `live-dev-data-${PORT}`);

// Copied once, by the process that starts the server (the workers inherit the variable).
if (process.env.LIVE_DEV_DATA !== DATA) {
	rmSync(DATA, { recursive: true, force: true });
	mkdirSync(DATA, { recursive: true });
	cpSync('tests/fixtures/datasets/karabakh-2023', path.join(DATA, 'karabakh-2023'), {
		recursive: true
	});
	process.env.LIVE_DEV_DATA = DATA;
}

export default defineConfig({
	...base,
	testDir: '.',
	// Not *.spec.ts: the main suite (playwright.config.ts, testDir tests/) must not run these.
	testMatch: '*.e2e.ts',
	testIgnore: [],
	outputDir: '../../.cache/test-results-dev',
	// The tests edit the same files: one at a time.
	fullyParallel: false,
	workers: 1,
	use: { ...base.use, baseURL: `http://localhost:${PORT}` },
	webServer: {
		command: `npx vite dev --port ${PORT} --strictPort`,
		cwd: '../..',
		url: `http://localhost:${PORT}/`,
		env: {
			HANDOVER_DATA: DATA,
			KIT_OUT_DIR: path.resolve('.cache', `live-dev-kit-${PORT}`),
			VITE_CACHE_DIR: path.resolve('.cache', `live-dev-vite-${PORT}`)
		},
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
