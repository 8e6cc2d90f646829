/**
 * Chromium for browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When
 * ITSCM_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails the run instead of skipping.
 */
import { existsSync } from 'node:fs';
import { beforeAll, afterAll, inject } from 'vitest';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { serveDir } from '../../scripts/serve.mjs';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { astroEnv } from '../site/astro-build.ts';

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

/** Which server serves the sample: the bundle's (scripts/serve.mjs) or `astro preview`. */
export type SampleServer = 'serve.mjs' | 'astro preview';

/**
 * Serves the built sample site (the confidential edition, or the internal one staff browse by
 * default) and opens Chromium for the tests of one file; closes both after.
 */
export function useSampleSite(
  with_: SampleServer = 'serve.mjs',
  edition: 'confidential' | 'internal' = 'confidential',
): {
  browser: Browser;
  base: string;
} {
  const site = { browser: undefined as unknown as Browser, base: '' };
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    const dist = inject(edition === 'internal' ? 'internalDist' : 'sampleDist');
    if (with_ === 'astro preview') {
      const preview = await astroPreview(dist);
      stop = preview.stop;
      site.base = preview.url;
    } else {
      const served = await serveDir(dist);
      const server: Server = served.server;
      stop = () => server.close();
      site.base = served.url;
    }
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    stop?.();
  });
  return site;
}

/** A free TCP port on 127.0.0.1 (asks the system for one, then releases it). */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const addr = probe.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      probe.close(() => ok(port));
    });
  });
}

/**
 * Serves `dir` with `astro preview`, the way the README says to browse, which sends headers the
 * bundle's server does not (Vary: Origin, for one). Resolves once it answers; `stop` ends it.
 */
export async function astroPreview(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--ignore-lock',
    ],
    { cwd: PROJECT_ROOT, env: astroEnv({ ITSCM_OUT_DIR: dir }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null)
      throw new Error(`astro preview exited (${child.exitCode}):\n${output}`);
    if (tries > 300) {
      stop();
      throw new Error(`astro preview did not answer on ${url} in 30 s:\n${output}`);
    }
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
