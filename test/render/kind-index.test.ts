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
    expect(v.columns).toEqual([...toIndexColumns('plans'), 'Covers', 'Tier', 'Review state']);
    expect(v.rows.map((r) => r.title)).toEqual(
      sortForIndex('plans', site.model.byKind.plans).map((e) => e.data.title),
    );
    expect(v.rows[0].href).toMatch(/^\/plans\/[a-z-]+\/$/);
    expect(v.rows[0].cells).toHaveLength(v.columns.length);
    expect(v.printLink).toBe(true);
    expect(toKindIndex(site, 'teams', href).printLink).toBe(false);
  });

  it('says for each plan what it covers, the best tier among that, and its review state', () => {
    const v = toKindIndex(site, 'plans', href);
    const at = (label: string) => v.columns.indexOf(label);
    const row = v.rows.find((r) => r.title === 'Warehouse continuity plan');
    if (!row) throw new Error('no warehouse continuity plan');
    const covers = row.cells[at('Covers')] as { id: string }[];
    expect(covers.map((l) => l.id)).toContain('warehouse-management');
    expect(row.cells[at('Tier')]).toBe('T1');
    expect(String(row.cells[at('Review state')])).toMatch(/^(current|(review|exercise) )/);
    const states = v.rows.map((r) => String(r.cells[at('Review state')]));
    expect(states.some((s) => s !== 'current')).toBe(true);
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
