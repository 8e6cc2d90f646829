import { describe, it, expect } from 'vitest';
import { toRolePage } from '../../src/lib/render/role-page.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';

// Plan p (team crew, declared by cid):
//   a detect  Incident lead 10m  (starts 0)
//   b assess  Comms lead    20m  after a (starts 10m)
//   c recover Incident lead 1h   after b (starts 30m: first hour)
//   d verify  Incident lead      after c (starts 1h 30m)
//   e verify  Incident lead      after d (start unknown; verify is not an early phase)
const recs = [
  { kind: 'people' as const, id: 'ann', data: { phone: '+44 20 7946 0001' } },
  { kind: 'people' as const, id: 'bob' },
  { kind: 'people' as const, id: 'cid', data: { mayDeclareDisaster: true } },
  {
    kind: 'teams' as const,
    id: 'crew',
    data: {
      members: [
        { person: 'ann', role: 'Incident lead' },
        { person: 'bob', role: 'Incident lead', as: 'alternate' },
        { person: 'bob', role: 'Comms lead' },
      ],
      escalation: ['ann', 'bob'],
    },
  },
  {
    kind: 'plans' as const,
    id: 'p',
    data: {
      type: 'incident-response',
      teams: ['crew'],
      declaredBy: ['cid'],
      scenarios: ['ict-failure'],
      steps: [
        { id: 'a', phase: 'detect', role: 'Incident lead', action: 'Look.', estimate: '10m' },
        {
          id: 'b',
          phase: 'assess',
          role: 'Comms lead',
          action: 'Tell.',
          estimate: '20m',
          after: ['a'],
        },
        {
          id: 'c',
          phase: 'recover',
          role: 'Incident lead',
          action: 'Fix.',
          estimate: '1h',
          after: ['b'],
        },
        { id: 'd', phase: 'verify', role: 'Incident lead', action: 'Check.', after: ['c'] },
        { id: 'e', phase: 'verify', role: 'Incident lead', action: 'Recheck.', after: ['d'] },
      ],
    },
  },
  {
    kind: 'plans' as const,
    id: 'secret',
    data: {
      type: 'incident-response',
      classification: 'confidential',
      steps: [{ id: 'a', phase: 'detect', role: 'Incident lead', action: 'Open.' }],
    },
  },
];

describe('toRolePage', () => {
  const site = literalSite(recs, 'internal');
  const v = toRolePage(site, 'incident-lead')!;

  it('lists the holders per team, primary first, with their work numbers', () => {
    expect(v.teams).toHaveLength(1);
    expect(v.teams[0].holders.map((h) => [h.person.id, h.note])).toEqual([
      ['ann', 'primary'],
      ['bob', 'alternate'],
    ]);
    expect(v.teams[0].holders[0].phone[0].href).toBe('tel:+442079460001');
    expect(v.teams[0].hasAlternate).toBe(true);
  });

  it('lists its steps with phase, estimate, what they wait for and when they start', () => {
    expect(v.plans.map((p) => p.plan.id)).toEqual(['p']);
    expect(v.plans[0].scenarios).toEqual(['ict failure']);
    expect(v.plans[0].steps.map((s) => [s.n, s.phase, s.estimate, s.after, s.starts])).toEqual([
      [1, 'detect', '10m', '', 'starts at activation'],
      [3, 'recover', '1h', 'after 2 (b)', 'starts at 30m'],
      [4, 'verify', '', 'after 3 (c)', 'starts at 1h 30m'],
      [5, 'verify', '', 'after 4 (d)', 'start unknown'],
    ]);
  });

  it('keeps the steps that start within the first hour, earliest first', () => {
    expect(v.firstHour.map((f) => f.step.id)).toEqual(['a', 'c']);
  });

  it('hands over to the roles of the steps that wait for its steps, and reaches escalation and declarers', () => {
    expect(v.handsOverTo).toEqual([{ name: 'Comms lead', slug: 'comms-lead' }]);
    expect(v.reach.map((r) => [r.label, r.people.map((p) => p.person.id)])).toEqual([
      ['crew: escalation', ['ann', 'bob']],
      ['May declare its plans', ['cid']],
    ]);
  });

  it('counts the plans the edition leaves out, never naming them, and links its neighbours in the index', () => {
    expect(v.restrictedPlans).toBe(1);
    expect(v.restrictedWhat.plans).toBe('more plan with steps in this role is');
    expect(JSON.stringify(v)).not.toContain('secret');
    expect(v.previous?.slug).toBe('comms-lead');
    expect(v.next).toBeUndefined();
    expect(toRolePage(site, 'nobody')).toBeUndefined();
  });

  it("shows the sample's warehouse operations manager with holders and steps, naming nothing left out", () => {
    const internal = sampleSite('internal');
    const w = toRolePage(internal, 'warehouse-operations-manager')!;
    expect(w.teams.flatMap((t) => t.holders.map((h) => h.person.title))).toContain('Quinn Adeyemi');
    expect(w.plans.map((p) => p.plan.id)).toContain('warehouse-continuity');
    expect(w.firstHour[0].step.id).toBe('confirm-outage');
    const all = ['backup-administrator', 'incident-responder', 'dba-on-call'].map((s) =>
      toRolePage(internal, s),
    );
    expectNoLeftOutRecord(internal, sampleSite('confidential'), [w, ...all]);
  });
});
