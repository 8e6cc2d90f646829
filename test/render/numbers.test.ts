/**
 * One story of the numbers (issue 12 item 1): a service page shows one own recovery time,
 * the analysis's; every home figure is the count of the list on the page it links to; the
 * home page's "Recover first" follows the recovery order; every tier is the target's tier.
 */
import { describe, it, expect } from 'vitest';
import { toRecordPage } from '../../src/lib/render/record-page.ts';
import { ATTENTION_ROWS, toHomeView } from '../../src/lib/render/home.ts';
import { compareActions, toActions } from '../../src/lib/render/actions.ts';
import {
  toRecoveryPage,
  toTierRule,
  RECOVERY_ORDER_NOTE,
} from '../../src/lib/render/recovery-page.ts';
import { isLateReview, toReviewsPage } from '../../src/lib/render/reviews-page.ts';
import { toGapsPage } from '../../src/lib/render/gaps-page.ts';
import { toOwnRecoveryText } from '../../src/lib/render/recovery-facts.ts';
import { parseDuration } from '../../src/lib/schema/duration.ts';
import { tierOf } from '../../src/lib/analytics/tiers.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import { href, sampleSite } from './sites.ts';

const EDITIONS = ['public', 'internal', 'confidential'] as const;

describe('toRecordPage: one own recovery time', () => {
  for (const edition of ['internal', 'confidential'] as const)
    it(`shows at most one own recovery time on each ${edition} service page, the analysis's`, () => {
      const site = sampleSite(edition);
      let measured = 0;
      for (const entry of site.model.byKind.services) {
        const view = toRecordPage(site, entry, href);
        const facts = [...view.facts, ...(view.insights?.facts ?? [])];
        const own = facts.filter((f) => /own recovery/i.test(f.label));
        expect(own.length, entry.key).toBeLessThanOrEqual(1);
        const node = site.recovery.byKey.get(entry.key)!;
        if (own.length === 0) {
          expect(node.ownRecovery?.minutes, entry.key).toBeUndefined();
          continue;
        }
        const value = own[0].value as string;
        expect(parseDuration(value.split(',')[0]), entry.key).toBe(node.ownRecovery?.minutes);
        if (node.ownRecovery?.source === 'measured') {
          measured++;
          const { incident, exercise } = node.ownRecovery;
          expect(value, entry.key).toContain(
            incident ? `measured in a real outage, ${incident}` : `measured in ${exercise}`,
          );
          if (entry.data.recoveryTime !== undefined)
            expect(value, entry.key).toMatch(/; history: declared recoveryTime \S+$/);
        }
      }
      // The sample has services an exercise or an incident measured: the test has teeth.
      expect(measured).toBeGreaterThan(0);
    });

  it('says where the figure comes from, with the estimate it set aside as history', () => {
    expect(
      toOwnRecoveryText(
        {
          minutes: 600,
          source: 'measured',
          exercise: 'ex-2026-01-database-restore',
          date: '2026-01-24',
        },
        { recoveryTime: 240 },
      ),
    ).toMatchInlineSnapshot(
      `"10h, measured in ex-2026-01-database-restore on 2026-01-24; history: declared recoveryTime 4h"`,
    );
    expect(
      toOwnRecoveryText({ minutes: 240, source: 'estimated' }, { recoveryTime: 240 }),
    ).toMatchInlineSnapshot(`"4h, estimated by the owner (recoveryTime)"`);
    expect(toOwnRecoveryText({ source: 'unknown' })).toMatchInlineSnapshot(
      `"unknown (no measurement, estimate or declared RTO)"`,
    );
  });
});

/** The length of a list as a page shows it: the shown items plus the restricted ones counted. */
const listed = (shown: number, restricted: number) => shown + restricted;

function linkedCounts(site: Published) {
  const reviews = toReviewsPage(site);
  const recovery = toRecoveryPage(site, href);
  const gaps = toGapsPage(site);
  const late = (check?: string) =>
    reviews.byCheck
      .filter((g) => check === undefined || g.check === check)
      .reduce((sum, g) => sum + listed(g.items.filter(isLateReview).length, g.lateRestricted), 0);
  return {
    reviews,
    recovery,
    late: late(),
    findings: late('finding'),
    unreachable: listed(recovery.unreachable.rows.length, recovery.unreachable.restricted),
    gaps: gaps.groups.reduce((sum, g) => sum + listed(g.gaps.length, g.restricted), 0),
  };
}

describe('toHomeView: every figure is the count on the page it links to', () => {
  for (const edition of EDITIONS)
    it(`counts the lists of reviews/, recovery/, gaps/ and reviews/finding/ in the ${edition} edition`, () => {
      const site = sampleSite(edition);
      const home = toHomeView(site);
      const pages = linkedCounts(site);
      expect(home.late.total).toBe(pages.late);
      expect(home.late.total).toBe(pages.reviews.late.total);
      expect(home.findingsLate.total).toBe(pages.findings);
      expect(home.unreachable.total).toBe(pages.unreachable);
      expect(home.unreachable.total).toBe(pages.recovery.unreachable.total);
      expect(home.gaps.total).toBe(pages.gaps);
      // Both say what they count: services and business functions.
      expect(home.unreachableWhat).toMatch(
        /^services and business functions \(\d+ services, \d+ functions\)$/,
      );
      expect(pages.recovery.unreachable.label).toMatch(/\d+ services? and \d+ business functions?/);
      expect(home.late.total).toBeGreaterThan(0);
      expect(home.unreachable.total).toBeGreaterThan(0);
    });
});

describe('toHomeView: needs attention now', () => {
  for (const edition of EDITIONS)
    it(`lists the first of the things to do now that actions/ counts, each with its owner (${edition})`, () => {
      const site = sampleSite(edition);
      const actions = toActions(site);
      const home = toHomeView(site, actions);
      const { attention } = home;
      // The home figure is the actions page's: its teams' now counts, unowned included.
      expect(attention.now).toBe(actions.counts.now);
      expect(attention.now).toBe(actions.teams.reduce((n, t) => n + t.counts.now, 0));
      const listed = actions.teams.flatMap((t) => t.items.filter((a) => a.when === 'now'));
      expect(attention.restricted).toBe(attention.now - listed.length);
      expect(attention.rows).toHaveLength(Math.min(ATTENTION_ROWS, listed.length));
      expect(attention.owners).toHaveLength(attention.rows.length);
      for (const row of attention.rows) expect(row.when).toBe('now');
      for (let i = 1; i < attention.rows.length; i++)
        expect(compareActions(attention.rows[i - 1], attention.rows[i])).toBeLessThanOrEqual(0);
    });
});

describe('toHomeView: recover first', () => {
  it('follows the recovery order (wave), priority inside a wave, and says so as the recovery page does', () => {
    const site = sampleSite('internal');
    const home = toHomeView(site);
    const order = site.recovery.waves.flatMap((w) => w.services.map((id) => `services/${id}`));
    expect(home.top.map((t) => t.key)).toEqual(order.slice(0, home.top.length));
    for (let i = 1; i < home.top.length; i++) {
      const [a, b] = [home.top[i - 1], home.top[i]];
      expect(a.wave! < b.wave! || (a.wave === b.wave && a.rank < b.rank)).toBe(true);
    }
    expect(home.orderNote).toBe(RECOVERY_ORDER_NOTE);
    expect(toRecoveryPage(site, href).orderNote).toBe(RECOVERY_ORDER_NOTE);
  });
});

describe('NodeRecovery.tier: one rule for every badge', () => {
  it('is the tier of the target RTO, stated once on the recovery page', () => {
    const site = sampleSite('confidential');
    for (const n of site.recovery.nodes)
      expect(n.tier, n.key).toBe(tierOf(n.rto.target, site.model.settings.tiers));
    expect(toTierRule(site.model.settings.tiers)).toMatchInlineSnapshot(
      `"Tier is the recovery class of the target RTO (the tighter of the declared RTO and the RTO required by what depends on it): tier 1 up to 4h, tier 2 up to 1d, tier 3 up to 3d, tier 4 for anything looser. Every tier badge on the site (T1, T2, …) follows this rule."`,
    );
  });
});

describe('listReviewsDue: the yearly exercise of tier 1–2 plans', () => {
  it('asks it of the approved plans covering a record whose recovery tier is 1 or 2', () => {
    const site = sampleSite('confidential');
    const tier = (key: string) => site.recovery.byKey.get(key as never)?.tier ?? 9;
    let critical = 0;
    for (const p of site.model.byKind.plans.filter((x) => x.data.status === 'approved')) {
      const covered = [
        ...p.data.covers.services.map((id) => `services/${id}`),
        ...p.data.covers.functions.map((id) => `bia/${id}`),
      ];
      const isCritical = covered.some((k) => tier(k) <= 2);
      if (isCritical) critical++;
      const asked = site.reviews.items.some((i) => i.key === p.key && i.check === 'exercise');
      expect(asked, p.key).toBe(isCritical);
    }
    expect(critical).toBeGreaterThan(0);
  });
});
