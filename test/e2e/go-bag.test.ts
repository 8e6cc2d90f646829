import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, useSampleSite } from './browser.ts';

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
      expect(await page.locator('caption', { hasText: 'Steps' }).count()).toBeGreaterThan(0);
      const waves = await page
        .locator('h2:has-text("Services to recover") + .wrap table tbody tr td:first-child')
        .allTextContents();
      expect(waves.map(Number)).toEqual([...waves.map(Number)].sort((a, b) => a - b));
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await context.close();
    });
  });
});
