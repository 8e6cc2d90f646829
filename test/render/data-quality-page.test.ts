import { describe, it, expect } from 'vitest';
import { toDataQualityPage } from '../../src/lib/render/data-quality-page.ts';
import { href, literalSite, sampleSite } from './sites.ts';

describe('toDataQualityPage', () => {
  it('lists every warning with its file, field, problem and fix, linking the record', () => {
    const site = sampleSite('confidential');
    const v = toDataQualityPage(site, href);
    expect(v.rows).toHaveLength(site.warnings.items.length);
    expect(v.count).toBe(`${v.rows.length} warning${v.rows.length === 1 ? '' : 's'}`);
    for (const [i, w] of site.warnings.items.entries())
      expect(v.rows[i]).toMatchObject({ file: w.file, message: w.message, fix: w.fix });
    expect(v.rows.every((r) => r.href === undefined || r.href.startsWith('/'))).toBe(true);
  });

  it('counts the warnings on left-out records without listing them', () => {
    // Two exercises still planned after their date, one of them confidential.
    const planned = { type: 'tabletop', date: '2026-01-10', status: 'planned' };
    const recs = [
      { kind: 'exercises' as const, id: 'drill', data: planned },
      {
        kind: 'exercises' as const,
        id: 'vault-drill',
        data: { ...planned, classification: 'confidential' },
      },
    ];
    const whole = toDataQualityPage(literalSite(recs, 'confidential'), href);
    const v = toDataQualityPage(literalSite(recs, 'internal'), href);
    expect(v.count).toBe(whole.count);
    expect(v.restricted).toBeGreaterThan(0);
    expect(v.rows).toHaveLength(whole.rows.length - v.restricted);
    expect(JSON.stringify(v)).not.toContain('vault');
    expect(v.rows.find((r) => r.file === 'exercises/drill.md')).toMatchObject({
      href: '/exercises/drill/',
      field: 'status',
    });
  });
});
