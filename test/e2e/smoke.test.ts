import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, useSampleSite } from './browser.ts';
import { KINDS } from '../../src/lib/schema/index.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { join } from 'node:path';

describe.skipIf(!CHROMIUM)('browser smoke test of the sample site', () => {
  const site = useSampleSite();
  const outside: string[] = [];
  const consoleErrors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await site.browser.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${path}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    const res = await page.goto(new URL(path, site.base).href);
    expect(res?.status(), path).toBe(200);
    return page;
  }

  it('opens the home page with the organisation name and as-of date', async () => {
    const page = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Harbourline Logistics');
    await expect(page.locator('header .bar > .asof').textContent()).resolves.toContain(
      '2026-11-25',
    );
    await page.close();
  });

  it('opens one record of every kind, with its title as the heading', async () => {
    const { raws } = loadContentFolder(join(PROJECT_ROOT, 'src/content'));
    for (const kind of KINDS) {
      const rec = raws.find((r) => r.kind === kind)!;
      const page = await open(`/${kind}/${rec.id}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(
        (rec.data as { title: string }).title,
      );
      await page.close();
    }
  });

  it('follows a link from a service to the service it depends on', async () => {
    const page = await open('/services/payments-api/');
    await page.locator('dl.facts a[href="/services/ledger-db/"]').first().click();
    await page.waitForURL('**/services/ledger-db/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Ledger');
    await page.close();
  });

  it('is usable by keyboard: the first Tab reaches the skip link', async () => {
    const page = await open('/services/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    );
    await page.close();
  });

  it('logged no console errors and sent no request outside localhost', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
