/**
 * The incident journey at 360 px on the built sample (internal edition, the default): from the
 * home page to the warehouse system's plan in two taps or one search, its first step's action
 * and the named primary of that step's role with a tel: link, and no sideways scrolling on the
 * way. Without JavaScript too, since an incident may leave a phone with scripts blocked.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, useSampleSite } from './browser.ts';

const PLAN = '/plans/warehouse-continuity/';

describe.skipIf(!CHROMIUM)('in an incident, on a 360 px phone', () => {
  const site = useSampleSite('serve.mjs', 'internal');

  const phone = async (javaScriptEnabled = true): Promise<Page> => {
    const ctx = await site.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled,
    });
    return ctx.newPage();
  };
  const noSidewaysScroll = async (page: Page) =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      page.url(),
    ).toBeLessThanOrEqual(360);

  /** On the plan page: the first step's action and its role's primary with a tel: link, on screen. */
  const expectFirstStepAndWhoToCall = async (page: Page) => {
    expect(new URL(page.url()).pathname).toBe(PLAN);
    await noSidewaysScroll(page);
    const step = page.locator('ol.checklist > li').first();
    await expect(step.locator('.action').textContent()).resolves.toMatch(/^Confirm that scanners/);
    await expect(step.locator('.role').textContent()).resolves.toContain(
      'Warehouse operations manager',
    );
    const primary = step.locator('ul.people > li').first();
    await expect(primary.textContent()).resolves.toMatch(/Liam O.Connor \(primary\)/);
    const tel = primary.locator('a[href^="tel:"]');
    await expect(tel.getAttribute('href')).resolves.toMatch(/^tel:\+\d{8,}$/);
    const box = (await tel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThanOrEqual(24);
  };

  it('reaches the plan in two taps from the home page, in the internal edition', async () => {
    const page = await phone();
    await page.goto(new URL('/', site.base).href);
    await expect(page.locator('html').getAttribute('data-edition')).resolves.toBe('internal');
    await noSidewaysScroll(page);
    await page.tap('#down-services > summary'); // tap 1: the services A-Z
    const row = page.locator('#down-services li', { hasText: 'Warehouse management system' });
    await row.locator(`a[href="${PLAN}"]`).tap(); // tap 2: its plan
    await page.waitForURL(`**${PLAN}`);
    await expectFirstStepAndWhoToCall(page);
    await page.context().close();
  });

  it('reaches the plan in two taps without JavaScript', async () => {
    const page = await phone(false);
    await page.goto(new URL('/', site.base).href);
    await page.tap('#down-services > summary');
    await page
      .locator('#down-services li', { hasText: 'Warehouse management system' })
      .locator(`a[href="${PLAN}"]`)
      .tap();
    await page.waitForURL(`**${PLAN}`);
    await expectFirstStepAndWhoToCall(page);
    await page.context().close();
  });

  it('reaches the plan with one search from the home page', async () => {
    const page = await phone();
    await page.goto(new URL('/', site.base).href);
    await page.fill('#q-down', 'warehouse system down');
    await page.press('#q-down', 'Enter');
    await page.waitForURL('**/search/**');
    const first = page.locator('#search-results li a').first();
    await first.waitFor();
    await noSidewaysScroll(page);
    const plan = page.locator(`#search-results li a[href$="${PLAN}"]`).first();
    await plan.tap();
    await page.waitForURL(`**${PLAN}`);
    await expectFirstStepAndWhoToCall(page);
    await page.context().close();
  });

  it('opens the section menu without JavaScript, in one row with the search', async () => {
    const page = await phone(false);
    await page.goto(new URL(PLAN, site.base).href);
    const bar = (await page.locator('header.site .bar').boundingBox())!;
    expect(bar.height).toBeLessThan(70);
    await expect(page.locator('nav.sections').isVisible()).resolves.toBe(false);
    await page.tap('details.menu > summary');
    await expect(
      page.locator('nav.sections a', { hasText: 'Recovery order' }).isVisible(),
    ).resolves.toBe(true);
    await noSidewaysScroll(page);
    await page.context().close();
  });
});
