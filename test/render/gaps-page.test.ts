import { describe, it, expect } from 'vitest';
import { toGapsPage, toHighGroups, toRuleLabel } from '../../src/lib/render/gaps-page.ts';
import { GAP_RULE_IDS } from '../../src/lib/analytics/gaps/index.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

describe('toRuleLabel', () => {
  it('writes a rule id as a heading', () => {
    expect(toRuleLabel('no-approved-plan')).toBe('No approved plan');
  });
});

describe('toGapsPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toGapsPage(site);

  it("counts the whole organisation's gaps by severity, saying how many are on restricted records", () => {
    expect(v.summary).toMatchInlineSnapshot(
      `"71 gaps (6 of them on records this edition does not name): 19 high (2 of them on restricted records), 33 medium (4 of them on restricted records), 19 low"`,
    );
    expect(v.summary.startsWith(`${whole.gaps.items.length} gaps`)).toBe(true);
  });

  it('says the same as the confidential edition where nothing is left out', () => {
    const all = toGapsPage(whole);
    expect(all.summary).toBe(
      `${whole.gaps.items.length} gaps: ` +
        ['high', 'medium', 'low']
          .map((s) => `${whole.gaps.items.filter((g) => g.severity === s).length} ${s}`)
          .join(', '),
    );
    // One group per rule in the order its first gap is listed, every gap in it.
    expect(all.groups.map((g) => g.rule)).toEqual([
      ...new Set(whole.gaps.items.map((g) => g.rule)),
    ]);
    for (const g of all.groups) {
      expect(g.restricted).toBe(0);
      expect(g.count).toBe(String(g.gaps.length));
    }
  });

  it('groups the shown gaps by rule, counting each rule in the whole organisation', () => {
    const shown = site.gaps.items.length;
    expect(v.groups.reduce((n, g) => n + g.gaps.length, 0)).toBe(shown);
    for (const g of v.groups) {
      const whole = site.gaps.count((x) => x.rule === g.rule);
      expect(g.restricted).toBe(whole.restricted);
      expect(g.gaps.length).toBe(whole.total - whole.restricted);
      expect(GAP_RULE_IDS).toContain(g.rule);
    }
  });

  it('keeps a rule whose gaps are all on left-out records, with its count and no rows', () => {
    // The public edition leaves every person out, and with them every gap about one.
    const people = toGapsPage(sampleSite('public')).groups.find(
      (g) => g.rule === 'person-in-many-roles',
    )!;
    expect(people.restricted).toBeGreaterThan(0);
    expect(people.gaps).toEqual([]);
    expect(people.count).toBe(`${people.restricted}, ${people.restricted} on restricted records`);
    expect(people.restrictedWhat).toBe('more gaps of this kind');
  });

  it('marks each service of the coverage table per scenario, P planned and E exercised', () => {
    expect(v.coverage.scenarios).toEqual(site.coverage.scenarios);
    site.coverage.rows.forEach((r, i) => {
      expect(v.coverage.rows[i].key).toBe(r.key);
      r.cells.forEach((c, j) =>
        expect(v.coverage.rows[i].cells[j]).toBe(
          `${c.planned ? 'P' : ''}${c.exercised ? 'E' : ''}`,
        ),
      );
    });
    expect(v.coverage.rows.flatMap((r) => r.cells)).toContain('PE');
  });

  it('names no record the edition leaves out', () => {
    expectNoLeftOutRecord(site, whole, v);
  });
});

describe('toGapsPage: who must act', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toGapsPage(site);

  it("names each gap's owning team, and sums the shown gaps per team, most high first", () => {
    for (const g of v.groups)
      for (const row of g.gaps) {
        const team = site.model.index.get(row.key)!.data.owner;
        const shown = site.model.index.has(`teams/${team}` as never);
        expect(row.owner.id, row.key).toBe(shown ? team : '');
      }
    expect(v.owners.reduce((n, o) => n + o.gaps, 0)).toBe(site.gaps.items.length);
    const highs = v.owners.map((o) => o.high);
    expect(highs).toEqual([...highs].sort((a, b) => b - a));
    expectNoLeftOutRecord(site, whole, v);
  });

  it('says a fix every gap of a rule shares once, for the rule, and keeps fixes that differ', () => {
    const once = v.groups.filter((g) => g.fix !== undefined);
    expect(once.length).toBeGreaterThan(0);
    for (const g of once) expect(g.gaps.every((r) => r.fix === '')).toBe(true);
    for (const g of v.groups.filter((x) => x.fix === undefined && x.gaps.length > 1))
      expect(new Set(g.gaps.map((r) => r.fix)).size).toBeGreaterThan(1);
  });
});

describe('toHighGroups', () => {
  const v = toGapsPage(sampleSite('confidential'));

  it('keeps the rules with high gaps, each with its high gaps in list order', () => {
    const high = toHighGroups(v);
    const expected = v.groups
      .map((g) => ({ rule: g.rule, gaps: g.gaps.filter((r) => r.severity === 'high') }))
      .filter((g) => g.gaps.length > 0);
    expect(high.map((g) => g.rule)).toEqual(expected.map((g) => g.rule));
    expect(high.map((g) => g.gaps)).toEqual(expected.map((g) => g.gaps));
    expect(high.every((g) => g.more === 0)).toBe(true);
  });

  it('lists the first `cap` high gaps of a rule and counts the rest', () => {
    const high = toHighGroups(v, 1);
    const all = toHighGroups(v);
    expect(high.every((g) => g.gaps.length === 1)).toBe(true);
    expect(high.map((g) => g.more)).toEqual(all.map((g) => g.gaps.length - 1));
    expect(high.map((g) => g.gaps[0])).toEqual(all.map((g) => g.gaps[0]));
  });
});
