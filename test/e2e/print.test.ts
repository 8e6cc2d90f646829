import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, REQUIRED, useSampleSite } from './browser.ts';

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
if (!PDFTOTEXT && REQUIRED)
  throw new Error('The print test needs pdftotext: apt-get install -y poppler-utils.');

/** The sample's as-of date (test/site/astro-build.ts builds with it). */
const AS_OF = '2026-11-25';
/** Text without white space, so words wrapped over lines ("dc-\nnorth") still match. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
const count = (text: string, part: string) => text.split(part).length - 1;

describe.skipIf(!CHROMIUM || !PDFTOTEXT)('printing', () => {
  const site = useSampleSite();
  /** The page printed to A4 as text, one string per printed page; `prepare` runs first. */
  const printPages = async (path: string, prepare?: (page: Page) => Promise<unknown>) => {
    const page = await site.browser.newPage();
    await page.goto(new URL(path, site.base).href);
    const dom = await prepare?.(page);
    const dir = mkdtempSync(join(tmpdir(), 'itscm-print-'));
    const file = join(dir, 'out.pdf');
    let text: string;
    try {
      await page.pdf({ path: file, format: 'A4', printBackground: false });
      await page.close();
      text = execFileSync(PDFTOTEXT!, ['-layout', file, '-'], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pages = text.split('\f').filter((p) => p.trim());
    return { text, pages, dom };
  };

  it('prints a plan without navigation, with title, version, as-of date and "page N of M" on every page', async () => {
    const { text, pages } = await printPages('/plans/datacentre-failover/');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p).toContain('Data centre failover (dc-north to dc-south) · version 4.1');
      expect(p).toContain(`Data as of ${AS_OF}`);
      expect(p).toContain(`page ${i + 1} of ${pages.length}`);
    });
    for (const nav of [
      'Recovery order',
      'Dependency map',
      'Skip to content',
      'A–Z',
      'Search plans',
    ])
      expect(text).not.toContain(nav);
  });

  it('prints no relative link targets: a path means nothing on paper', async () => {
    const { text } = await printPages('/plans/datacentre-failover/');
    expect(text).toContain('Infrastructure');
    expect(text).not.toMatch(/\((\/|\.\.\/)/);
  });

  it('prints link targets as absolute addresses when the build knows the site (ITSCM_SITE)', async () => {
    // What Layout.astro emits when ITSCM_SITE is set (toPrintFrame is tested on its own).
    const { text } = await printPages('/plans/datacentre-failover/', (page) =>
      page.evaluate(() => {
        document.documentElement.dataset.printLinks = 'absolute';
        document.documentElement.style.setProperty(
          '--print-origin',
          '"https://continuity.example.org"',
        );
      }),
    );
    expect(squeeze(text)).toContain('(https://continuity.example.org/teams/infrastructure/)');
    expect(text).not.toMatch(/\((\/|\.\.\/)/);
  });

  it('prints each step once, as a checklist with a box for the time it was done', async () => {
    const { text, dom } = await printPages('/plans/datacentre-failover/', (page) =>
      page.$$eval('.checklist .action', (els) => els.map((e) => e.textContent ?? '')),
    );
    const actions = dom as string[];
    expect(actions.length).toBe(12);
    // The time box sits beside the step's first lines: take its label out to read the step.
    const flat = squeeze(text.replace(/\bTime\b/g, ''));
    for (const a of actions) expect(count(flat, squeeze(a)), a).toBe(1);
    expect(text.match(/\bTime\b/g)).toHaveLength(actions.length);
  });

  it('prints collapsed text alternatives open and leaves source code out', async () => {
    const { text } = await printPages('/services/ledger-db/');
    expect(text).toContain('As text');
    expect(text).toContain('Ledger database needs PostgreSQL cluster');
    expect(text).not.toContain('Mermaid source');
    expect(text).not.toMatch(/flowchart|graph (TD|BT|LR)/);
  });

  it('prints the tier-1 pack: a contents list, recovery plans only, each on pages of its own under its title', async () => {
    const { text, pages } = await printPages('/print/tier-1-plans/');
    expect(pages[0]).toContain('Contents');
    const contents = [...pages[0].matchAll(/^\s*\d+\. (.+?), version ([\d.]+)/gm)].map(
      (m) => `${m[1]} · version ${m[2]}`,
    );
    expect(contents.length).toBeGreaterThan(3);
    expect(contents[0]).toMatch(/^Cloud region recovery|^Data centre failover/);
    expect(pages[0]).toMatch(/Covers .+\(tier 1\)/);
    // Each page after the contents is headed by one plan's title and version, in contents order.
    const headed = pages.slice(1).map((p) => contents.find((c) => p.includes(c)));
    expect(headed.every(Boolean)).toBe(true);
    expect([...new Set(headed)]).toEqual(contents);
    pages.forEach((p, i) => expect(p).toContain(`page ${i + 1} of ${pages.length}`));
    // No exit plan, though approved exit plans cover tier-1 services.
    expect(text).not.toMatch(/Collabra exit plan|Nimbus Cloud exit plan/);
    expect(text).not.toContain('Dependency map');
    expect(text).not.toMatch(/\((\/|\.\.\/)/);
  });

  /** The inject time that opens each printed page ("T+4h"), for the pages an inject opens. */
  const openingTimes = (pages: string[]) =>
    pages.flatMap((p) => {
      const first = p.split('\n').filter((l) => l.trim())[1] ?? '';
      const m = /^\s*(T\+\S+(?: \d+[mhd])*)\s+\(/.exec(first);
      return m ? [m[1]] : [];
    });

  it('prints the tabletop pack: each inject from a page of its own, in time order, with ruled space for notes', async () => {
    const { text, pages, dom } = await printPages(
      '/scenarios/location-dc-north/tabletop/',
      (page) =>
        page.$$eval('section.inject h2', (els) =>
          els.map((e) => (e.textContent ?? '').split(' (')[0].trim()),
        ),
    );
    const injects = dom as string[];
    expect(injects.length).toBeGreaterThan(5);
    expect(injects[0]).toBe('T+0');
    expect(openingTimes(pages)).toEqual(injects);
    expect(count(text, 'Notes: what was decided, by whom, when')).toBe(injects.length);
    expect(text).toContain('Decisions expected');
    expect(squeeze(text)).toContain(squeeze('Alternate site for DC North'));
    pages.forEach((p, i) => {
      expect(p).toContain('Tabletop facilitator pack: Loss of DC North');
      expect(p).toContain(`page ${i + 1} of ${pages.length}`);
    });
    expect(text).not.toMatch(/\((\/|\.\.\/)/);
  });

  it('prints the participant handout with the same injects and no expected decision', async () => {
    const { text, pages } = await printPages('/scenarios/location-dc-north/handout/');
    const { pages: pack } = await printPages('/scenarios/location-dc-north/tabletop/');
    expect(openingTimes(pages)).toEqual(openingTimes(pack));
    expect(text).not.toContain('Decisions expected');
    expect(text).not.toContain('Data centre failover');
    expect(text).toContain('Notes: what was decided, by whom, when');
  });
});
