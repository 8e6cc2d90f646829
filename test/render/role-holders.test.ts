import { describe, it, expect } from 'vitest';
import { roleHolders } from '../../src/lib/render/role-holders.ts';
import { literalSite, sampleSite } from './sites.ts';

describe('roleHolders', () => {
  const site = sampleSite('internal');

  it("answers from the plan's own teams, primaries first, with work numbers as tel: links", () => {
    const h = roleHolders(site.model, 'Warehouse operations manager', ['warehouse-operations']);
    expect(h.map((x) => x.as)).toEqual(['primary', 'alternate']);
    expect(h[0].name).toMatch(/^Liam O.Connor$/);
    expect(h[1].name).toBe('Quinn Adeyemi');
    expect(h[0].phone[0].href).toMatch(/^tel:\+\d+$/);
    expect(h[0].email[0].href).toMatch(/^mailto:/);
  });

  it("falls back to every team when none of the plan's teams holds the role", () => {
    const h = roleHolders(site.model, 'major incident manager ', ['warehouse-operations']);
    expect(h.length).toBeGreaterThan(1);
    expect(h[0].as).toBe('primary');
    expect(h.every((x) => x.team === 'service-desk')).toBe(true);
    expect(h.map((x) => x.name)).toContain('Jonas Berg');
  });

  it('is empty for a role nobody holds, and names a left-out person as restricted', () => {
    expect(roleHolders(site.model, 'Chief pastry officer', [])).toEqual([]);
    const lit = literalSite(
      [
        { kind: 'people', id: 'ann', data: { title: 'Ann', classification: 'confidential' } },
        {
          kind: 'teams',
          id: 't',
          data: { title: 'T', members: [{ person: 'ann', role: 'Lead' }] },
        },
      ],
      'internal',
    );
    const [ann] = roleHolders(lit.model, 'Lead', ['t']);
    expect(ann).toMatchObject({ name: 'restricted record', key: undefined, phone: [], email: [] });
  });
});
