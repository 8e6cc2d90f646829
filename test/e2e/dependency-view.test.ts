import { describe, it, expect } from 'vitest';
import { CHROMIUM, useSampleSite } from './browser.ts';

const PATH = 'map/services/payments-api/';

describe.skipIf(!CHROMIUM)('the focused dependency view in a browser', () => {
  const site = useSampleSite();

  it('without JavaScript shows no dead controls, and the list holds every record of the diagram', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(PATH, site.base).href);
    expect(await page.locator('.dv-tools').isVisible()).toBe(false);
    const drawn = await page
      .locator('svg.diagram a.node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')).sort());
    const listed = await page
      .locator('li.dv-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')).sort());
    expect(listed).toEqual(drawn);
    expect(drawn.length).toBeGreaterThan(3);
    await context.close();
  });

  it('with JavaScript filters dim records in the diagram and the list, hide them on request, and zoom', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(new URL(PATH, site.base).href);
    await expect.poll(() => page.locator('.dv-tools').isVisible()).toBe(true);
    const box = page.locator('input[data-filter="kind"][value="platform"]');
    await box.uncheck();
    const dimmed = await page
      .locator('svg.diagram a.node.dv-dim')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(dimmed.length).toBeGreaterThan(0);
    expect(new Set(dimmed)).toEqual(new Set(['platform']));
    expect(await page.locator('li.dv-entry.dv-dim').count()).toBe(dimmed.length);
    await page.locator('.dv-hide').check();
    expect(await page.locator('svg.diagram a.node.dv-gone').count()).toBe(dimmed.length);
    expect(await page.locator('[data-status]').textContent()).toMatch(/filtered out \(hidden\)/);
    const width = () =>
      page.locator('svg.diagram').evaluate((s) => s.getBoundingClientRect().width);
    const before = await width();
    await page.locator('button[data-zoom="in"]').click();
    expect(await width()).toBeGreaterThan(before);
    await page.locator('button[data-zoom="reset"]').click();
    expect(await width()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights the paths between a focused box and the record in focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL(PATH, site.base).href);
    await expect.poll(() => page.locator('.dv-tools').isVisible()).toBe(true);
    // Two steps upstream, on the bottleneck path: Payments API -> Ledger database -> PostgreSQL.
    await page.locator('svg.diagram a.node[data-key="services/postgres-cluster"]').focus();
    const on = await page
      .locator('svg.diagram .edge.dv-on-path')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-from')}>${e.getAttribute('data-to')}`),
      );
    expect(on).toContain('services/payments-api>services/ledger-db');
    expect(on).toContain('services/ledger-db>services/postgres-cluster');
    expect(on.every((e) => !e.startsWith('services/web-shop'))).toBe(true);
    await page.locator('h1').click();
    expect(await page.locator('svg.diagram .dv-on-path').count()).toBe(0);
    await page.close();
  });
});
