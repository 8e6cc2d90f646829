/**
 * Child of bench.ts: serves a built site on localhost and measures in Chromium what a reader
 * downloads: JavaScript on a record page before any interaction, and everything the first
 * search costs (gzip sizes, as a server would send them).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { serveDir } from './serve.mjs';

const dir = process.argv[2];
// A record page to measure: the sample's ledger database, or the first service of another site.
const recordPath = existsSync(`${dir}/services/ledger-db/index.html`)
  ? 'services/ledger-db/'
  : `services/${readdirSync(`${dir}/services`).find((n) => existsSync(`${dir}/services/${n}/index.html`))}/`;
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
if (!executablePath) {
  console.log('BENCH-WEB {"skipped":"no Chromium"}');
  process.exit(0);
}
const { server, url } = await serveDir(dir);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

async function measure(
  page: Page,
  act: () => Promise<void>,
  filter: (url: string, type: string) => boolean,
) {
  let bytes = 0;
  let count = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (!filter(r.url(), type)) return;
    pending.push(
      r
        .body()
        .then((b) => {
          bytes += gzipSync(b).length;
          count++;
        })
        .catch(() => {}),
    );
  });
  await act();
  await Promise.all(pending);
  return { kb: bytes / 1024, count };
}

const record = await browser.newPage();
const recordJs = await measure(
  record,
  async () => {
    await record.goto(`${url}${recordPath}`);
    await record.waitForLoadState('networkidle');
  },
  (_, type) => type === 'script',
);
const search = await browser.newPage();
await search.goto(`${url}search/`);
const firstSearch = await measure(
  search,
  async () => {
    await search.locator('#search-q').fill('ledger');
    await search.waitForFunction(() =>
      /result/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    await search.waitForLoadState('networkidle');
  },
  (u) => /\/pagefind(-more)?\//.test(u),
);
console.log(
  `BENCH-WEB ${JSON.stringify({ recordPageJsKB: recordJs.kb, recordPageScripts: recordJs.count, firstSearchKB: firstSearch.kb, firstSearchRequests: firstSearch.count })}`,
);
await browser.close();
server.close();
