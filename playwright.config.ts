import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Chromium writes its profile, crash reports and temporary files under the repo (git ignores
// .cache/), so that tests run the same in a sandbox with a read-only or missing home folder.
for (const [name, folder] of [
	['XDG_CONFIG_HOME', 'xdg-config'],
	['XDG_CACHE_HOME', 'xdg-cache'],
	['TMPDIR', 'tmp']
] as const) {
	const dir = path.resolve('.cache', folder);
	mkdirSync(dir, { recursive: true });
	process.env[name] = dir;
}

/**
 * Debian's Chromium by default (see scripts/ensure-browser.mjs); CHROMIUM_PATH overrides it.
 * Without either, Playwright's own downloaded Chromium is used (`npx playwright install chromium`).
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

// E2E_PORT lets a second run (another checkout, a helper's build in BUILD_DIR/KIT_OUT_DIR) sit
// beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** The folder of fixture datasets the end-to-end builds read (HANDOVER_DATA). */
export const FIXTURE_DATA = path.resolve('tests/fixtures/datasets');

export default defineConfig({
	testDir: 'tests',
	// The generated 100,000-row site and the bad-input corpus have their own configs and servers:
	// tests/large/ and tests/corpus/.
	testIgnore: ['large/**', 'corpus/**'],
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				browserName: 'chromium',
				launchOptions: {
					executablePath,
					args: [
						'--no-sandbox',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--disable-quic',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: `npm run build && npm run preview -- --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}/`,
		// The site is built from the frozen fixtures, never from data/, which users edit (npm run
		// test:data checks that folder).
		env: { HANDOVER_DATA: FIXTURE_DATA },
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
