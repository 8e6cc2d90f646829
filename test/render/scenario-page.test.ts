import { describe, it, expect } from 'vitest';
import { toScenarioPage } from '../../src/lib/render/scenario-page.ts';
import { expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

const pageOf = (edition: 'confidential' | 'internal', id: string) => {
  const site = sampleSite(edition);
  return toScenarioPage(
    site,
    site.scenarios.items.find((s) => s.id === id)!,
    href,
  );
};

describe('toScenarioPage', () => {
  it('says the targets of what fails with Keyfort are at risk: no substitute and no exit plan', () => {
    const v = pageOf('confidential', 'vendor-keyfort');
    expect(v.counts.broken).toBe(0);
    expect(v.atRisk).toEqual({
      count: v.counts.atRisk,
      vendors: ['vendors/keyfort'],
      text: `${v.counts.atRisk} targets at risk: no substitute and no exit plan for Keyfort`,
    });
    expect(v.atRisk!.count).toBeGreaterThan(0);
    const sso = v.services.find((x) => x.key === 'services/sso')!;
    expect(sso).toMatchObject({ atRisk: true, late: false, back: 'unknown' });
  });

  it('says nothing is at risk when the lost vendor has an approved exit plan', () => {
    const v = pageOf('confidential', 'vendor-nimbus-cloud');
    expect(v.atRisk).toBeUndefined();
    expect(v.fallbacks).toEqual([
      {
        label: 'Exit plan for Nimbus Cloud (substitutability hard)',
        keys: ['plans/nimbus-cloud-exit'],
      },
    ]);
  });

  it('names the plans to invoke, approved first, never retired, with their teams', () => {
    const v = pageOf('confidential', 'location-dc-north');
    expect(v.plans.length).toBeGreaterThan(0);
    const approved = v.plans.map((p) => p.status === 'approved');
    expect(approved).toEqual([...approved].sort((a, b) => Number(b) - Number(a)));
    expect(v.plans.every((p) => p.status !== 'retired')).toBe(true);
    expect(v.plans.find((p) => p.key === 'plans/datacentre-failover')).toMatchObject({
      status: 'approved',
    });
    expect(v.plans.every((p) => p.covers)).toBe(true);
    expect(v.teams.length).toBeGreaterThan(0);
    expect(v.teams.every((t) => t.startsWith('teams/'))).toBe(true);
    expect(v.plansRestricted).toBe(0);
  });

  it('lists plans only written for the kind of loss apart, leaving out exit plans of other vendors', () => {
    const v = pageOf('confidential', 'vendor-keyfort');
    expect(v.alsoFor?.tag).toBe('third-party-failure');
    expect(v.alsoFor?.plans).not.toContain('plans/nimbus-cloud-exit');
    expect(v.alsoFor?.plans).not.toContain('plans/collabra-exit');
  });

  it('names the alternate site of a lost location and the recovery order by wave', () => {
    const v = pageOf('confidential', 'location-dc-north');
    expect(v.fallbacks).toHaveLength(1);
    expect(v.fallbacks[0].label).toMatch(/^Alternate site for /);
    expect(v.order.map((w) => w.wave)).toEqual(
      [...v.order.map((w) => w.wave)].sort((a, b) => a - b),
    );
    expect(v.order.flatMap((w) => w.services).sort()).toEqual(v.services.map((x) => x.key).sort());
  });

  it('names no record the edition leaves out, and counts the plans it does not name', () => {
    const whole = sampleSite('confidential');
    const site = sampleSite('internal');
    for (const s of site.scenarios.items) {
      const v = toScenarioPage(site, s, href);
      const all = toScenarioPage(
        whole,
        whole.scenarios.items.find((x) => x.id === s.id)!,
        href,
      );
      expect(v.plans.length + (v.alsoFor?.plans.length ?? 0) + v.plansRestricted, s.id).toBe(
        all.plans.length + (all.alsoFor?.plans.length ?? 0),
      );
      expect(v.counts).toEqual(all.counts);
      expectNoLeftOutRecord(site, whole, v);
    }
  });
});
