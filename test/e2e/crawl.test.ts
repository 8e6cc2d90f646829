import { describe, it, expect, inject } from 'vitest';
import { CHROMIUM, useSampleSite } from './browser.ts';
import { listFiles } from '../../scripts/list-files.ts';

// A phone held upright: no page may scroll sideways. Wide tables scroll inside their own
// .table-wrap box, which does not widen the page.
const WIDTH = 360;

/** Every HTML page of a built site as a URL path. */
const pages = (dir: string): string[] =>
  listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);

// One visit of every page checks what every page must do: one crawl instead of one per check,
// as each visit of the whole site costs minutes on two cores.
describe.skipIf(!CHROMIUM)(`crawl of every page in Chromium, ${WIDTH} px wide`, () => {
  const site = useSampleSite();

  it('sends no request outside localhost, violates no Content-Security-Policy and is no wider than a phone, on any page', async () => {
    const list = pages(inject('sampleDist'));
    expect(list.length).toBeGreaterThan(150);
    const context = await site.browser.newContext({ viewport: { width: WIDTH, height: 800 } });
    const outside: string[] = [];
    const violations: string[] = [];
    const tooWide: string[] = [];
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
      await page.goto(new URL(path, site.base).href, { waitUntil: 'load' });
      const { csp, width } = await page.evaluate(() => ({
        csp:
          document
            .querySelector('meta[http-equiv="Content-Security-Policy"]')
            ?.getAttribute('content') ?? null,
        width: document.documentElement.scrollWidth,
      }));
      // Site pages allow their own scripts; go-bags allow none at all.
      expect(csp, path).toMatch(/script-src 'self'|^default-src 'none'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline|http/);
      if (width > WIDTH) tooWide.push(`${path} (${width} px)`);
    }
    // Search too: Pagefind's script and WebAssembly must run under the policy.
    await page.goto(new URL('/search/?q=ledger', site.base).href);
    await page.waitForFunction(() =>
      /result/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    await context.close();
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
    expect(tooWide).toEqual([]);
  }, 420_000);
});
