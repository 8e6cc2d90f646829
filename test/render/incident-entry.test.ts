import { describe, it, expect } from 'vitest';
import { toIncidentEntry } from '../../src/lib/render/incident-entry.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';

describe('toIncidentEntry', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toIncidentEntry(site);

  it('lists every shown service by name with the plans covering it, approved first', () => {
    expect(v.services.map((r) => r.record.id).sort()).toEqual(
      site.model.byKind.services.map((s) => s.id).sort(),
    );
    const titles = v.services.map((r) => r.record.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('en').compare));
    const wms = v.services.find((r) => r.record.id === 'warehouse-management')!;
    expect(wms.plans[0]).toMatchObject({ id: 'warehouse-continuity', note: undefined });
    const drafts = v.services.flatMap((r) => r.plans).filter((p) => p.note === 'draft');
    expect(drafts.length).toBeGreaterThan(0);
  });

  it('counts the whole organisation, naming only what the edition shows', () => {
    expect(v.functionCount.total).toBe(whole.model.byKind.bia.length);
    expect(v.functionCount.restricted).toBe(
      whole.model.byKind.bia.length - site.model.byKind.bia.length,
    );
    expect(v.functionCount.restricted).toBeGreaterThan(0);
    expectNoLeftOutRecord(site, whole, v);
  });

  it('gives the disruptions plans are written for, site loss first, with those plans', () => {
    expect(v.scenarios[0].scenario).toBe('site-loss');
    for (const s of v.scenarios)
      for (const p of s.plans) {
        const plan = site.model.byKind.plans.find((x) => x.id === p.id)!;
        expect(plan.data.scenarios, p.id).toContain(s.scenario);
      }
    expect(v.goBags.length).toBe(site.model.byKind.teams.length);
  });

  it('names the owning team when no plan covers a service, and leaves retired plans out', () => {
    const lit = literalSite(
      [
        { kind: 'services', id: 'mail', data: { title: 'Mail', kind: 'application' } },
        {
          kind: 'plans',
          id: 'old',
          data: { type: 'exit', status: 'retired', covers: { services: ['mail'] } },
        },
      ],
      'internal',
    );
    const [mail] = toIncidentEntry(lit).services;
    expect(mail.plans).toEqual([]);
    expect(mail.owner.id).toBe('ops');
  });
});
