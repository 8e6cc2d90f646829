import { describe, it, expect } from 'vitest';
import { toRolesIndex } from '../../src/lib/render/roles-index.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';
import { LIST_CAP } from '../../src/lib/render/paging.ts';

describe('toRolesIndex', () => {
  const site = sampleSite('internal');
  const v = toRolesIndex(site);

  it('lists every role A–Z with its holders and the plans and steps naming it', () => {
    expect(v.count).toMatch(/^\d+ roles$/);
    const names = v.rows.map((r) => r.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const wom = v.rows.find((r) => r.slug === 'warehouse-operations-manager')!;
    expect(wom).toMatchObject({ primaries: 1, alternates: 1, warning: '' });
    expect(wom.steps).toBeGreaterThanOrEqual(3);
    expect(wom.teams.map((t) => t.id)).toEqual(['warehouse-operations']);
  });

  it('groups the roles by team and counts the teams and plans it does not name', () => {
    const g = v.byTeam.shown.find((x) => x.team.id === 'warehouse-operations')!;
    expect(g.roles.map((r) => r.slug)).toContain('warehouse-operations-manager');
    expect(v.restricted).toBeGreaterThan(0);
    expect(v.restrictedNote).toMatch(/this edition does not name/);
    expectNoLeftOutRecord(site, sampleSite('confidential'), v);
  });

  it('groups the first teams by team, the teams list has the rest, and lists roles no team holds', () => {
    const many = toRolesIndex(
      literalSite(
        [
          { kind: 'people' as const, id: 'ann' },
          ...Array.from({ length: LIST_CAP + 10 }, (_, n) => ({
            kind: 'teams' as const,
            id: `t-${String(n).padStart(2, '0')}`,
            data: { members: [{ person: 'ann', role: 'Lead', as: 'primary' }] },
          })),
          {
            kind: 'plans' as const,
            id: 'p',
            data: {
              type: 'incident-response',
              owner: 't-00',
              steps: [{ id: 'a', phase: 'detect', role: 'Scribe', action: 'Write.' }],
            },
          },
        ],
        'internal',
      ),
    );
    expect(many.byTeam.shown).toHaveLength(LIST_CAP);
    expect(many.byTeam).toMatchObject({ more: 10, total: LIST_CAP + 10 });
    expect(many.byTeam.shown[0]).toMatchObject({ team: { id: 't-00' }, roles: [{ slug: 'lead' }] });
    expect(many.unheld).toEqual([{ name: 'Scribe', slug: 'scribe' }]);
  });
});
