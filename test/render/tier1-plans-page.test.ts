import { describe, it, expect } from 'vitest';
import { toTier1PlansPage } from '../../src/lib/render/tier1-plans-page.ts';
import { expectNoLeftOutRecord, href, sampleSite } from './sites.ts';
import { parseDuration } from '../../src/lib/schema/duration.ts';

describe('toTier1PlansPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it('gathers every approved recovery plan covering a tier-1 service, and no exit plan', () => {
    const v = toTier1PlansPage(whole, href);
    const tier1 = (id: string) => whole.recovery.byKey.get(`services/${id}`)?.tier === 1;
    const expected = whole.model.byKind.plans.filter(
      (p) =>
        p.data.status === 'approved' &&
        (p.data.type === 'service-continuity' || p.data.type === 'disaster-recovery') &&
        p.data.covers.services.some(tier1),
    );
    // An exit plan covering a tier-1 service is not a recovery plan.
    const exits = whole.model.byKind.plans.filter(
      (p) =>
        p.data.type === 'exit' &&
        p.data.status === 'approved' &&
        p.data.covers.services.some(tier1),
    );
    expect(exits.length).toBeGreaterThan(0);
    expect(v.plans.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(v.plans.some((p) => exits.some((e) => e.id === p.id))).toBe(false);
    expect(v.count).toBe(`${expected.length} approved recovery plans`);
  });

  it('orders them by the first wave of the tier-1 services they cover, then by the tightest target', () => {
    const v = toTier1PlansPage(whole, href);
    const keyOfPlan = (order: string) => {
      const m = order.match(/^wave (\d+), RTO (.+)$/);
      if (!m) throw new Error(`order "${order}" is not "wave N, RTO D"`);
      return [Number(m[1]), parseDuration(m[2])!] as const;
    };
    const keys = v.plans.map((p) => keyOfPlan(p.order));
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    // The sample has plans in the same wave with different targets: the second key decides.
    expect(new Set(keys.filter((k) => k[0] === keys[0][0]).map((k) => k[1])).size).toBeGreaterThan(
      1,
    );
  });

  it('gives each plan its anchor, version, what it covers, facts and its steps as a checklist', () => {
    const v = toTier1PlansPage(whole, href);
    const dc = v.plans.find((p) => p.id === 'datacentre-failover')!;
    expect(dc).toMatchObject({
      href: '/plans/datacentre-failover/',
      anchor: 'plan-datacentre-failover',
      headingId: 'h-datacentre-failover',
      version: '4.1',
    });
    expect(dc.covers).toMatchInlineSnapshot(
      `"Data centre network (DC North) (tier 1), Storage area network (DC North) (tier 1), Virtualisation cluster (DC North) (tier 1), PostgreSQL cluster (tier 1), Ledger database (tier 1) and ERP database (tier 2)"`,
    );
    expect(dc.facts.length).toBeGreaterThan(0);
    const plan = whole.model.index.get('plans/datacentre-failover')!;
    expect(dc.procedure.steps.map((s) => s.action)).toEqual(
      (plan.data as { steps: { action: string }[] }).steps.map((s) => s.action),
    );
    expect(dc.procedure.activation.length).toBeGreaterThan(0);
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
    // What a plan covers counts the records it cannot name.
    expect(v.plans.find((p) => p.id === 'order-processing-continuity')?.covers).toMatch(
      / and 1 restricted record$/,
    );
    expectNoLeftOutRecord(site, whole, v);
  });
});
