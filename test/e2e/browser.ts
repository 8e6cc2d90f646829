/**
 * Chromium for browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When
 * ITSCM_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails the run instead of skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
export const REQUIRED = process.env.ITSCM_REQUIRE_BROWSER === '1';

if (!CHROMIUM && REQUIRED) throw new Error('Browser tests are required (ITSCM_REQUIRE_BROWSER=1) but no Chromium was found: apt-get install -y chromium, or set CHROMIUM_PATH.');
if (!CHROMIUM) console.warn('\n*** No Chromium found: browser tests are SKIPPED. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. ***\n');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
