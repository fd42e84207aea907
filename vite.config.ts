import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './scripts/paraglide.mjs';
import { dataPlugin } from './scripts/vite-plugin-data';
import { islandsPlugin } from './scripts/vite-plugin-islands';
import { saveReportPlugin } from './scripts/vite-plugin-save';

export default defineConfig({
	// A second dev server (tests/dev) keeps its pre-bundled dependencies apart, so that neither
	// re-optimises (and reloads) the other's pages.
	cacheDir: process.env.VITE_CACHE_DIR || undefined,
	plugins: [
		// Compiles messages/*.json into src/lib/paraglide (options: scripts/paraglide.mjs), again
		// on every change under `vite dev`. Not under Vitest, whose run it kept from exiting:
		// `npm run test:unit` compiles first (`npm run paraglide`).
		...(process.env.VITEST ? [] : [paraglideVitePlugin(paraglideOptions)]),
		...(process.env.VITEST ? [] : [islandsPlugin()]),
		sveltekit(),
		saveReportPlugin(),
		dataPlugin()
	],
	build: {
		rolldownOptions: {
			// Reading a property has no side effect in this code or its dependencies: without this,
			// Chart.js's unused scales stay in the chart chunk (their static fields read other
			// objects' properties), 4 KB gzip of every chart page's budget (issue 7).
			treeshake: { propertyReadSideEffects: false }
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// TZ pinned so that no test depends on the machine's time zone; HANDOVER_DATA so that no
		// test reads data/, which users edit (npm run test:data checks that folder instead).
		env: { TZ: 'UTC', HANDOVER_DATA: 'tests/fixtures/datasets' }
	}
});
