import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM, useSampleSite } from './browser.ts';
import { TEMPLATE_PAGES } from './pages.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe.skipIf(!CHROMIUM)('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const site = useSampleSite();

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations on any page template in the ${scheme} colour scheme`, async () => {
      // axe is injected as an inline script: the test tool, not the site, needs the CSP bypass.
      const context = await site.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const found: string[] = [];
      for (const path of TEMPLATE_PAGES) {
        const page = await context.newPage();
        await page.goto(new URL(path, site.base).href);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(
          async (tags) =>
            (
              window as unknown as {
                axe: {
                  run(
                    o: object,
                    c: object,
                  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
                };
              }
            ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          TAGS,
        );
        for (const v of result.violations)
          found.push(
            `${path} ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
        await page.close();
      }
      await context.close();
      expect(found).toEqual([]);
    }, 180_000);
  }
});
