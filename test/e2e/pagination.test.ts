/**
 * Filters across the pages of a long list, in Chromium: a generated organisation of 300
 * services (three pages of the services index). Filtering page 1 by text or owner finds a
 * service that is on page 3, built exactly as the server renders it, with no request outside
 * the site; clearing the filter puts page 1 back.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launch } from './browser.ts';
import { astroBuild, TEST_DIST } from '../site/astro-build.ts';
import { generateOrganisation } from '../../scripts/generate.ts';
import { writeOrganisation } from '../../scripts/gen.ts';
import { serveDir } from '../../scripts/serve.mjs';
import { PAGE_SIZE } from '../../src/lib/render/paging.ts';

const content = join(TEST_DIST, 'paged-e2e-content');
const out = join(TEST_DIST, 'paged-e2e');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe.skipIf(!CHROMIUM)('filters across the pages of a long list', () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  /** A service listed on page 3 of the services index, as the server renders its row. */
  let target: { href: string; title: string; owner: string; row: string };

  beforeAll(async () => {
    writeOrganisation(content, generateOrganisation({ services: 300, seed: 5 }));
    const r = astroBuild({ ITSCM_CONTENT: content, ITSCM_OUT_DIR: out });
    expect(r.status, r.output).toBe(0);
    const page3 = readFileSync(join(out, 'services/page-3/index.html'), 'utf8');
    const row = page3.split('<tbody>')[1].split('<tr').slice(1)[10];
    const m = /data-owner="([^"]+)"[\s\S]*?<th scope="row"><a href="([^"]+)">([^<]+)<\/a>/.exec(
      row,
    )!;
    target = { owner: m[1], href: m[2], title: m[3], row: `<tr${row.split('</tr>')[0]}</tr>` };
    const served = await serveDir(out);
    server = served.server;
    base = served.url;
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Page 1 of the services index, recording every request that leaves the site. */
  async function open(outside: string[]): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(new URL('/services/', base).href);
    return page;
  }
  const rowOf = (page: Page, href: string) =>
    page.locator('#ranked tbody tr', { has: page.locator(`th a[href="${href}"]`) });
  /** The row's HTML as the browser serialises it, whichever way it was made. */
  const serialised = (page: Page, html: string) =>
    page.evaluate((h) => {
      const t = document.createElement('tbody');
      const table = document.createElement('table');
      table.append(t);
      t.innerHTML = h;
      return t.rows[0].outerHTML;
    }, html);

  it('finds a service on page 3 by its name, drawn as the server draws it, and restores page 1 when cleared', async () => {
    const outside: string[] = [];
    const page = await open(outside);
    expect(await rowOf(page, target.href).count()).toBe(0);
    const firstBefore = await page.locator('#ranked tbody tr th a').first().getAttribute('href');
    const rowsJson = page.waitForRequest((r) => r.url().endsWith('/services/rows.json'));
    await page.locator('form[data-table-filter=ranked] input[name=text]').fill(target.title);
    await rowsJson;
    await expect.poll(() => rowOf(page, target.href).count()).toBe(1);
    const built = await rowOf(page, target.href).evaluate((tr) => tr.outerHTML);
    expect(built).toBe(await serialised(page, target.row));
    expect(await page.locator('form[data-table-filter=ranked] output').textContent()).toMatch(
      / of 300 shown$/,
    );
    expect(await page.locator('nav.pager').isHidden()).toBe(true);

    await page.locator('form[data-table-filter=ranked] input[name=text]').fill('');
    await expect.poll(() => page.locator('#ranked tbody tr').count()).toBe(PAGE_SIZE);
    expect(await page.locator('#ranked tbody tr th a').first().getAttribute('href')).toBe(
      firstBefore,
    );
    expect(await page.locator('nav.pager').isVisible()).toBe(true);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('finds a service on page 3 by its owner', async () => {
    const outside: string[] = [];
    const page = await open(outside);
    await page
      .locator('form[data-table-filter=ranked] select[name=owner]')
      .selectOption(target.owner);
    await expect.poll(() => rowOf(page, target.href).count()).toBe(1);
    const owners = await page
      .locator('#ranked tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.owner));
    expect(new Set(owners)).toEqual(new Set([target.owner]));
    expect(outside).toEqual([]);
    await page.close();
  });

  it('sorts every page by name, and a third click goes back to the ranked page', async () => {
    const page = await open([]);
    const name = page.locator('#ranked thead button', { hasText: 'Name' });
    await name.click();
    await expect
      .poll(() => page.locator('form[data-table-filter=ranked] output').textContent())
      .toBe('300 of 300 shown');
    const names = await page.locator('#ranked tbody tr th a').allTextContents();
    expect(names).toHaveLength(300);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    await name.click();
    await name.click();
    await expect.poll(() => page.locator('#ranked tbody tr').count()).toBe(PAGE_SIZE);
    expect(await page.locator('#ranked tbody tr td').first().textContent()).toBe('1');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`has no accessibility violation on the pages of a long list, ${scheme}`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const found: string[] = [];
      const paths = [
        '/services/',
        '/services/page-2/',
        '/gaps/',
        '/recovery/page-2/',
        '/risks/page-2/',
        '/reviews/',
      ].filter((path) => existsSync(join(out, path, 'index.html')));
      expect(paths.length).toBeGreaterThan(4);
      for (const path of paths) {
        const page = await context.newPage();
        await page.goto(new URL(path, base).href);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(
          async (tags) =>
            (
              window as unknown as {
                axe: {
                  run(o: object, c: object): Promise<{ violations: { id: string }[] }>;
                };
              }
            ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          TAGS,
        );
        found.push(...result.violations.map((v) => `${path} ${v.id}`));
        await page.close();
      }
      await context.close();
      expect(found).toEqual([]);
    });
});
