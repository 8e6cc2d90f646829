import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, REQUIRED, useSampleSite } from './browser.ts';

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
if (!PDFTOTEXT && REQUIRED)
  throw new Error('The print test needs pdftotext: apt-get install -y poppler-utils.');

describe.skipIf(!CHROMIUM || !PDFTOTEXT)('printing', () => {
  const site = useSampleSite();
  const pdfText = async (path: string) => {
    const page = await site.browser.newPage();
    await page.goto(new URL(path, site.base).href);
    const file = join(mkdtempSync(join(tmpdir(), 'itscm-print-')), 'out.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: false });
    await page.close();
    return execFileSync(PDFTOTEXT!, ['-layout', file, '-'], { encoding: 'utf8' });
  };

  it('prints a plan without navigation, with its procedure and link targets written out', async () => {
    const text = await pdfText('/plans/datacentre-failover/');
    expect(text).toContain('Data centre failover');
    expect(text).toContain('Procedure');
    for (const nav of [
      'Recovery order',
      'Dependency map',
      'Skip to content',
      'A–Z',
      'Search plans',
    ])
      expect(text).not.toContain(nav);
    expect(text).toMatch(/\(\/teams\/infrastructure\/\)/);
  });

  it('gathers every tier-1 plan in recovery order on one printable page', async () => {
    const text = await pdfText('/print/tier-1-plans/');
    const first = text.indexOf('Data centre failover');
    const later = text.indexOf('Order processing continuity');
    expect(first).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(first);
    expect(text).not.toContain('Dependency map');
  });
});
