import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, useSampleSite, type SampleServer } from './browser.ts';

// Under both servers: astro preview sends Vary: Origin, and module scripts are requested with
// an Origin header, so a worker that does not ignore Vary finds no script in its copy.
describe.skipIf(!CHROMIUM).each<SampleServer>(['serve.mjs', 'astro preview'])(
  'offline after one visit, served by %s',
  (server) => {
    const site = useSampleSite(server);

    it('opens 20 other pages and searches with the network off, and says it shows the offline copy', async () => {
      const manifest = JSON.parse(
        readFileSync(join(inject('sampleDist'), 'offline-manifest.json'), 'utf8'),
      ) as { files: string[] };
      const pages = manifest.files
        .filter((f) => f.endsWith('/') && f !== './' && !f.startsWith('go-bags/'))
        .filter((_, i) => i % 9 === 0)
        .slice(0, 20);
      expect(pages).toHaveLength(20);
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(site.base);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(
        async () =>
          (await caches.keys()).length > 0 &&
          (await (await caches.open((await caches.keys())[0])).keys()).length > 400,
      );
      expect(await page.locator('#offline-banner').isHidden()).toBe(true);

      await context.setOffline(true);
      for (const path of pages) {
        const res = await page.goto(new URL(path, site.base).href);
        expect(res?.ok(), path).toBe(true);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
      expect(await page.locator('#offline-banner').isVisible()).toBe(true);
      expect(await page.locator('#offline-banner').textContent()).toContain('2026-11-25');
      await page.goto(new URL('search/?q=ledger', site.base).href);
      await page.waitForFunction(() =>
        /\d+ result/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      await context.close();
    }, 120_000);
  },
);
