import { describe, it, expect } from 'vitest';
import { toRisksPage } from '../../src/lib/render/risks-page.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

describe('toRisksPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toRisksPage(site);

  it("counts the whole organisation's risks and untreated ones, saying how many it cannot name", () => {
    expect(v.count).toBe(`${whole.risks.items.length} risks (4 not named in this edition)`);
    expect(toRisksPage(whole).count).toBe(`${whole.risks.items.length} risks`);
    expect(v.untreated.total).toBe(
      whole.risks.items.filter((r) => r.untreatedAboveAppetite).length,
    );
    expect(v.untreated.label).toMatch(
      /^open risks are above appetite with no treatment \(\d+ of them on restricted records\)$/,
    );
  });

  it('writes each heat-map cell with risks as a line, naming the shown ones and counting the rest', () => {
    expect(v.heatMaps.map((m) => m.heading)).toEqual(['Inherent', 'Residual (after controls)']);
    const lines = v.heatMaps.flatMap((m) => m.cells);
    expect(lines).toContain('Likelihood 4, impact 5 (score 20, above appetite): 1 restricted');
    expect(lines.some((l) => /: risk-[a-z-]+(, risk-[a-z-]+)* and \d restricted$/.test(l))).toBe(
      true,
    );
    const cellsWithRisks = site.risks.heatMaps.inherent.cells.filter((c) => c.count).length;
    expect(v.heatMaps[0].cells).toHaveLength(cellsWithRisks);
  });

  it('lists the shown risks with their scores, treatment and owner, and the categories to filter by', () => {
    expect(v.rows).toHaveLength(site.risks.items.length);
    const row = v.rows.find((r) => r.key === 'risks/risk-dc-north-fire')!;
    expect(row).toMatchObject({ ownerTitle: 'Facilities', category: 'facilities' });
    const untreated = site.risks.items.filter((r) => r.treatment === undefined).length;
    expect(v.rows.filter((r) => r.treatment === 'none')).toHaveLength(untreated);
    expect(v.categories).toEqual([...new Set(v.rows.map((r) => r.category))].sort());
  });

  it('names no record the edition leaves out', () => {
    expectNoLeftOutRecord(site, whole, v);
  });
});
