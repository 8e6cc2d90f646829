import { describe, it, expect } from 'vitest';
import { toReviewsPage } from '../../src/lib/render/reviews-page.ts';
import { REVIEW_CHECKS } from '../../src/lib/analytics/review-due.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';

describe('toReviewsPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toReviewsPage(site);

  it("counts the whole organisation's checks by status, saying how many are on restricted records", () => {
    for (const status of ['overdue', 'never', 'due-soon', 'current'] as const)
      expect(v.counts[status].total).toBe(
        whole.reviews.items.filter((i) => i.status === status).length,
      );
    expect(v.counts.overdue.label).toMatch(/^overdue \(\d+ of them on restricted records\)$/);
    expect(v.counts['due-soon'].label).toMatch(/^due within 30 days/);
    expect(toReviewsPage(whole).counts.never.label).toBe('never done');
  });

  it('counts every check late or due soon by owner, the whole organisation, named or not', () => {
    const late = (st: string) => st === 'overdue' || st === 'never';
    expect(v.byOwner.reduce((n, g) => n + g.late, 0)).toBe(
      whole.reviews.items.filter((i) => late(i.status)).length,
    );
    expect(v.byOwner.reduce((n, g) => n + g.dueSoon, 0)).toBe(
      whole.reviews.items.filter((i) => i.status === 'due-soon').length,
    );
    expect(v.byOwner.map((g) => g.team)).toEqual([...v.byOwner.map((g) => g.team)].sort());
    expect(v.byOwner.some((g) => g.restricted > 0)).toBe(true);
  });

  it('says a check is all current only when nothing of it is late, named or not', () => {
    expect(v.byCheck.map((g) => g.check)).toEqual(REVIEW_CHECKS);
    // The public edition leaves every person out, and so every training check.
    const training = toReviewsPage(sampleSite('public')).byCheck.find(
      (g) => g.check === 'training',
    )!;
    expect(training.items).toEqual([]);
    expect(training.allCurrent).toBe(false);
    expect(training.restricted).toBeGreaterThan(0);
    expect(training.count).toBe(
      `${training.restricted} not current, ${training.restricted} on restricted records`,
    );
    for (const g of toReviewsPage(whole).byCheck)
      expect(g.allCurrent).toBe(g.count === '0 not current');
  });

  it('writes each status as people read it', () => {
    const labels = new Set(v.byCheck.flatMap((g) => g.items.map((i) => i.statusLabel)));
    expect([...labels].some((l) => /^overdue \d+ days$/.test(l))).toBe(true);
    expect(labels).toContain('never done');
    expect(labels).toContain('due soon');
    expect(labels).not.toContain('due-soon');
  });

  it('lists up to twelve months ahead, in order, with nothing overdue', () => {
    expect(v.byMonth.length).toBeLessThanOrEqual(12);
    expect(v.byMonth.map((m) => m.month)).toEqual([...v.byMonth.map((m) => m.month)].sort());
    for (const m of v.byMonth)
      for (const i of m.items) {
        expect(i.due.startsWith(m.month)).toBe(true);
        expect(i.due > site.asOf || i.due === site.asOf).toBe(true);
      }
  });

  it('names no record the edition leaves out', () => {
    expectNoLeftOutRecord(site, whole, v);
  });

  it('counts the checks of the teams the edition leaves out in one group, "restricted record"', () => {
    // ops owns db; the confidential team "hidden" owns app, which this edition shows.
    const recs = [
      { kind: 'teams' as const, id: 'hidden', data: { classification: 'confidential' } },
      { kind: 'services' as const, id: 'app', data: { kind: 'application', owner: 'hidden' } },
      { kind: 'services' as const, id: 'db', data: { kind: 'data' } },
    ];
    const groups = toReviewsPage(literalSite(recs, 'internal')).byOwner;
    const left = groups.find((g) => g.team === 'teams/(restricted)')!;
    expect(left.late).toBeGreaterThan(0);
    expect(JSON.stringify(groups)).not.toContain('hidden');
  });
});
