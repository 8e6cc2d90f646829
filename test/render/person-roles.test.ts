import { describe, it, expect } from 'vitest';
import { toPersonRoles } from '../../src/lib/render/person-roles.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { literalSite } from './sites.ts';

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
    expect(ann.plans.map((p) => p.id)).toEqual(['p']);
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
});
