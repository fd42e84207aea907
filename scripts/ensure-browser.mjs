#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium to drive, before `playwright test` runs.
 *
 * Exit 0 when one exists: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own
 * download. Otherwise, as root on a machine with apt-get (CI, a container), install Debian's
 * `chromium` package; anywhere else, print how to get one and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

async function playwrightChromium() {
	try {
		const { chromium } = await import('@playwright/test');
		const file = chromium.executablePath();
		return file && existsSync(file) ? file : null;
	} catch {
		return null;
	}
}

/** @param {string} name */
function hasCommand(name) {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
	console.log(`ensure-browser: running: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (result.status !== 0) {
		console.error(`ensure-browser: '${command} ${args.join(' ')}' failed (exit ${result.status}).`);
		process.exit(1);
	}
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
	if (existsSync(fromEnv)) {
		console.log(`ensure-browser: using CHROMIUM_PATH=${fromEnv}`);
		process.exit(0);
	}
	console.error(
		`ensure-browser: CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. ` +
			'Point it at a Chromium executable, or unset it to use /usr/bin/chromium.'
	);
	process.exit(1);
}

if (existsSync(DEBIAN_CHROMIUM)) {
	console.log(`ensure-browser: using ${DEBIAN_CHROMIUM}`);
	process.exit(0);
}

const own = await playwrightChromium();
if (own) {
	console.log(`ensure-browser: using Playwright's Chromium at ${own}`);
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasCommand('apt-get')) {
	console.log(
		"ensure-browser: no Chromium found; installing Debian's chromium package with apt-get."
	);
	run('apt-get', ['update']);
	run('apt-get', ['install', '-y', 'chromium']);
	if (existsSync(DEBIAN_CHROMIUM)) {
		console.log(`ensure-browser: installed ${DEBIAN_CHROMIUM}`);
		process.exit(0);
	}
	console.error(`ensure-browser: apt-get finished, but ${DEBIAN_CHROMIUM} is still missing.`);
	process.exit(1);
}

console.error(`ensure-browser: the end-to-end tests need Chromium, and none was found.
Do one of these, then run the tests again:
  - On Debian or Ubuntu: sudo apt-get install chromium
  - Anywhere: npx playwright install chromium
  - Or point CHROMIUM_PATH at a Chromium or Chrome executable:
      CHROMIUM_PATH=/path/to/chromium npm run test:e2e`);
process.exit(1);
