/**
 * `npm run screenshots`: serves the built dist/ on localhost and saves the README screenshots
 * to docs/screenshots/ with headless Chromium: the home page (the dashboard), a service page, the
 * risk register, a scenario, the gaps page, who must act, a dependency view and the glossary at
 * 1280 px, and the home page, a plan, a go-bag, a scenario, the gaps page, one team's actions, a
 * role, a learning path, a tabletop pack and a dependency view on a 390 px phone, light and
 * dark. `npm run screenshots -- dependency-view` retakes only the screenshots whose names start
 * with one of the words given.
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
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.some((w) => name.startsWith(w));
const out = join(PROJECT_ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const { server, url } = await serveDir(join(PROJECT_ROOT, 'dist'));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [name, path, height] of [
  ['home', '', 2000],
  ['service', 'services/payments-api/', 1900],
  ['risks', 'risks/', 1000],
  ['scenario', 'scenarios/vendor-keyfort/', 1100],
  ['gaps', 'gaps/', 1000],
  ['actions', 'actions/', 900],
  ['glossary', 'glossary/', 1000],
  ['dependency-view', 'map/services/payments-api/', 1500],
] as const) {
  if (!wanted(name)) continue;
  const page = await browser.newPage({ viewport: { width: 1280, height } });
  await page.goto(`${url}${path}`);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
  await page.close();
}
for (const [name, path, height] of [
  ['home', '', 1100],
  ['plan', 'plans/warehouse-continuity/', 1500],
  ['go-bag', 'go-bags/warehouse-operations/', 1300],
  ['scenario', 'scenarios/vendor-keyfort/', 1300],
  ['gaps', 'gaps/', 1300],
  ['actions', 'actions/database/', 1300],
  ['role', 'roles/major-incident-manager/', 1300],
  ['learn', 'learn/responders/', 1100],
  ['tabletop', 'scenarios/location-dc-north/tabletop/', 1300],
  ['dependency-view', 'map/services/payments-api/', 1500],
] as const)
  for (const scheme of ['light', 'dark'] as const) {
    if (!wanted(name)) continue;
    const page = await browser.newPage({
      viewport: { width: 390, height },
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    await page.goto(`${url}${path}`);
    const file = `${name}-phone-${scheme}.png`;
    await page.screenshot({ path: join(out, file) });
    console.log(`docs/screenshots/${file}`);
    await page.close();
  }
await browser.close();
server.close();
