import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { CHROMIUM, useSampleSite } from './browser.ts';
import { TEMPLATE_PAGES } from './pages.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// What the colour scheme changes: the colours. The dark scheme is the same markup and layout
// (site.css swaps colour variables only), so it is checked again by the rules on colour.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Run = { runOnly: { type: 'tag' | 'rule'; values: string[] } };
type Violations = { id: string; nodes: { target: string[] }[] }[];

async function axe(page: Page, run: Run): Promise<Violations> {
  return page.evaluate(async (o) => {
    const w = window as unknown as {
      axe: { run(d: Document, o: object): Promise<{ violations: Violations }> };
    };
    return (await w.axe.run(document, o)).violations;
  }, run);
}

describe.skipIf(!CHROMIUM)('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const site = useSampleSite();

  it('has no violations on any page template, in the light colour scheme and, for colour, the dark one', async () => {
    // axe is injected as an inline script: the test tool, not the site, needs the CSP bypass.
    const context = await site.browser.newContext({ colorScheme: 'light', bypassCSP: true });
    const found: string[] = [];
    const note = (path: string, scheme: string, violations: Violations) => {
      for (const v of violations)
        found.push(
          `${path} (${scheme}) ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
    };
    const page = await context.newPage();
    for (const path of TEMPLATE_PAGES) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(new URL(path, site.base).href);
      await page.addScriptTag({ content: AXE });
      note(path, 'light', await axe(page, { runOnly: { type: 'tag', values: TAGS } }));
      await page.emulateMedia({ colorScheme: 'dark' });
      note(path, 'dark', await axe(page, { runOnly: { type: 'rule', values: COLOUR_RULES } }));
    }
    await context.close();
    expect(found).toEqual([]);
  }, 240_000);
});
