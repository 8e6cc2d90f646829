import { describe, it, expect } from 'vitest';
import { compareActions, toActions, type ActionRow } from '../../src/lib/render/actions.ts';
import { editionsSite, expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';
import type { Published } from '../../src/lib/publish/publish.ts';

/** What the whole organisation has to do: gaps, checks late or due soon, warnings on records. */
function wholeCount(site: Published) {
  const gaps = site.gaps.count(() => true).total;
  const checks = site.reviews.count((i) => i.status !== 'current').total;
  const warnings = site.warnings.count(() => true).total;
  return gaps + checks + warnings;
}

describe('toActions', () => {
  for (const edition of ['confidential', 'internal', 'public'] as const) {
    it(`counts every gap, check not current and warning once, against its owner (${edition})`, () => {
      const site = sampleSite(edition);
      const v = toActions(site);
      expect(v.counts.total).toBe(wholeCount(site));
      expect(v.counts.total).toBe(v.counts.now + v.counts.next + v.counts.later);
      expect(v.teams.reduce((n, t) => n + t.counts.total, 0) + v.unowned).toBe(v.counts.total);
      for (const t of v.teams) {
        expect(t.items.length + t.restricted, t.team).toBe(t.counts.total);
        for (const when of ['now', 'next', 'later'] as const)
          expect(t.items.filter((a) => a.when === when).length).toBeLessThanOrEqual(t.counts[when]);
      }
    });
  }

  it('gives the same whole-organisation counts in every edition: editions hide names, never numbers', () => {
    const counts = (['confidential', 'internal', 'public'] as const).map(
      (e) => toActions(sampleSite(e)).counts,
    );
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
  });

  it('puts overdue and never-done checks and high gaps now, due-soon checks, medium gaps and warnings next, low gaps later', () => {
    const v = toActions(sampleSite('confidential'));
    const rows = v.teams.flatMap((t) => t.items);
    const whenOf = (a: ActionRow) =>
      a.source === 'gap'
        ? { high: 'now', medium: 'next', low: 'later' }[a.label]
        : a.source === 'warning'
          ? 'next'
          : a.label === 'due soon'
            ? 'next'
            : 'now';
    for (const a of rows) expect(a.when, `${a.what} ${a.key}`).toBe(whenOf(a));
    expect(new Set(rows.map((a) => a.when))).toEqual(new Set(['now', 'next', 'later']));
  });

  it("orders a team's list by when, then severity (high gaps first), then due date (oldest first, undated after)", () => {
    for (const t of toActions(sampleSite('confidential')).teams)
      for (let i = 1; i < t.items.length; i++)
        expect(compareActions(t.items[i - 1], t.items[i])).toBeLessThanOrEqual(0);
    const row = (over: Partial<ActionRow>): ActionRow => ({
      when: 'now',
      source: 'gap',
      what: 'x',
      label: 'high',
      tone: '',
      key: 'services/a',
      message: '',
      fix: '',
      rank: 0,
      ...over,
    });
    const sorted = [
      row({ when: 'next', label: 'medium', rank: 1 }),
      row({ source: 'check', label: 'overdue 3 days', due: '2026-11-01', rank: 2 }),
      row({ source: 'check', label: 'never done', rank: 2 }),
      row({ source: 'check', label: 'overdue 30 days', due: '2026-10-01', rank: 2 }),
      row({ source: 'check', label: 'overdue 9 days', due: '2026-11-20', rank: 1 }),
      row({ label: 'high' }),
    ].sort(compareActions);
    expect(sorted.map((a) => `${a.when} ${a.due ?? '-'} ${a.label}`)).toEqual([
      'now - high',
      'now 2026-11-20 overdue 9 days',
      'now 2026-10-01 overdue 30 days',
      'now 2026-11-01 overdue 3 days',
      'now - never done',
      'next - medium',
    ]);
  });

  it("links a finding by its own title and says its fix once per rule in a team's list", () => {
    const v = toActions(sampleSite('confidential'));
    const findings = v.teams.flatMap((t) => t.items).filter((a) => a.what === 'Exercise finding');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.title).toBeTruthy();
      expect(f.message).not.toContain(f.title!.replace(/\.$/, ''));
    }
    for (const t of v.teams)
      for (const fix of t.fixes) {
        const rows = t.items.filter((a) => a.rule === fix.rule);
        expect(rows.length).toBeGreaterThan(1);
        expect(rows.every((a) => a.fix === '')).toBe(true);
      }
    expect(v.teams.some((t) => t.fixes.length > 0)).toBe(true);
  });

  it('names the first person of each team escalation order to call', () => {
    const site = sampleSite('confidential');
    for (const t of toActions(site).teams) {
      const first = site.model.index.get(t.team)?.data as { escalation?: string[] } | undefined;
      expect(t.contact?.person.id).toBe(first?.escalation?.[0]);
    }
  });

  it('counts the actions of teams the edition leaves out in one row, named nowhere', () => {
    const whole = editionsSite('confidential');
    const site = editionsSite('public');
    const v = toActions(site);
    expectNoLeftOutRecord(site, whole, v);
    // Last, whatever its counts; it lists only actions on records the edition shows.
    const left = v.teams.find((t) => t.team === 'teams/(restricted)');
    expect(left).toBeDefined();
    expect(v.teams.at(-1)).toBe(left);
    // A left-out team owns the record; the record is shown, so its gaps are counted, not listed.
    const recs = [
      { kind: 'teams' as const, id: 'hidden', data: { classification: 'confidential' } },
      { kind: 'services' as const, id: 'app', data: { kind: 'application', owner: 'hidden' } },
    ];
    const small = toActions(literalSite(recs, 'internal'));
    const row = small.teams.find((t) => t.team === 'teams/(restricted)')!;
    expect(row.counts.total).toBeGreaterThan(0);
    expect(JSON.stringify(small)).not.toContain('hidden');
  });
});
