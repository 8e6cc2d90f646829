import { describe, it, expect } from 'vitest';
import { toTier1PlansPage } from '../../src/lib/render/tier1-plans-page.ts';
import { expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

describe('toTier1PlansPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it('gathers every approved recovery plan covering a tier-1 service, by the first wave of those services', () => {
    const v = toTier1PlansPage(whole, href);
    const tier1 = (id: string) => whole.recovery.byKey.get(`services/${id}`)?.tier === 1;
    const expected = whole.model.byKind.plans.filter(
      (p) =>
        p.data.status === 'approved' &&
        (p.data.type === 'service-continuity' || p.data.type === 'disaster-recovery') &&
        p.data.covers.services.some(tier1),
    );
    // An exit plan covering a tier-1 service is not a recovery plan.
    expect(
      whole.model.byKind.plans.some(
        (p) =>
          p.data.type === 'exit' &&
          p.data.status === 'approved' &&
          p.data.covers.services.some(tier1),
      ),
    ).toBe(true);
    expect(v.plans.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(v.count).toBe(`${expected.length} approved recovery plans`);
    const waves = v.plans.map((p) => Number(p.wave.match(/\d+/)![0]));
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    const first = v.plans[0];
    expect(first).toMatchObject({
      href: `/plans/${first.id}/`,
      anchor: `plan-${first.id}`,
      headingId: `h-${first.id}`,
    });
    expect(first.facts.length).toBeGreaterThan(0);
    expect(first.tables.map((t) => t.caption)).toContain('Procedure steps');
  });

  it('counts the plans the edition does not print, and names none of them', () => {
    const all = toTier1PlansPage(whole, href);
    const v = toTier1PlansPage(site, href);
    const left = all.plans.length - v.plans.length;
    expect(v.count).toBe(
      `${all.plans.length} approved recovery plans` +
        (left ? ` (${left} of them restricted, not printed here)` : ''),
    );
    expect(v.plans.every((p) => all.plans.some((q) => q.id === p.id))).toBe(true);
    expectNoLeftOutRecord(site, whole, v);
  });
});
