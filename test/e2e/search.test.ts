/**
 * Search on the built sample: the plan that covers a service comes first among plans, excerpts
 * are readable text only (no filter values, diagram text or Mermaid source), and without
 * JavaScript the search forms still take the reader somewhere useful.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, useSampleSite } from './browser.ts';

interface Shown {
  href: string;
  title: string;
  meta: string;
  excerpt: string;
}

describe.skipIf(!CHROMIUM)('search in a browser', () => {
  const site = useSampleSite();

  /** The results the search page shows for `q`, in order. */
  const search = async (page: Page, q: string): Promise<Shown[]> => {
    await page.goto(new URL(`/search/?q=${encodeURIComponent(q)}`, site.base).href);
    await page.waitForFunction(() =>
      /result/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    return page.locator('#search-results li').evaluateAll((items) =>
      items.map((li) => ({
        href: new URL(li.querySelector('a')!.href).pathname,
        title: li.querySelector('a')!.textContent ?? '',
        meta: li.querySelector('.meta')?.textContent ?? '',
        excerpt: li.querySelector('p')?.textContent ?? '',
      })),
    );
  };

  // The plans whose `covers.services` list warehouse-management and sso
  // (src/content/plans/warehouse-continuity.mdx, identity-recovery.mdx).
  it.each([
    ['warehouse system down', '/plans/warehouse-continuity/'],
    ['single sign-on', '/plans/identity-recovery/'],
  ])('ranks the plan that covers the service first among plans for "%s"', async (q, plan) => {
    const page = await site.browser.newPage();
    const shown = await search(page, q);
    expect(shown.find((r) => r.href.startsWith('/plans/'))?.href).toBe(plan);
    await page.close();
  });

  it('puts the service page near the top for its name', async () => {
    const page = await site.browser.newPage();
    const shown = await search(page, 'single sign-on');
    const rank = shown.findIndex((r) => r.href === '/services/sso/');
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    await page.close();
  });

  it('shows ten results at a time, the next ten on request, without the web worker', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const shown = await search(page, 'recovery');
    expect(shown).toHaveLength(10);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const total = Number(/^(\d+) results, first 10 shown\.$/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    const more = page.locator('#search-more');
    expect(await more.textContent()).toBe('Show 10 more');
    // Only the excerpts of the shown results are fetched.
    expect(fetched.filter((p) => p.includes('/fragment/')).length).toBeLessThanOrEqual(10);
    await more.click();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(20);
    expect(await page.locator('#search-status').textContent()).toBe(
      `${total} results, first 20 shown.`,
    );
    // The first ten stay where they were.
    const first = await page.locator('#search-results li a').first().getAttribute('href');
    expect(new URL(first!, site.base).pathname).toBe(shown[0].href);
    for (let n = 20; n < total; n += 10) {
      await more.click();
      const count = Math.min(n + 10, total);
      await expect.poll(() => page.locator('#search-results li').count()).toBe(count);
    }
    expect(await more.isVisible()).toBe(false);
    expect(await page.locator('#search-status').textContent()).toBe(`${total} results.`);
    expect(fetched.some((p) => p.endsWith('pagefind-worker.js'))).toBe(false);
    await page.close();
  });

  it('shows kind, status, owner and review state, and excerpts of readable text only', async () => {
    const page = await site.browser.newPage();
    for (const q of ['warehouse system down', 'single sign-on', 'flowchart', 'needs']) {
      const shown = await search(page, q);
      expect(shown.length).toBeGreaterThan(0);
      for (const r of shown) {
        expect(r.excerpt).not.toMatch(/Mermaid source|flowchart|As text/);
        // Filter values are attributes, not text: no "planWarehouse operationsapproved".
        expect(r.excerpt).not.toMatch(/^(plan|service|risk|team|person)[A-Z]/);
      }
    }
    const warehouse = (await search(page, 'warehouse system down')).find(
      (r) => r.href === '/plans/warehouse-continuity/',
    )!;
    expect(warehouse.title).toBe('Warehouse continuity plan');
    expect(warehouse.meta).toContain('plan');
    expect(warehouse.meta).toContain('approved');
    expect(warehouse.meta).toContain('owned by Warehouse operations');
    expect(warehouse.meta).toMatch(/review (current|overdue|due soon)|never reviewed/);
    await page.close();
  });

  it('does not index diagram text or Mermaid source', async () => {
    const page = await site.browser.newPage();
    // The escalation diagram of this guide begins "flowchart TD" and its first box says "Alert
    // or user report"; its prose says neither. Words that only look alike ("flow") may match
    // elsewhere, never in the diagram.
    const guide = '/guides/roles-in-a-major-incident/';
    for (const q of ['flowchart TD', 'flowchart']) {
      const shown = await search(page, q);
      expect(shown.map((r) => r.href)).not.toContain(guide);
      for (const r of shown) expect(r.excerpt.toLowerCase()).not.toContain('flowchart');
    }
    const alert = (await search(page, 'alert or user report')).find((r) => r.href === guide);
    expect(alert?.excerpt ?? '').not.toMatch(/user report/i);
    for (const r of await search(page, 'mermaid'))
      expect(r.excerpt.toLowerCase()).not.toContain('mermaid');
    await page.close();
  });

  it('without JavaScript, sends the header search to the A–Z index with the words kept', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/services/', site.base).href);
    await page.locator('header form.search input[name=q]').fill('warehouse system down');
    await page.locator('header form.search button').click();
    await page.waitForURL('**/a-z/?q=*');
    const address = new URL(page.url());
    expect(address.pathname).toBe('/a-z/');
    expect(address.searchParams.get('q')).toBe('warehouse system down');
    await expect.poll(() => page.locator('#searched').isVisible()).toBe(true);
    expect(await page.locator('#searched').textContent()).toContain('Search needs JavaScript');
    expect(await page.getByRole('link', { name: 'Warehouse continuity plan' }).count()).toBe(1);
    // Reached as a plain page, the notice is not shown.
    await page.goto(new URL('/a-z/', site.base).href);
    expect(await page.locator('#searched').isVisible()).toBe(false);
    await context.close();
  });

  it('with JavaScript, sends the header search to the search page with the words kept', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('/services/', site.base).href);
    await page.locator('header form.search input[name=q]').fill('single sign-on');
    await page.locator('header form.search button').click();
    await page.waitForURL('**/search/?q=*');
    expect(await page.locator('#search-q').inputValue()).toBe('single sign-on');
    await page.waitForFunction(() =>
      /result/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    await page.close();
  });

  it('hides the filter forms that need JavaScript when it is off, and shows them when on', async () => {
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    const on = await site.browser.newContext();
    for (const [path, form] of [
      ['/services/', 'form[data-table-filter=ranked]'],
      ['/risks/', 'form[data-table-filter=risk-table]'],
    ]) {
      const without = await off.newPage();
      await without.goto(new URL(path, site.base).href);
      expect(await without.locator(form).count()).toBe(1);
      expect(await without.locator(form).isVisible()).toBe(false);
      const withJs = await on.newPage();
      await withJs.goto(new URL(path, site.base).href);
      await expect.poll(() => withJs.locator(form).isVisible()).toBe(true);
    }
    await off.close();
    await on.close();
  });

  it('shows a filter form before its script runs, so nothing moves, and applies what was typed', async () => {
    const page = await site.browser.newPage();
    // table.js held back until the reader has typed: the form is already there, in its place.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/js/table.js', async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts run before DOMContentLoaded: only the first bytes are waited for.
    await page.goto(new URL('/services/', site.base).href, { waitUntil: 'commit' });
    const form = page.locator('form[data-table-filter=ranked]');
    await form.locator('output').waitFor({ state: 'attached' });
    await page.locator('footer').waitFor({ state: 'attached' });
    expect(await form.isVisible()).toBe(true);
    const table = page.locator('table#ranked');
    const before = (await table.boundingBox())!.y;
    const rows = await table.locator('tbody tr').count();
    await form.locator('input[name=text]').fill('single sign-on');
    release();
    await expect.poll(() => form.locator('output').textContent()).toMatch(/^1 of \d+ shown$/);
    expect(await table.locator('tbody tr:not([hidden])').count()).toBe(1);
    expect(rows).toBeGreaterThan(1);
    expect((await table.boundingBox())!.y).toBe(before);
    await page.close();
  });
});
