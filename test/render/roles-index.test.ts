import { describe, it, expect } from 'vitest';
import { toRolesIndex } from '../../src/lib/render/roles-index.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

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
    const g = v.byTeam.find((x) => x.team?.id === 'warehouse-operations')!;
    expect(g.roles.map((r) => r.slug)).toContain('warehouse-operations-manager');
    expect(v.restricted).toBeGreaterThan(0);
    expect(v.restrictedNote).toMatch(/this edition does not name/);
    expectNoLeftOutRecord(site, sampleSite('confidential'), v);
  });
});
