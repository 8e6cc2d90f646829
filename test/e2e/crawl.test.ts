import { describe, it, expect, inject } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM, useSampleSite } from './browser.ts';

/** Every HTML page of a built site as a URL path. */
function pages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) =>
    readdirSync(d).forEach((n) => {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.html')) out.push(`/${relative(dir, p).replace(/index\.html$/, '')}`);
    });
  walk(dir);
  return out.sort();
}

describe.skipIf(!CHROMIUM)('crawl of every page in Chromium', () => {
  const site = useSampleSite();

  it('sends no request outside localhost and violates no Content-Security-Policy, on any page', async () => {
    const list = pages(inject('sampleDist'));
    expect(list.length).toBeGreaterThan(150);
    const context = await site.browser.newContext();
    const outside: string[] = [];
    const violations: string[] = [];
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    for (const path of list) {
      await page.goto(new URL(path, site.base).href);
      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      // Site pages allow their own scripts; go-bags allow none at all.
      expect(csp, path).toMatch(/script-src 'self'|^default-src 'none'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline|http/);
    }
    // Search too: Pagefind's script and WebAssembly must run under the policy.
    await page.goto(new URL('/search/?q=ledger', site.base).href);
    await page.waitForFunction(() =>
      /result/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    await context.close();
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
  }, 240_000);
});
