/**
 * `npm run screenshots`: serves the built dist/ on localhost and saves the README screenshots
 * (home page, a service page, the risk register) to docs/screenshots/ with headless Chromium.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from './serve.mjs';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
if (!executablePath)
  throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH.');
const out = join(PROJECT_ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const { server, url } = await serveDir(join(PROJECT_ROOT, 'dist'));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [name, path, height] of [
  ['home', '', 1100],
  ['service', 'services/payments-api/', 1900],
  ['risks', 'risks/', 1000],
] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height } });
  await page.goto(`${url}${path}`);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
server.close();
