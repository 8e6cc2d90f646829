import { describe, it, expect } from 'vitest';
import { modelOf, raw, MINIMAL, AS_OF, type Rec } from '../helpers.ts';
import {
  listReviewsDue,
  isLate,
  REVIEW_STATUSES,
  REVIEW_CHECKS,
  type ReviewItem,
  type ReviewCheck,
  type ReviewStatus,
} from '../../src/lib/analytics/review-due.ts';
import { buildContext } from '../../src/lib/analytics/context.ts';
import { idOf, kindOf } from '../../src/lib/model/key.ts';
import { formatText, ref } from '../../src/lib/model/text.ts';
import type { Model } from '../../src/lib/model/model.ts';
import { sampleModel, generatedModel } from './sample.ts';
import { KINDS, type Kind } from '../../src/lib/schema/index.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { toContentHistory } from '../../src/lib/git/parse.ts';
import { NO_HISTORY, type ContentHistory } from '../../src/lib/git/history.ts';

// AS_OF is 2026-11-25; with the default 30-day window anything due up to 2026-12-25 is due soon.

/** A record of `kind` with its minimal frontmatter plus `data`. */
const rec = (kind: Kind, id: string, data: Record<string, unknown> = {}): Rec => ({
  kind,
  id,
  data: { ...MINIMAL[kind], ...data },
});
const team = (id: string) => rec('teams', id);

/** The review list of a model, from its own analysis context. */
const reviewsOfModel = (model: Model): ReviewItem[] => listReviewsDue(buildContext(model));

/** The review list of a model built from literals; the fixture itself must be free of errors. */
function reviewsOf(recs: Rec[], settings: unknown = {}, asOf = AS_OF): ReviewItem[] {
  const model = modelOf(recs, settings, asOf);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return reviewsOfModel(model);
}

/** The detail of an item, formatted with record ids as the pages show it. */
const detail = (i: ReviewItem) => formatText(i.detail);
/** An item with its detail formatted, for whole-item assertions. */
const plain = (i: ReviewItem) => ({ ...i, detail: detail(i) });

/** The items of one check, optionally of one record. */
const itemsOf = (items: ReviewItem[], check: ReviewCheck, id?: string) =>
  items.filter((i) => i.check === check && (id === undefined || idOf(i.key) === id));
/** The single item of one check of one record. */
function itemOf(items: ReviewItem[], check: ReviewCheck, id: string): ReviewItem {
  const found = itemsOf(items, check, id);
  expect(found).toHaveLength(1);
  return found[0];
}
/** "status due daysLate" of an item, for compact assertions. */
const line = (i: ReviewItem) =>
  `${i.status} ${i.due ?? '-'}${i.daysLate === undefined ? '' : ` +${i.daysLate}`}`;

describe('listReviewsDue', () => {
  describe('review check', () => {
    it('marks a review whose due date has passed as overdue, with the days late', () => {
      const item = itemOf(
        reviewsOf([rec('services', 'db', { lastReviewed: '2025-11-01' })]),
        'review',
        'db',
      );
      expect(plain(item)).toEqual({
        key: 'services/db',
        title: 'db',
        owner: 'ops',
        check: 'review',
        due: '2026-11-01',
        status: 'overdue',
        daysLate: 24,
        detail: 'Reviewed 2025-11-01; due every 12 months.',
      });
    });

    it('marks a review due within the window as due soon, and one beyond it as current', () => {
      const items = reviewsOf([
        rec('services', 'soon', { lastReviewed: '2025-12-10' }),
        rec('services', 'later', { lastReviewed: '2026-06-01' }),
      ]);
      expect(line(itemOf(items, 'review', 'soon'))).toBe('due-soon 2026-12-10');
      expect(line(itemOf(items, 'review', 'later'))).toBe('current 2027-06-01');
    });

    it('marks a record without lastReviewed as never reviewed, with no due date', () => {
      const item = itemOf(reviewsOf([rec('services', 'db')]), 'review', 'db');
      expect(line(item)).toBe('never -');
      expect(detail(item)).toBe('Never reviewed; due every 12 months.');
    });

    it('counts a review due today as due soon, not overdue', () => {
      expect(
        line(
          itemOf(
            reviewsOf([rec('services', 'db', { lastReviewed: '2025-11-25' })]),
            'review',
            'db',
          ),
        ),
      ).toBe('due-soon 2026-11-25');
    });

    it('includes the last day of the due-soon window and not the day after', () => {
      const items = reviewsOf([
        rec('services', 'edge', { lastReviewed: '2025-12-25' }),
        rec('services', 'past-edge', { lastReviewed: '2025-12-26' }),
      ]);
      expect(line(itemOf(items, 'review', 'edge'))).toBe('due-soon 2026-12-25');
      expect(line(itemOf(items, 'review', 'past-edge'))).toBe('current 2026-12-26');
    });

    it('uses the record reviewEvery before the organisation default', () => {
      const items = reviewsOf(
        [
          rec('services', 'own-cycle', { lastReviewed: '2026-03-01', reviewEvery: 6 }),
          rec('services', 'default-cycle', { lastReviewed: '2026-03-01' }),
        ],
        { review: { defaultEveryMonths: 24 } },
      );
      expect(line(itemOf(items, 'review', 'own-cycle'))).toBe('overdue 2026-09-01 +85');
      expect(detail(itemOf(items, 'review', 'own-cycle'))).toBe(
        'Reviewed 2026-03-01; due every 6 months.',
      );
      expect(line(itemOf(items, 'review', 'default-cycle'))).toBe('current 2028-03-01');
    });

    it('uses the due-soon window from settings', () => {
      const items = reviewsOf([rec('services', 'db', { lastReviewed: '2025-12-10' })], {
        review: { dueSoonDays: 7 },
      });
      expect(itemOf(items, 'review', 'db').status).toBe('current');
    });

    it('clamps the due date to the end of a shorter month', () => {
      const items = reviewsOf([
        rec('services', 'aug-31', { lastReviewed: '2026-08-31', reviewEvery: 3 }),
        rec('services', 'leap-day', { lastReviewed: '2024-02-29' }),
      ]);
      expect(line(itemOf(items, 'review', 'aug-31'))).toBe('due-soon 2026-11-30');
      expect(itemOf(items, 'review', 'leap-day').due).toBe('2025-02-28');
    });

    it('lists a review for every kind with review fields and none for exercises or people', () => {
      const items = reviewsOf(KINDS.filter((k) => k !== 'teams').map((k) => rec(k, `a-${k}`)));
      expect(
        itemsOf(items, 'review')
          .map((i) => kindOf(i.key))
          .sort(),
      ).toEqual([
        'bia',
        'guides',
        'locations',
        'plans',
        'policies',
        'risks',
        'services',
        'teams',
        'vendors',
      ]);
    });

    it('skips retired services, retired plans and policies and closed risks', () => {
      const items = reviewsOf([
        rec('services', 'old-app', { lifecycle: 'retired' }),
        rec('services', 'legacy-app', { lifecycle: 'deprecated' }),
        rec('plans', 'old-plan', { status: 'retired' }),
        rec('plans', 'draft-plan', { status: 'draft' }),
        rec('policies', 'old-policy', { status: 'retired' }),
        rec('risks', 'gone-risk', { status: 'closed' }),
        rec('risks', 'live-risk'),
      ]);
      expect(
        itemsOf(items, 'review')
          .map((i) => i.key)
          .sort(),
      ).toEqual(['plans/draft-plan', 'risks/live-risk', 'services/legacy-app', 'teams/ops']);
    });

    it('takes everything from the model asOf, not the clock', () => {
      const recs = [rec('services', 'db', { lastReviewed: '2025-01-15' })];
      expect(line(itemOf(reviewsOf(recs, {}, '2025-06-01'), 'review', 'db'))).toBe(
        'current 2026-01-15',
      );
      expect(line(itemOf(reviewsOf(recs, {}, '2026-01-01'), 'review', 'db'))).toBe(
        'due-soon 2026-01-15',
      );
      expect(line(itemOf(reviewsOf(recs, {}, '2026-01-20'), 'review', 'db'))).toBe(
        'overdue 2026-01-15 +5',
      );
    });
  });

  describe('exercise check', () => {
    // tier-1 (rto 4h) and tier-3 (rto 3d) services, a tier-2 function (rto 1d).
    const targets = [
      rec('services', 'tier1-app', { rto: '4h' }),
      rec('services', 'tier3-app', { rto: '3d' }),
      rec('services', 'no-rto-app'),
      rec('bia', 'tier2-function', { rto: '1d' }),
    ];
    const plan = (id: string, covers: Record<string, string[]>, status = 'approved') =>
      rec('plans', id, { status, covers });
    const exercise = (id: string, date: string, plans: string[], status = 'completed') =>
      rec('exercises', id, { date, status, plans });

    it('is due a year after the latest completed exercise of an approved plan covering a tier-1 service', () => {
      const items = reviewsOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        exercise('ex-old', '2025-03-01', ['dr']),
        exercise('ex-new', '2026-01-10', ['dr']),
      ]);
      expect(plain(itemOf(items, 'exercise', 'dr'))).toEqual({
        key: 'plans/dr',
        title: 'dr',
        owner: 'ops',
        check: 'exercise',
        due: '2027-01-10',
        status: 'current',
        detail:
          'Last exercised 2026-01-10 in ex-new; plans covering tier 1-2 must be exercised every 12 months (DORA Art. 11(6)).',
      });
    });

    it('names the last exercise by reference', () => {
      const items = reviewsOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        exercise('ex-new', '2026-01-10', ['dr']),
      ]);
      expect(itemOf(items, 'exercise', 'dr').detail.slice(0, 3)).toEqual([
        'Last exercised 2026-01-10 in ',
        ref('exercises/ex-new'),
        '; plans covering tier 1-2 must be exercised every 12 months (DORA Art. 11(6)).',
      ]);
    });

    it('keeps the smaller exercise id when two exercises of a plan share the latest date', () => {
      const items = reviewsOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        exercise('ex-b', '2026-01-10', ['dr']),
        exercise('ex-a', '2026-01-10', ['dr']),
      ]);
      expect(detail(itemOf(items, 'exercise', 'dr'))).toMatch(
        /^Last exercised 2026-01-10 in ex-a;/,
      );
    });

    it('counts a plan covering a tier-2 business function', () => {
      const items = reviewsOf([
        ...targets,
        plan('bcp', { functions: ['tier2-function'] }),
        exercise('ex-1', '2025-11-01', ['bcp']),
      ]);
      expect(line(itemOf(items, 'exercise', 'bcp'))).toBe('overdue 2026-11-01 +24');
    });

    it('marks a plan with due soon when the anniversary is within the window', () => {
      const items = reviewsOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        exercise('ex-1', '2025-12-20', ['dr']),
      ]);
      expect(line(itemOf(items, 'exercise', 'dr'))).toBe('due-soon 2026-12-20');
    });

    it('marks an approved tier 1-2 plan that was never exercised as never', () => {
      const item = itemOf(
        reviewsOf([...targets, plan('dr', { services: ['tier1-app'] })]),
        'exercise',
        'dr',
      );
      expect(line(item)).toBe('never -');
      expect(detail(item)).toMatch(/^Never exercised; /);
    });

    it('asks nothing of plans covering only tier 3 or untiered services', () => {
      const items = reviewsOf([
        ...targets,
        plan('tier3-plan', { services: ['tier3-app', 'no-rto-app'] }),
        plan('empty-plan', {}),
      ]);
      expect(itemsOf(items, 'exercise')).toEqual([]);
    });

    it('asks nothing of draft or retired plans', () => {
      const items = reviewsOf([
        ...targets,
        plan('draft', { services: ['tier1-app'] }, 'draft'),
        plan('old', { services: ['tier1-app'] }, 'retired'),
      ]);
      expect(itemsOf(items, 'exercise')).toEqual([]);
    });

    it('does not count a cancelled or a planned exercise', () => {
      const items = reviewsOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        exercise('ex-cancelled', '2026-06-01', ['dr'], 'cancelled'),
        exercise('ex-planned', '2026-12-01', ['dr'], 'planned'),
      ]);
      expect(line(itemOf(items, 'exercise', 'dr'))).toBe('never -');
    });

    it('does not count a completed exercise dated after asOf', () => {
      const model = modelOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        exercise('ex-future', '2026-12-01', ['dr']),
      ]);
      expect(line(itemOf(reviewsOfModel(model), 'exercise', 'dr'))).toBe('never -');
    });

    it('only counts exercises that list the plan', () => {
      const items = reviewsOf([
        ...targets,
        plan('dr', { services: ['tier1-app'] }),
        plan('other', { services: ['tier3-app'] }),
        exercise('ex-other', '2026-06-01', ['other']),
      ]);
      expect(line(itemOf(items, 'exercise', 'dr'))).toBe('never -');
    });

    it('uses the exercise cycle and tier table from settings', () => {
      const settings = {
        review: { exerciseEveryMonths: 6 },
        tiers: [
          { tier: 1, name: 'Critical', maxRto: '1h' },
          { tier: 2, name: 'Essential', maxRto: '4d' },
        ],
      };
      const items = reviewsOf(
        [
          ...targets,
          plan('dr', { services: ['tier3-app'] }),
          exercise('ex-1', '2026-06-10', ['dr']),
        ],
        settings,
      );
      expect(line(itemOf(items, 'exercise', 'dr'))).toBe('due-soon 2026-12-10');
      expect(detail(itemOf(items, 'exercise', 'dr'))).toContain('every 6 months');
    });
  });

  describe('contact check', () => {
    it('gives every person a contact check six months after verification', () => {
      const items = reviewsOf([
        rec('people', 'late', { contactVerified: '2026-04-01' }),
        rec('people', 'soon', { contactVerified: '2026-06-15' }),
        rec('people', 'fresh', { contactVerified: '2026-10-01' }),
        rec('people', 'unverified'),
      ]);
      expect(itemsOf(items, 'contact').map((i) => `${idOf(i.key)} ${line(i)}`)).toEqual([
        'late overdue 2026-10-01 +55',
        'unverified never -',
        'soon due-soon 2026-12-15',
        'fresh current 2027-04-01',
      ]);
      expect(detail(itemOf(items, 'contact', 'late'))).toBe(
        'Contact details verified 2026-04-01; verified every 6 months.',
      );
      expect(detail(itemOf(items, 'contact', 'unverified'))).toBe(
        'Contact details never verified; verified every 6 months.',
      );
    });

    it('clamps the contact due date to the end of the month', () => {
      expect(
        itemOf(reviewsOf([rec('people', 'p', { contactVerified: '2026-05-31' })]), 'contact', 'p')
          .due,
      ).toBe('2026-11-30');
    });

    it('uses the verification interval from settings', () => {
      const items = reviewsOf([rec('people', 'p', { contactVerified: '2026-04-01' })], {
        review: { contactVerifyMonths: 12 },
      });
      expect(line(itemOf(items, 'contact', 'p'))).toBe('current 2027-04-01');
    });
  });

  describe('training check', () => {
    const subjects = [rec('plans', 'dr'), rec('guides', 'intro', { title: 'What ITSCM is' })];

    it('gives one item per subject, dated from the latest completion and naming its subject', () => {
      const items = reviewsOf([
        ...subjects,
        rec('people', 'ana', {
          training: [
            { subject: 'intro', completedOn: '2024-05-01' },
            { subject: 'dr', completedOn: '2026-03-01' },
            { subject: 'intro', completedOn: '2025-12-01' },
          ],
        }),
      ]);
      expect(itemsOf(items, 'training').map((i) => `${line(i)} | ${detail(i)}`)).toEqual([
        'due-soon 2026-12-01 | Trained on "What ITSCM is" (intro) 2025-12-01; refreshed every 12 months.',
        'current 2027-03-01 | Trained on "dr" (dr) 2026-03-01; refreshed every 12 months.',
      ]);
      expect(itemsOf(items, 'training').map((i) => i.subject)).toEqual(['intro', 'dr']);
    });

    it('names the subject by reference, after its title', () => {
      const items = reviewsOf([
        ...subjects,
        rec('people', 'ana', { training: [{ subject: 'intro', completedOn: '2026-02-01' }] }),
      ]);
      expect(itemsOf(items, 'training')[0].detail).toEqual([
        'Trained on "What ITSCM is" (',
        ref('guides/intro'),
        ') 2026-02-01; refreshed every 12 months.',
      ]);
    });

    it('marks training older than the refresh interval as overdue', () => {
      const items = reviewsOf([
        ...subjects,
        rec('people', 'ana', { training: [{ subject: 'dr', completedOn: '2025-10-31' }] }),
      ]);
      expect(itemsOf(items, 'training').map(line)).toEqual(['overdue 2026-10-31 +25']);
    });

    it('makes retraining due at once when the plan trained on has a newer version than the one recorded', () => {
      // dr is version 2.0, approved 2026-06-01; ana trained on 1.0 in March, ben on 2.0 in July.
      // Items come by due date.
      const plan = rec('plans', 'dr', { version: '2.0', approvedOn: '2026-06-01' });
      const items = reviewsOf([
        plan,
        rec('people', 'ana', {
          training: [{ subject: 'dr', completedOn: '2026-03-01', version: '1.0' }],
        }),
        rec('people', 'ben', {
          training: [{ subject: 'dr', completedOn: '2026-07-01', version: '2.0' }],
        }),
        rec('people', 'cy', { training: [{ subject: 'dr', completedOn: '2026-03-01' }] }),
      ]);
      expect(
        itemsOf(items, 'training').map((i) => `${idOf(i.key)} ${line(i)} | ${detail(i)}`),
      ).toEqual([
        'ana overdue 2026-06-01 +177 | Trained on "dr" (dr), version 1.0, 2026-03-01; the plan is version 2.0 since 2026-06-01: retrain on it.',
        'cy current 2027-03-01 | Trained on "dr" (dr) 2026-03-01; refreshed every 12 months.',
        'ben current 2027-07-01 | Trained on "dr" (dr), version 2.0, 2026-07-01; refreshed every 12 months.',
      ]);
    });

    it('says an attestation is read and understood', () => {
      const items = reviewsOf([
        rec('plans', 'dr', { version: '2.0' }),
        rec('people', 'ana', {
          training: [
            { subject: 'dr', completedOn: '2026-07-01', version: '2.0', type: 'attestation' },
          ],
        }),
      ]);
      expect(detail(itemsOf(items, 'training')[0])).toBe(
        'Read and understood "dr" (dr), version 2.0, 2026-07-01; refreshed every 12 months.',
      );
    });

    it('lists the sample person who trained on a plan before its last change as due for retraining', () => {
      const items = listReviewsDue(buildContext(sampleModel()));
      const amara = items.find(
        (i) =>
          i.check === 'training' &&
          i.key === 'people/amara-okafor' &&
          i.subject === 'datacentre-failover',
      )!;
      expect(amara.status).toBe('overdue');
      expect(amara.due).toBe('2025-12-09');
      expect(formatText(amara.detail)).toContain(
        'the plan is version 4.1 since 2025-12-09: retrain on it.',
      );
    });

    it('lists nothing for a person without training', () => {
      expect(itemsOf(reviewsOf([rec('people', 'ana')]), 'training')).toEqual([]);
    });

    it('uses the refresh interval from settings', () => {
      const items = reviewsOf(
        [
          ...subjects,
          rec('people', 'ana', { training: [{ subject: 'dr', completedOn: '2025-10-31' }] }),
        ],
        { review: { trainingRefreshMonths: 24 } },
      );
      expect(itemsOf(items, 'training').map(line)).toEqual(['current 2027-10-31']);
    });

    it('keeps the subjects of one person in id order when everything else is equal', () => {
      const items = reviewsOf([
        ...subjects,
        rec('people', 'ana', {
          training: [
            { subject: 'intro', completedOn: '2026-02-01' },
            { subject: 'dr', completedOn: '2026-02-01' },
          ],
        }),
      ]);
      expect(itemsOf(items, 'training').map((i) => detail(i).match(/\((\w+)\)/)![1])).toEqual([
        'dr',
        'intro',
      ]);
    });
  });

  describe('finding check', () => {
    const findings = [
      {
        id: 'F1',
        title: 'Backups untested.',
        severity: 'high',
        owner: 'db-team',
        due: '2026-10-31',
        status: 'open',
      },
      {
        id: 'F2',
        title: 'Runbook outdated.',
        severity: 'medium',
        owner: 'ops',
        due: '2026-12-15',
        status: 'in-progress',
      },
      { id: 'F3', title: 'Alerts noisy.', severity: 'low', owner: 'ops', due: '2027-06-30' },
      {
        id: 'F4',
        title: 'Fixed already.',
        severity: 'high',
        owner: 'ops',
        due: '2026-03-31',
        status: 'closed',
        closedOn: '2026-03-01',
      },
      { id: 'F5', title: 'No date yet.', severity: 'low', owner: 'ops' },
    ];
    const items = () => reviewsOf([team('db-team'), rec('exercises', 'ex-1', { findings })]);

    it('lists open and in-progress findings by their due date, owned by the finding owner', () => {
      expect(itemsOf(items(), 'finding').map(plain)).toEqual([
        {
          key: 'exercises/ex-1',
          title: 'Backups untested.',
          owner: 'db-team',
          check: 'finding',
          due: '2026-10-31',
          status: 'overdue',
          daysLate: 25,
          detail:
            'Finding F1 of ex-1 (high, open): fix it, then set status: closed, closedOn and fixedBy.',
          subject: 'F1',
        },
        {
          key: 'exercises/ex-1',
          title: 'Runbook outdated.',
          owner: 'ops',
          check: 'finding',
          due: '2026-12-15',
          status: 'due-soon',
          detail:
            'Finding F2 of ex-1 (medium, in-progress): fix it, then set status: closed, closedOn and fixedBy.',
          subject: 'F2',
        },
        {
          key: 'exercises/ex-1',
          title: 'Alerts noisy.',
          owner: 'ops',
          check: 'finding',
          due: '2027-06-30',
          status: 'current',
          detail:
            'Finding F3 of ex-1 (low, open): fix it, then set status: closed, closedOn and fixedBy.',
          subject: 'F3',
        },
      ]);
    });

    it("names the finding's exercise by reference", () => {
      expect(itemsOf(items(), 'finding')[0].detail).toEqual([
        'Finding F1 of ',
        ref('exercises/ex-1'),
        ' (high, open): fix it, then set status: closed, closedOn and fixedBy.',
      ]);
    });

    it('skips closed findings and findings without a due date', () => {
      const details = itemsOf(items(), 'finding').map(detail);
      expect(details.some((d) => d.includes('F4') || d.includes('F5'))).toBe(false);
    });
  });

  describe('audit check', () => {
    it('dates each vendor audit from lastAudit and auditEvery', () => {
      const items = reviewsOf([
        rec('vendors', 'late', { lastAudit: '2026-04-30', auditEvery: 6 }),
        rec('vendors', 'soon', { lastAudit: '2025-12-05' }),
        rec('vendors', 'fresh', { lastAudit: '2026-07-01' }),
        rec('vendors', 'unaudited'),
      ]);
      expect(itemsOf(items, 'audit').map((i) => `${idOf(i.key)} ${line(i)}`)).toEqual([
        'late overdue 2026-10-30 +26',
        'unaudited never -',
        'soon due-soon 2026-12-05',
        'fresh current 2027-07-01',
      ]);
      expect(detail(itemOf(items, 'audit', 'late'))).toBe(
        'Audited 2026-04-30; audited every 6 months.',
      );
      expect(detail(itemOf(items, 'audit', 'unaudited'))).toBe(
        'Never audited; audited every 12 months.',
      );
    });

    it('clamps the audit due date to the end of the month', () => {
      expect(
        itemOf(
          reviewsOf([rec('vendors', 'v', { lastAudit: '2026-03-31', auditEvery: 8 })]),
          'audit',
          'v',
        ).due,
      ).toBe('2026-11-30');
    });
  });

  describe('re-test check', () => {
    // Each file changed on the dates given, one commit per date (its hash: the date's digits), newest first as git lists them.
    const historyOf = (changes: Record<string, string[]>, uncommitted: string[] = []) => {
      const commits = new Map<string, string[]>();
      for (const [file, dates] of Object.entries(changes))
        for (const d of dates) commits.set(d, [...(commits.get(d) ?? []), file]);
      const log = [...commits]
        .sort(([a], [b]) => (a < b ? 1 : -1))
        .map(
          ([d, files]) =>
            `\x1e${d.replace(/-/g, '').padEnd(40, '0')}\x1f${d}T12:00:00+00:00\x1f\x1fChange\0\n${files.map((f) => `${f}\0`).join('')}`,
        )
        .join('');
      return toContentHistory({
        prefix: '',
        shallow: false,
        head: '0'.repeat(40),
        log,
        status: uncommitted.map((f) => ` M ${f}\0`).join(''),
      });
    };
    const reviewsWith = (recs: Rec[], history: ContentHistory) => {
      const model = buildModel({
        raws: raw([team('ops'), ...recs]),
        settings: {},
        asOf: AS_OF,
        history,
      });
      expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
      return reviewsOfModel(model);
    };
    const exercise = (id: string, date: string, data: Record<string, unknown>) =>
      rec('exercises', id, { date, ...data });
    const recs: Rec[] = [
      rec('plans', 'after'),
      rec('plans', 'before'),
      rec('plans', 'same-day'),
      rec('plans', 'retired', { status: 'retired' }),
      rec('plans', 'never-exercised'),
      rec('services', 'tested'),
      rec('services', 'measured'),
      exercise('x-jan', '2026-01-10', {
        plans: ['after', 'before', 'retired'],
        services: ['tested'],
      }),
      exercise('x-mar', '2026-03-01', {
        plans: ['same-day'],
        results: [{ service: 'measured', recoveryTime: '1h' }],
      }),
      exercise('x-planned', '2026-05-01', { status: 'planned', plans: ['after'] }),
    ];
    const history = historyOf({
      'plans/after.md': ['2026-02-01', '2026-04-01'],
      'plans/before.md': ['2026-01-05'],
      'plans/same-day.md': ['2026-03-01'],
      'plans/retired.md': ['2026-02-01'],
      'plans/never-exercised.md': ['2026-02-01'],
      'services/tested.md': ['2026-06-01'],
      'services/measured.md': ['2026-03-02'],
    });

    it('lists plans and services whose file changed after the completed exercise that last tested them, due on the first change', () => {
      const items = itemsOf(reviewsWith(recs, history), 're-test');
      expect(items.map((i) => `${idOf(i.key)} ${line(i)}`)).toEqual([
        'after overdue 2026-02-01 +297',
        'measured overdue 2026-03-02 +268',
        'tested overdue 2026-06-01 +177',
      ]);
      expect(detail(itemOf(items, 're-test', 'after'))).toBe(
        'Changed since its last exercise, x-jan on 2026-01-10: first on 2026-02-01 in 2026020, 2 changes in all; exercise it again so the version in use is the one tested.',
      );
      expect(itemOf(items, 're-test', 'after').change).toEqual({
        exercise: 'exercises/x-jan',
        exercised: '2026-01-10',
        on: '2026-02-01',
        commit: '20260201'.padEnd(40, '0'),
        changes: 2,
      });
      expect(itemOf(items, 're-test', 'after').owner).toBe('ops');
    });

    it('leaves out a plan changed before its last exercise or on its day, a retired plan, and one never exercised', () => {
      const ids = itemsOf(reviewsWith(recs, history), 're-test').map((i) => idOf(i.key));
      for (const id of ['before', 'same-day', 'retired', 'never-exercised'])
        expect(ids).not.toContain(id);
    });

    it('dates changes not committed on the as-of date', () => {
      const items = reviewsWith(recs, historyOf({}, ['plans/before.md']));
      expect(line(itemOf(items, 're-test', 'before'))).toBe(`due-soon ${AS_OF}`);
      expect(detail(itemOf(items, 're-test', 'before'))).toContain(
        'in the working copy, not committed',
      );
    });

    it('lists nothing without a git history', () => {
      expect(itemsOf(reviewsWith(recs, NO_HISTORY), 're-test')).toEqual([]);
    });

    it("lists a plan's re-test after its exercise check when both fall due on one day", () => {
      const critical = [
        rec('services', 'core', { rto: '1h' }),
        rec('plans', 'dr', { status: 'approved', covers: { services: ['core'] } }),
        exercise('x', '2025-11-01', { plans: ['dr'] }),
      ];
      const items = reviewsWith(critical, historyOf({ 'plans/dr.md': ['2026-11-01'] }));
      expect(
        items.filter((i) => i.key === 'plans/dr' && i.due === '2026-11-01').map((i) => i.check),
      ).toEqual(['exercise', 're-test']);
    });
  });

  describe('order', () => {
    const mixed = [
      rec('services', 'svc-current', { lastReviewed: '2026-09-01' }),
      rec('services', 'svc-soon', { lastReviewed: '2025-12-01' }),
      rec('services', 'svc-never'),
      rec('plans', 'plan-late', { lastReviewed: '2025-10-01' }),
      rec('services', 'svc-late', { lastReviewed: '2025-10-01' }),
      rec('services', 'svc-very-late', { lastReviewed: '2024-01-01' }),
      rec('vendors', 'vendor-late', { lastReviewed: '2025-10-01', lastAudit: '2025-10-01' }),
      rec('people', 'person-never'),
    ];

    it('lists overdue first, then never, then due soon, then current; by due date, kind, id and check within', () => {
      expect(
        reviewsOf(mixed).map((i) => `${i.status} ${i.due ?? '-'} ${i.key} ${i.check}`),
      ).toEqual([
        'overdue 2025-01-01 services/svc-very-late review',
        'overdue 2026-10-01 services/svc-late review',
        'overdue 2026-10-01 plans/plan-late review',
        'overdue 2026-10-01 vendors/vendor-late review',
        'overdue 2026-10-01 vendors/vendor-late audit',
        'never - services/svc-never review',
        'never - teams/ops review',
        'never - people/person-never contact',
        'due-soon 2026-12-01 services/svc-soon review',
        'current 2027-09-01 services/svc-current review',
      ]);
    });

    it('equals a plain sort by status, due date, kind, id and check on a generated organisation', () => {
      const items = reviewsOfModel(generatedModel(400));
      const rank = <T>(list: readonly T[], x: T) => list.indexOf(x);
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const expected = [...items].sort(
        (a, b) =>
          rank(REVIEW_STATUSES, a.status) - rank(REVIEW_STATUSES, b.status) ||
          cmp(a.due ?? '~', b.due ?? '~') ||
          rank(KINDS, kindOf(a.key)) - rank(KINDS, kindOf(b.key)) ||
          cmp(idOf(a.key), idOf(b.key)) ||
          rank(REVIEW_CHECKS, a.check) - rank(REVIEW_CHECKS, b.check),
      );
      expect(items.length).toBeGreaterThan(500);
      expect(new Set(items.map((i) => i.status)).size).toBe(4);
      expect(items).toEqual(expected);
    });

    it('gives the same list whatever order the records are written in', () => {
      expect(reviewsOf([...mixed].reverse())).toEqual(reviewsOf(mixed));
    });

    it('lists nothing but the owner team review for a model with no other records', () => {
      expect(reviewsOf([]).map((i) => `${i.key} ${i.check}`)).toEqual(['teams/ops review']);
    });
  });

  it('finds every deliberate problem in the sample organisation', () => {
    const model = sampleModel();
    const items = reviewsOfModel(model);
    const status = (kind: Kind, id: string, check: ReviewCheck) =>
      items.filter((i) => i.key === `${kind}/${id}` && i.check === check).map((i) => i.status);

    for (const id of ['dns', 'pki', 'document-management'])
      expect(status('services', id, 'review'), id).toEqual(['overdue']);
    for (const id of ['identity-recovery', 'customer-communications-plan'])
      expect(status('plans', id, 'review'), id).toEqual(['overdue']);
    expect(status('services', 'badge-access', 'review')).toEqual(['never']);
    expect(status('plans', 'warehouse-continuity', 'exercise')).toEqual(['never']);
    expect(status('people', 'noah-fischer', 'contact')).toEqual(['never']);
    expect(status('people', 'liam-oconnor', 'contact')).toEqual(['overdue']);
    for (const id of ['fibrelink', 'carrierhub'])
      expect(status('vendors', id, 'audit'), id).toEqual(['overdue']);
    expect(
      items.filter((i) => i.check === 'finding' && i.status === 'overdue').length,
    ).toBeGreaterThan(0);
    expect(items.every((i) => model.index.has(`teams/${i.owner}`))).toBe(true);
  });
});

describe('isLate', () => {
  it('is true for overdue and never-done checks, false for due-soon and current ones', () => {
    const statuses: ReviewStatus[] = ['overdue', 'never', 'due-soon', 'current'];
    expect(statuses.map((status) => isLate({ status }))).toEqual([true, true, false, false]);
  });
});
