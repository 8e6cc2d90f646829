import { describe, it, expect, inject } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, useSampleSite } from './browser.ts';

const PHONE = 360;

describe('team go-bags', () => {
  it('are one HTML file with no script, stylesheet or image to fetch', () => {
    const html = readFileSync(join(inject('sampleDist'), 'go-bags/database/index.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet|<img /);
    expect(html).toContain('<style>');
  });

  describe.skipIf(!CHROMIUM)('opened from file:// with JavaScript disabled', () => {
    const site = useSampleSite();
    it('shows the team plans, their steps, the call tree and the services in recovery order', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(
        pathToFileURL(join(inject('sampleDist'), 'go-bags/database/index.html')).href,
      );
      expect(await page.locator('h1').textContent()).toBe('Go-bag: Database');
      const text = await page.locator('main').innerText();
      expect(text).toContain('Call tree');
      expect(text).toContain('Elena Petrova');
      expect(text).toContain('Database recovery');
      expect(await page.locator('ol.steps > li').count()).toBeGreaterThan(0);
      const waves = (
        await page
          .locator('h2:has-text("Services to recover") + ol.services > li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-wave')))
      ).map(Number);
      expect(waves.length).toBeGreaterThan(0);
      expect(waves).toEqual([...waves].sort((a, b) => a - b));
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await context.close();
    });
  });

  describe.skipIf(!CHROMIUM)(`on a phone ${PHONE} px wide`, () => {
    const site = useSampleSite();

    it('fit every element of every go-bag inside the screen, so nothing scrolls sideways, not even in a box', async () => {
      // The crawl's document-level width check cannot see a table scrolling inside its own box.
      const context = await site.browser.newContext({ viewport: { width: PHONE, height: 800 } });
      const page = await context.newPage();
      const teams = readdirSync(join(inject('sampleDist'), 'go-bags'));
      expect(teams.length).toBeGreaterThan(10);
      const tooWide: string[] = [];
      for (const team of teams) {
        await page.goto(new URL(`go-bags/${team}/`, site.base).href);
        const found = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll('main *')) {
            const box = el.getBoundingClientRect();
            const wide =
              box.left < -0.5 ||
              box.right > innerWidth + 0.5 ||
              el.scrollWidth > el.clientWidth + 1;
            if (wide && box.width > 0)
              out.push(
                `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`,
              );
          }
          return out;
        });
        tooWide.push(...found.map((f) => `${team}: ${f}`));
      }
      await context.close();
      expect(tooWide).toEqual([]);
    }, 120_000);

    it("call the major incident manager from the warehouse's go-bag, flag late services, and keep numbers on one line", async () => {
      const context = await site.browser.newContext({ viewport: { width: PHONE, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL('go-bags/warehouse-operations/', site.base).href);
      const card = page.locator('.card', { hasText: 'Jonas Berg' });
      expect(await card.innerText()).toContain('Major incident manager (primary) · Service desk');
      expect(await card.locator('a[href="tel:+442079460112"]').count()).toBe(1);
      const step = page.locator('#plan-warehouse-continuity-step-assess-impact');
      expect(await step.locator('a[href="tel:+442079460112"]').count()).toBe(1);
      expect(await step.innerText()).toMatch(/Hiro Tanaka \(alternate, Service desk\)/);
      const late = page.locator('ol.services > li', { hasText: 'Warehouse management system' });
      expect(await late.locator('.late').innerText()).toBe('late by 2h 10m');
      expect(await page.locator('.copy').innerText()).toMatch(/^This is the confidential copy/);
      // Every number is on one line: one box, not one per line it runs over.
      const lines = await page
        .locator('a.tel')
        .evaluateAll((links) => links.map((a) => a.getClientRects().length));
      expect(lines.length).toBeGreaterThan(20);
      expect(lines.every((n) => n === 1)).toBe(true);
      await context.close();
    });
  });
});
