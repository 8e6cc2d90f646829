import { describe, it, expect } from 'vitest';
import { findRole, listRoles, rolesOfTeam, toRoleSlug } from '../../src/lib/render/roles.ts';
import { literalSite } from './sites.ts';

const recs = [
  { kind: 'people' as const, id: 'ann' },
  {
    kind: 'teams' as const,
    id: 'crew',
    data: {
      members: [
        { person: 'ann', role: 'DBA on call' },
        { person: 'ann', role: 'On-call' },
      ],
    },
  },
  {
    kind: 'plans' as const,
    id: 'p',
    data: {
      type: 'incident-response',
      steps: [
        { id: 'a', phase: 'detect', role: 'Incident lead', action: 'Look.' },
        { id: 'b', phase: 'assess', role: ' incident LEAD ', action: 'Think.' },
        { id: 'c', phase: 'assess', role: 'On call', action: 'Call.' },
      ],
    },
  },
  {
    kind: 'plans' as const,
    id: 'secret',
    data: {
      type: 'incident-response',
      classification: 'confidential',
      steps: [{ id: 'a', phase: 'detect', role: 'Vault keeper', action: 'Open.' }],
    },
  },
];

describe('toRoleSlug', () => {
  it('turns a role name into lower-case words joined by hyphens', () => {
    expect(toRoleSlug(' DBA on call ')).toBe('dba-on-call');
    expect(toRoleSlug('Head of Comms / Press')).toBe('head-of-comms-press');
    expect(toRoleSlug('Gérant')).toBe('gerant');
  });
});

describe('listRoles', () => {
  const site = literalSite(recs, 'internal');

  it('lists each role of the shown plans and teams once, whatever its case and spaces, by name', () => {
    const roles = listRoles(site.model);
    expect(roles.map((r) => [r.name, r.slug, r.plans, r.teams])).toEqual([
      ['DBA on call', 'dba-on-call', [], ['crew']],
      ['Incident lead', 'incident-lead', ['p'], []],
      ['On call', 'on-call', ['p'], []],
      ['On-call', 'on-call-2', [], ['crew']],
    ]);
  });

  it('names no role written only in a record the edition leaves out', () => {
    expect(listRoles(site.model).some((r) => r.name === 'Vault keeper')).toBe(false);
    expect(listRoles(literalSite(recs, 'confidential').model).map((r) => r.name)).toContain(
      'Vault keeper',
    );
  });
});

describe('findRole', () => {
  it('finds a role by its name in any case', () => {
    const site = literalSite(recs, 'internal');
    expect(findRole(site.model, 'INCIDENT lead')?.slug).toBe('incident-lead');
    expect(findRole(site.model, 'Nobody')).toBeUndefined();
  });
});

describe('rolesOfTeam', () => {
  it("lists the roles a team's members hold, by name", () => {
    const site = literalSite(recs, 'internal');
    expect(rolesOfTeam(site.model, 'crew').map((r) => r.slug)).toEqual([
      'dba-on-call',
      'on-call-2',
    ]);
    expect(rolesOfTeam(site.model, 'nobody')).toEqual([]);
  });
});
