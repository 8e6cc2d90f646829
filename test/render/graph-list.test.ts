import { describe, it, expect } from 'vitest';
import { LIST_LINKS, locationsOf, ownerOf, toGraphList } from '../../src/lib/render/graph-list.ts';
import type { Rec } from '../helpers.ts';
import { href, literalSite } from './sites.ts';

const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', rto: '4h', recoveryTime: '1h', ...data },
});

//   web --> db (in dc-1 and the confidential dc-x) ; web ..soft..> cache (team "hidden", confidential)
//   web --> secret (confidential)
const recs: Rec[] = [
  { kind: 'teams', id: 'hidden', data: { classification: 'confidential' } },
  { kind: 'locations', id: 'dc-1', data: { type: 'data-centre', title: 'DC One' } },
  { kind: 'locations', id: 'dc-x', data: { type: 'data-centre', classification: 'confidential' } },
  svc('web', { dependsOn: ['db', 'secret', { service: 'cache', type: 'soft' }] }),
  svc('db', { kind: 'data', locations: ['dc-1', 'dc-x'] }),
  svc('cache', { owner: 'hidden' }),
  svc('secret', { classification: 'confidential' }),
];
const site = literalSite(recs, 'internal');

describe('toGraphList', () => {
  it('lists what each record needs and what needs it inside the set, and counts the rest', () => {
    const [web, db] = toGraphList(site, ['services/web', 'services/db'], { href });
    expect(web.needs).toEqual([{ label: 'db', href: '/services/db/', soft: false }]);
    // the cache is outside the set, the secret is not named
    expect(web.needsMore).toBe(' and 2 more not in this view');
    expect(db.neededBy.map((l) => l.label)).toEqual(['web']);
    expect(db.needsMore).toBe('nothing');
  });

  it('counts only the dependency types asked for', () => {
    const [web] = toGraphList(site, ['services/web', 'services/cache'], { href, types: ['hard'] });
    expect(web.needs).toEqual([]);
    expect(web.needsMore).toBe('2 records not in this view');
  });

  it('marks soft dependencies, and gives filter values as tokens without spaces', () => {
    const [web, cache] = toGraphList(site, ['services/web', 'services/cache'], { href });
    expect(web.needs).toEqual([{ label: 'cache', href: '/services/cache/', soft: true }]);
    expect(cache.data).toEqual({
      kind: 'application',
      owner: '(restricted)',
      location: '',
      tier: '1',
    });
    expect(Object.values(web.data).every((v) => !/\s/.test(v))).toBe(true);
  });

  it(`gives at most ${LIST_LINKS} links and counts the others`, () => {
    const many = Array.from({ length: LIST_LINKS + 3 }, (_, i) => svc(`d${i}`));
    const s = literalSite([svc('hub', { dependsOn: many.map((r) => r.id) }), ...many], 'internal');
    const [hub] = toGraphList(
      s,
      ['services/hub', ...many.map((r) => `services/${r.id}` as const)],
      {
        href,
      },
    );
    expect(hub.needs).toHaveLength(LIST_LINKS);
    expect(hub.needsMore).toBe(' and 3 more not in this view');
  });
});

describe('ownerOf', () => {
  it('names a shown team and links it, and says "restricted team" for one the edition leaves out', () => {
    const e = (id: string) => site.model.index.get(`services/${id}`)!;
    expect(ownerOf(site, e('web'), href)).toEqual({
      value: 'ops',
      link: { label: 'ops', href: '/teams/ops/' },
    });
    expect(ownerOf(site, e('cache'), href)).toEqual({
      value: '(restricted)',
      link: { label: 'restricted team' },
    });
  });
});

describe('locationsOf', () => {
  it('names the shown locations of a service and not the others', () => {
    expect(locationsOf(site, site.model.index.get('services/db')!)).toEqual([
      { value: 'dc-1', label: 'DC One' },
      { value: '(restricted)', label: 'restricted location' },
    ]);
  });
});
