import { describe, it, expect } from 'vitest';
import { toPlanTraining, toTeamTraining } from '../../src/lib/render/training-status.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

describe('toPlanTraining', () => {
  const site = sampleSite('confidential');
  const plan = getEntry(site.model, 'plans', 'datacentre-failover')!;
  const v = toPlanTraining(site, plan);

  it('lists everyone the plan names, its teams and who may declare it, with where they stand', () => {
    const named = new Set(plan.data.declaredBy);
    for (const t of plan.data.teams)
      for (const m of getEntry(site.model, 'teams', t)!.data.members) named.add(m.person);
    expect(v.rows.map((r) => r.person.id)).toEqual([...named].sort());
    expect(v.counts.current + v.counts.due + v.counts.never).toBe(named.size);
  });

  it('shows the person who trained on an older version as due, and one on the current version as current', () => {
    const row = (id: string) => v.rows.find((r) => r.person.id === id)!;
    expect(row('amara-okafor').state).toBe('due');
    // The test date is 2026-11-25: 351 days after the plan's version 4.1 was approved.
    expect(row('amara-okafor').detail).toBe('overdue 351 days, due 2025-12-09');
    expect(['current', 'due']).toContain(row('elena-petrova').state);
    expect(v.rows.some((r) => r.state === 'never')).toBe(true);
  });

  it('has no editor link without a repository, and says how to record training', () => {
    expect(v.rows.every((r) => r.editHref === undefined)).toBe(true);
    expect(v.howTo).toContain('type: attestation');
  });
});

describe('toTeamTraining', () => {
  it("lists each member on each of the team's plans, naming no one the edition leaves out", () => {
    const whole = sampleSite('confidential');
    const site = sampleSite('internal');
    const team = getEntry(site.model, 'teams', 'infrastructure')!;
    const v = toTeamTraining(site, team);
    const plans = site.model.byKind.plans.filter(
      (p) => p.data.status !== 'retired' && p.data.teams.includes('infrastructure'),
    );
    expect(v.rows.length + v.restricted).toBe(
      new Set(team.data.members.map((m) => m.person)).size * plans.length,
    );
    expect(v.rows.every((r) => r.plan !== undefined)).toBe(true);
    expectNoLeftOutRecord(site, whole, v);
  });
});
