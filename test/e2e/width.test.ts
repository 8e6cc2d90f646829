import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, useSampleSite } from './browser.ts';

// A phone held upright: no page may scroll sideways. Wide tables scroll inside their own
// .table-wrap box, which does not widen the page.
const WIDTH = 360;

describe.skipIf(!CHROMIUM)(`every page at ${WIDTH} px wide`, () => {
  const site = useSampleSite();

  it('is no wider than the viewport', async () => {
    // Every page "Keep everything" keeps: every page of the site.
    const all = JSON.parse(
      readFileSync(join(inject('sampleDist'), 'offline/all.json'), 'utf8'),
    ) as { files: string[] };
    const pages = all.files.filter((f) => f.endsWith('/') || f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const context = await site.browser.newContext({
      viewport: { width: WIDTH, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, site.base).href, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > WIDTH) tooWide.push(`${path} (${width} px)`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  }, 300_000);
});
