import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './serve-static.mjs';
const dir = process.argv[2]; const urls = process.argv.slice(3);
const server = await serveStatic(dir, 0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const u of urls) {
  const page = await browser.newPage();
  const js = new Map(); const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', async (r) => { if (r.url().endsWith('.js')) { try { js.set(r.url(), gzipSync(await r.body(), { level: 9 }).length); } catch {} } });
  await page.goto(`http://localhost:${port}${u}`);
  await page.waitForSelector('html[data-hydrated]', { timeout: 10000 }).catch(() => errors.push('not hydrated'));
  await page.waitForLoadState('networkidle');
  const total = [...js.values()].reduce((a, b) => a + b, 0);
  console.log(u, (total / 1024).toFixed(1), 'KB', js.size, 'files', errors.slice(0, 5));
  for (const [k, v] of js) console.log('   ', k.replace(/.*immutable\//, ''), (v / 1024).toFixed(1));
  await page.close();
}
await browser.close(); server.close();
