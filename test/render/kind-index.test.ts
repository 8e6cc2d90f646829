import { describe, it, expect } from 'vitest';
import { toKindIndex } from '../../src/lib/render/kind-index.ts';
import { sortForIndex, toIndexColumns } from '../../src/lib/render/facts.ts';
import { expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

describe('toKindIndex', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it('lists the shown records of the kind in index order with their columns', () => {
    const v = toKindIndex(site, 'plans', href);
    expect(v.title).toBe('Plans');
    expect(v.columns).toEqual(toIndexColumns('plans'));
    expect(v.rows.map((r) => r.title)).toEqual(
      sortForIndex('plans', site.model.byKind.plans).map((e) => e.data.title),
    );
    expect(v.rows[0].href).toMatch(/^\/plans\/[a-z-]+\/$/);
    expect(v.rows[0].cells).toHaveLength(v.columns.length);
    expect(v.printLink).toBe(true);
    expect(toKindIndex(site, 'teams', href).printLink).toBe(false);
  });

  it("counts the whole organisation's records of the kind, saying how many are not listed", () => {
    const n = whole.model.byKind.plans.length;
    expect(toKindIndex(site, 'plans', href).count).toBe(
      `${n} records (1 of them restricted, not listed)`,
    );
    expect(toKindIndex(whole, 'plans', href).count).toBe(`${n} records`);
    // People are internal (their personal numbers are not): the internal edition lists them all.
    const people = whole.model.byKind.people.length;
    expect(toKindIndex(site, 'people', href).rows).toHaveLength(people);
    expect(toKindIndex(site, 'people', href).count).toBe(`${people} records`);
    const outside = toKindIndex(sampleSite('public'), 'people', href);
    expect(outside.rows).toEqual([]);
    expect(outside.count).toBe(`${people} records (${people} of them restricted, not listed)`);
  });

  it('names no record the edition leaves out', () => {
    for (const kind of ['plans', 'vendors', 'teams'] as const)
      expectNoLeftOutRecord(site, whole, toKindIndex(site, kind, href));
  });
});
