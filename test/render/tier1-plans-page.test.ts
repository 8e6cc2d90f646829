import { describe, it, expect } from 'vitest';
import { toTier1PlansPage } from '../../src/lib/render/tier1-plans-page.ts';
import { expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

describe('toTier1PlansPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it('gathers every approved plan covering a tier-1 service, by the first wave of those services', () => {
    const v = toTier1PlansPage(whole, href);
    const tier1 = (id: string) => whole.recovery.byKey.get(`services/${id}`)?.tier === 1;
    const expected = whole.model.byKind.plans.filter(
      (p) => p.data.status === 'approved' && p.data.covers.services.some(tier1),
    );
    expect(v.plans.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(v.count).toBe(`${expected.length} approved plans`);
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

  it('counts the plans the edition does not print', () => {
    const all = toTier1PlansPage(whole, href);
    const v = toTier1PlansPage(site, href);
    expect(v.count).toBe(
      `${all.plans.length} approved plans (${all.plans.length - v.plans.length} of them restricted, not printed here)`,
    );
    expect(v.plans.length).toBeLessThan(all.plans.length);
    expectNoLeftOutRecord(site, whole, v);
  });
});
