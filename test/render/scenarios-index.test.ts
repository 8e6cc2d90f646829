import { describe, it, expect } from 'vitest';
import { toScenariosIndex } from '../../src/lib/render/scenarios-index.ts';
import { editionsSite, expectNoLeftOutRecord, sampleSite } from './sites.ts';

const scenarioHref = (id: string) => `/scenarios/${id}/`;

describe('toScenariosIndex', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toScenariosIndex(site, scenarioHref);

  it('groups the shown scenarios by what is lost: locations, vendors, then declared', () => {
    expect(v.groups.map((g) => [g.anchor, g.heading])).toEqual([
      ['g-location', 'Loss of a location'],
      ['g-vendor', 'Failure of a vendor'],
      ['g-declared', 'Declared scenarios'],
    ]);
    expect(v.groups.flatMap((g) => g.rows)).toHaveLength(site.scenarios.items.length);
    const dc = v.groups[0].rows.find((r) => r.href === '/scenarios/location-dc-north/')!;
    const s = site.scenarios.items.find((x) => x.id === 'location-dc-north')!;
    expect(dc).toEqual({
      title: s.title,
      href: dc.href,
      ...s.counts,
      down: `${s.counts.functions} functions, ${s.counts.services} services`,
      targets: `${s.counts.broken} broken`,
      // The whole organisation's figure (test/analytics/downtime-cost.test.ts), in every edition.
      cost: 'EUR 774,375',
    });
    const keyfort = toScenariosIndex(whole, scenarioHref).groups[1].rows.find(
      (r) => r.href === '/scenarios/vendor-keyfort/',
    )!;
    expect(keyfort.targets).toMatch(/^0 broken, \d+ at risk$/);
  });

  it('counts the scenarios of the records the edition leaves out', () => {
    expect(v.restricted).toBe(whole.scenarios.items.length - site.scenarios.items.length);
    expect(v.restricted).toBeGreaterThan(0);
    expectNoLeftOutRecord(site, whole, v);
  });

  it('leaves out a group with no scenario the edition names', () => {
    const e = toScenariosIndex(editionsSite('public'), scenarioHref);
    expect(e.groups.every((g) => g.rows.length > 0)).toBe(true);
  });
});
