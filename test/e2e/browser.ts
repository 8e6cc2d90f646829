/**
 * Chromium for browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When
 * ITSCM_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails the run instead of skipping.
 */
import { existsSync } from 'node:fs';
import { beforeAll, afterAll, inject } from 'vitest';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { serveDir } from '../../scripts/serve.mjs';

export const CHROMIUM = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => p && existsSync(p));
export const REQUIRED = process.env.ITSCM_REQUIRE_BROWSER === '1';

if (!CHROMIUM && REQUIRED)
  throw new Error(
    'Browser tests are required (ITSCM_REQUIRE_BROWSER=1) but no Chromium was found: apt-get install -y chromium, or set CHROMIUM_PATH.',
  );
if (!CHROMIUM)
  console.warn(
    '\n*** No Chromium found: browser tests are SKIPPED. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. ***\n',
  );

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Serves the built sample site and opens Chromium for the tests of one file; closes both after. */
export function useSampleSite(): { browser: Browser; base: string } {
  const site = { browser: undefined as unknown as Browser, base: '' };
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveDir(inject('sampleDist'));
    server = served.server;
    site.base = served.url;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
