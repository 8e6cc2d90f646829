import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, useSampleSite } from './browser.ts';

describe.skipIf(!CHROMIUM)('site features in a browser', () => {
  const site = useSampleSite();
  const open = async (path: string): Promise<Page> => {
    const page = await site.browser.newPage();
    await page.goto(new URL(path, site.base).href);
    return page;
  };
  const results = async (page: Page) => {
    await page.waitForFunction(() =>
      /result/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    return page.locator('#search-results li > a').allTextContents();
  };

  it('loads no search code before the first interaction', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(new URL('/search/', site.base).href);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const loaded = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.locator('#search-q').focus();
    await loaded;
    await page.close();
  });

  it('finds a service by its name, showing its kind and tier', async () => {
    const page = await open('/search/?q=ledger');
    expect(await results(page)).toContain('Ledger database');
    const meta = await page
      .locator('#search-results li')
      .filter({ has: page.getByRole('link', { name: 'Ledger database', exact: true }) })
      .locator('.meta')
      .textContent();
    expect(meta).toContain('service');
    // Tier from the target RTO: declared 8h, but 2h is required by what depends on it.
    expect(meta).toContain('Tier 1');
    await page.close();
  });

  it('finds a service by its owner, with the owner filter or the owner name as words', async () => {
    const page = await open('/search/');
    await page.locator('select[name=owner]').selectOption('Database');
    await page.locator('select[name=kind]').selectOption('service');
    expect(await results(page)).toContain('Ledger database');
    await page.locator('select[name=owner]').selectOption('');
    await page.locator('select[name=kind]').selectOption('');
    await page.locator('#search-q').fill('owned by Database');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#search-results li > a')].some(
        (a) => a.textContent === 'PostgreSQL cluster',
      ),
    );
    await page.close();
  });

  it('narrows results with a filter', async () => {
    const page = await open('/search/?q=recovery');
    await results(page);
    const total = async () =>
      Number(
        /^(\d+) results?/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1],
      );
    const all = await total();
    await page.locator('select[name=kind]').selectOption('plan');
    await expect.poll(total).toBeLessThan(all);
    expect(await total()).toBeGreaterThan(0);
    for (const meta of await page.locator('#search-results li .meta').allTextContents())
      expect(meta).toMatch(/^plan/);
    await page.close();
  });

  it('follows a diagram node to its service page', async () => {
    const page = await open('/services/payments-api/');
    await page.locator('svg.diagram a[href="/services/ledger-db/"]').click();
    await page.waitForURL('**/services/ledger-db/');
    expect(await page.locator('h1').textContent()).toBe('Ledger database');
    await page.close();
  });

  it('offers the Mermaid source of a diagram with a copy button', async () => {
    const page = await open('/services/payments-api/');
    await page.locator('summary', { hasText: 'Mermaid source' }).first().click();
    expect(await page.locator('code[data-copy]').first().textContent()).toMatch(/^flowchart TB/);
    expect(await page.locator('button.copy').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('sorts the services table from the keyboard and filters it', async () => {
    const page = await open('/services/');
    const firstName = () =>
      page.locator('#ranked tbody tr:not([hidden]) th a').first().textContent();
    const before = await firstName();
    const sortByName = page.locator('#ranked thead button', { hasText: 'Name' });
    await sortByName.focus();
    await page.keyboard.press('Enter');
    expect(
      await page.locator('#ranked thead th', { hasText: 'Name' }).getAttribute('aria-sort'),
    ).toBe('ascending');
    const after = await firstName();
    expect(after).not.toBe(before);
    expect(
      after!.localeCompare((await page.locator('#ranked tbody tr th a').nth(1).textContent())!),
    ).toBeLessThanOrEqual(0);
    await page.locator('form[data-table-filter=ranked] select[name=tier]').selectOption('1');
    const visibleTiers = await page
      .locator('#ranked tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.tier));
    expect(new Set(visibleTiers)).toEqual(new Set(['1']));
    await page.close();
  });

  it('shows a record page fully with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/services/ledger-db/', site.base).href);
    expect(await page.locator('svg.diagram').count()).toBe(1);
    expect(await page.locator('text=What fails if it fails').count()).toBe(1);
    await context.close();
  });
});
