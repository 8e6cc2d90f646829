import { describe, it, expect } from 'vitest';
import { toPersonRoles } from '../../src/lib/render/person-roles.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { literalSite } from './sites.ts';
import { LIST_CAP } from '../../src/lib/render/paging.ts';

const recs = [
  {
    kind: 'people' as const,
    id: 'ann',
    data: { training: [{ subject: 'p', completedOn: '2020-01-01' }] },
  },
  { kind: 'people' as const, id: 'bob', data: { mayDeclareDisaster: true } },
  {
    kind: 'teams' as const,
    id: 'crew',
    data: { members: [{ person: 'ann', role: 'Incident lead', as: 'alternate' }] },
  },
  {
    kind: 'plans' as const,
    id: 'p',
    data: {
      type: 'incident-response',
      owner: 'crew',
      declaredBy: ['bob'],
      steps: [{ id: 'a', phase: 'detect', role: 'incident lead', action: 'Look.' }],
    },
  },
];

describe('toPersonRoles', () => {
  const site = literalSite(recs, 'internal');
  const of = (id: string) => toPersonRoles(site, getEntry(site.model, 'people', id)!);

  it('links the roles a person holds, with their team, and the plans of those roles', () => {
    const ann = of('ann');
    expect(ann.roles).toEqual([
      {
        name: 'incident lead',
        slug: 'incident-lead',
        as: 'alternate',
        team: { kind: 'teams', id: 'crew', title: 'crew' },
      },
    ]);
    expect(ann.plans.shown.map((p) => p.id)).toEqual(['p']);
    expect(ann.plans.more).toBe(0);
    expect(ann.teams).toEqual([
      { team: { kind: 'teams', id: 'crew', title: 'crew' }, href: 'actions/crew/' },
    ]);
  });

  it('picks the learning paths from what the person does', () => {
    expect(of('ann').paths.map((p) => p.id)).toEqual(['all-staff', 'responders', 'plan-owners']);
    expect(of('bob').paths.map((p) => p.id)).toEqual(['all-staff', 'managers', 'executives']);
  });

  it('lists the training that is not current and where every training item is', () => {
    const ann = of('ann');
    expect(ann.training).toHaveLength(1);
    expect(ann.training[0].status).toBe('overdue');
    expect(ann.trainingHref).toBe('reviews/training/');
    expect(of('bob').training).toEqual([]);
  });

  it("lists the plans they may declare first, then their roles' plans, by title, up to the cap", () => {
    const plan = (n: number, declaredBy: string[]) => ({
      kind: 'plans' as const,
      id: `p-${n}`,
      data: {
        title: `Plan ${n}`,
        type: 'incident-response',
        owner: 'crew',
        declaredBy,
        steps: [{ id: 'a', phase: 'detect', role: 'Incident lead', action: 'Look.' }],
      },
    });
    const many = literalSite(
      [
        { kind: 'people' as const, id: 'cat', data: { mayDeclareDisaster: true } },
        { kind: 'people' as const, id: 'dan', data: { mayDeclareDisaster: true } },
        {
          kind: 'teams' as const,
          id: 'crew',
          data: { members: [{ person: 'cat', role: 'Incident lead', as: 'primary' }] },
        },
        // Dan holds no role and may declare more plans than the cap.
        ...Array.from({ length: LIST_CAP + 10 }, (_, n) =>
          plan(n, n === 30 || n === 7 ? ['cat', 'dan'] : ['dan']),
        ),
      ],
      'internal',
    );
    const cat = toPersonRoles(many, getEntry(many.model, 'people', 'cat')!);
    expect(cat.plans.total).toBe(LIST_CAP + 10);
    expect(cat.plans.more).toBe(10);
    // Numbers by value: Plan 7 before Plan 30, Plan 9 before Plan 10.
    expect(cat.plans.shown.slice(0, 5).map((p) => p.id)).toEqual([
      'p-7',
      'p-30',
      'p-0',
      'p-1',
      'p-2',
    ]);
    expect(cat.plans.shown.map((p) => p.id)).toContain('p-10');
    expect(cat.planLists).toEqual([{ name: 'Incident lead', href: 'roles/incident-lead/plans/' }]);
    expect(cat.declaredMore).toBe(false);
    const dan = toPersonRoles(many, getEntry(many.model, 'people', 'dan')!);
    expect(dan.plans.shown).toHaveLength(LIST_CAP);
    expect(dan.planLists).toEqual([]);
    expect(dan.declaredMore).toBe(true);
  });
});
