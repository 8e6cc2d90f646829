import { describe, it, expect } from 'vitest';
import { raw, MINIMAL, AS_OF, type Rec } from '../helpers.ts';
import {
  assessReadiness,
  READINESS_CHECKS,
  type Readiness,
  type RecordReadiness,
} from '../../src/lib/analytics/readiness.ts';
import { buildContext } from '../../src/lib/analytics/context.ts';
import { listReviewsDue, type ReviewItem } from '../../src/lib/analytics/review-due.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import type { Model } from '../../src/lib/model/model.ts';
import { sampleModel } from './sample.ts';
import type { Kind } from '../../src/lib/schema/index.ts';

// AS_OF is 2026-11-25; with the default 12-month exercise cycle an exercise counts from 2025-11-25 on.

/** A record of `kind` with its minimal frontmatter plus `data`. */
const rec = (kind: Kind, id: string, data: Record<string, unknown> = {}): Rec => ({
  kind,
  id,
  data: { ...MINIMAL[kind], ...data },
});
const service = (id: string, data: Record<string, unknown> = {}) => rec('services', id, data);
const fn = (id: string, data: Record<string, unknown> = {}) => rec('bia', id, data);
const plan = (id: string, covers: Record<string, string[]>, status = 'approved') =>
  rec('plans', id, { status, covers });
const exercise = (id: string, date: string, data: Record<string, unknown> = {}) =>
  rec('exercises', id, { date, ...data });

/**
 * A model built from literals plus the team "ops", through the real schemas; records whose
 * "kind/id" is in `documented` get a body (modelOf gives every record an empty one).
 */
function modelOf(
  recs: Rec[],
  { documented = [] as string[], settings = {} as unknown, asOf = AS_OF } = {},
): Model {
  const withBody = new Set(documented);
  const raws = raw([{ kind: 'teams', id: 'ops' }, ...recs]).map((r) => ({
    ...r,
    body: withBody.has(`${r.kind}/${r.id}`) ? 'How to recover it.\n' : '',
  }));
  return buildModel({ raws, settings, asOf });
}

/** Readiness of a model, from its own analysis context and review list. */
function readinessOfModel(model: Model): Readiness {
  const ctx = buildContext(model);
  return assessReadiness(ctx, listReviewsDue(ctx));
}

/** Readiness of a model built from literals; the fixture itself must be free of errors. */
function readinessOf(recs: Rec[], options: Parameters<typeof modelOf>[1] = {}): Readiness {
  const model = modelOf(recs, options);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return readinessOfModel(model);
}

/** The readiness of one record. */
const recordOf = (r: Readiness, key: string): RecordReadiness =>
  r.records.find((x) => x.key === key)!;
/** One check of one record. */
const check = (r: Readiness, key: string, name: (typeof READINESS_CHECKS)[number]) =>
  recordOf(r, key).checks[name];

describe('assessReadiness', () => {
  describe('documented', () => {
    it('needs a body and a declared RTO for a service', () => {
      const r = readinessOf(
        [service('full', { rto: '4h' }), service('no-body', { rto: '4h' }), service('no-rto')],
        { documented: ['services/full', 'services/no-rto'] },
      );
      expect(
        ['full', 'no-body', 'no-rto'].map((id) => check(r, `services/${id}`, 'documented')),
      ).toEqual([true, false, false]);
    });

    it('needs a body, a declared RTO and an MTPD for a function', () => {
      const r = readinessOf(
        [
          fn('full', { rto: '4h', mtpd: '1d' }),
          fn('no-mtpd', { rto: '4h' }),
          fn('no-body', { rto: '4h', mtpd: '1d' }),
        ],
        { documented: ['bia/full', 'bia/no-mtpd'] },
      );
      expect(
        ['full', 'no-mtpd', 'no-body'].map((id) => check(r, `bia/${id}`, 'documented')),
      ).toEqual([true, false, false]);
    });

    it('does not count a body of white space', () => {
      const model = modelOf([service('blank', { rto: '4h' })]);
      model.index.get('services/blank')!.body = '  \n\t\n';
      expect(check(readinessOfModel(model), 'services/blank', 'documented')).toBe(false);
    });
  });

  describe('planApproved', () => {
    it('is met by an approved plan covering the service or function, not by a draft or retired one', () => {
      const r = readinessOf([
        service('a'),
        service('b'),
        fn('f'),
        fn('g'),
        plan('dr', { services: ['a'], functions: ['f'] }),
        plan('draft', { services: ['b'], functions: ['g'] }, 'draft'),
        plan('old', { services: ['b'] }, 'retired'),
      ]);
      expect(
        ['services/a', 'services/b', 'bia/f', 'bia/g'].map((k) => check(r, k, 'planApproved')),
      ).toEqual([true, false, true, false]);
    });
  });

  describe('exercised', () => {
    const records = [
      service('app'),
      service('db'),
      fn('sales', { dependsOn: ['app'] }),
      plan('dr', { services: ['db'], functions: ['sales'] }),
    ];

    it('is met for a service listed in, or with a result in, a completed exercise within the cycle', () => {
      const r = readinessOf([
        ...records,
        service('web'),
        exercise('ex-listed', '2026-05-01', { services: ['app'] }),
        exercise('ex-result', '2026-05-01', { results: [{ service: 'web', recoveryTime: '1h' }] }),
      ]);
      expect(['app', 'web', 'db'].map((id) => check(r, `services/${id}`, 'exercised'))).toEqual([
        true,
        true,
        false,
      ]);
    });

    it('is met through an approved covering plan exercised within the cycle, for services and functions alike', () => {
      const r = readinessOf([...records, exercise('ex-dr', '2026-05-01', { plans: ['dr'] })]);
      expect(
        ['services/db', 'bia/sales', 'services/app'].map((k) => check(r, k, 'exercised')),
      ).toEqual([true, true, false]);
    });

    it('does not count a function because an exercise listed a service it needs', () => {
      const r = readinessOf([...records, exercise('ex-app', '2026-05-01', { services: ['app'] })]);
      expect(check(r, 'bia/sales', 'exercised')).toBe(false);
    });

    it('counts an exercise exactly one cycle before asOf and not one a day older', () => {
      const on = readinessOf([...records, exercise('ex', '2025-11-25', { plans: ['dr'] })]);
      const before = readinessOf([...records, exercise('ex', '2025-11-24', { plans: ['dr'] })]);
      expect([
        check(on, 'services/db', 'exercised'),
        check(before, 'services/db', 'exercised'),
      ]).toEqual([true, false]);
    });

    it('uses the exercise cycle from settings', () => {
      const r = readinessOf([...records, exercise('ex', '2025-06-01', { plans: ['dr'] })], {
        settings: { review: { exerciseEveryMonths: 24 } },
      });
      expect(check(r, 'services/db', 'exercised')).toBe(true);
    });

    it('does not count planned or cancelled exercises, or plans that are not approved', () => {
      const r = readinessOf([
        ...records,
        plan('draft', { services: ['app'] }, 'draft'),
        exercise('ex-planned', '2026-12-10', { status: 'planned', plans: ['dr'] }),
        exercise('ex-cancelled', '2026-05-01', {
          status: 'cancelled',
          plans: ['dr'],
          services: ['db'],
        }),
        exercise('ex-draft', '2026-05-01', { plans: ['draft'] }),
      ]);
      expect(
        ['services/db', 'bia/sales', 'services/app'].map((k) => check(r, k, 'exercised')),
      ).toEqual([false, false, false]);
    });
  });

  describe('targetsMet', () => {
    // sales (4h) -> app (RTO 4h, own 3h) -> db (RTO 4h, own `dbTime`)
    const chain = (dbTime: string) => [
      fn('sales', { rto: '4h', dependsOn: ['app'] }),
      service('app', { rto: '4h', recoveryTime: '3h', dependsOn: ['db'] }),
      service('db', { rto: '4h', rpo: '15m', recoveryTime: dbTime }),
    ];

    it('is met when the achievable RTO after a wide outage is within the target', () => {
      const late = readinessOf(chain('2h'));
      expect(
        ['bia/sales', 'services/app', 'services/db'].map((k) => check(late, k, 'targetsMet')),
      ).toEqual([false, false, true]);
      const fast = readinessOf(chain('30m'));
      expect(
        ['bia/sales', 'services/app', 'services/db'].map((k) => check(fast, k, 'targetsMet')),
      ).toEqual([true, true, true]);
    });

    it('is not met when the achievable time is unknown', () => {
      expect(check(readinessOf([service('mystery')]), 'services/mystery', 'targetsMet')).toBe(
        false,
      );
    });

    it('is not met when the latest exercise of a service missed its declared RTO or RPO', () => {
      const result = (recoveryTime: string, recoveryPoint?: string) => ({
        results: [{ service: 'db', recoveryTime, recoveryPoint }],
      });
      const slow = readinessOf([...chain('30m'), exercise('ex-1', '2026-05-01', result('5h'))]);
      const lossy = readinessOf([
        ...chain('30m'),
        exercise('ex-1', '2026-05-01', result('30m', '1h')),
      ]);
      const fixed = readinessOf([
        ...chain('30m'),
        exercise('ex-1', '2026-01-01', result('5h')),
        exercise('ex-2', '2026-05-01', result('30m')),
      ]);
      expect([slow, lossy, fixed].map((r) => check(r, 'services/db', 'targetsMet'))).toEqual([
        false,
        false,
        true,
      ]);
    });
  });

  describe('reviewsCurrent', () => {
    it('is not met when the review is overdue or was never done, and met when current or due soon', () => {
      const r = readinessOf([
        service('late', { lastReviewed: '2025-06-01' }),
        service('never'),
        service('soon', { lastReviewed: '2025-12-10' }),
        service('fresh', { lastReviewed: '2026-10-01' }),
        fn('fn-late', { lastReviewed: '2025-06-01' }),
      ]);
      expect(
        ['services/late', 'services/never', 'services/soon', 'services/fresh', 'bia/fn-late'].map(
          (k) => check(r, k, 'reviewsCurrent'),
        ),
      ).toEqual([false, false, true, true, false]);
    });

    it('ignores review-due items of other checks', () => {
      const model = modelOf([service('app', { lastReviewed: '2026-10-01' })]);
      const reviews: ReviewItem[] = [
        {
          key: 'services/app',
          title: 'app',
          owner: 'ops',
          check: 'exercise',
          status: 'overdue',
          detail: [],
        },
      ];
      expect(assessReadiness(buildContext(model), reviews).records[0].checks.reviewsCurrent).toBe(
        true,
      );
    });
  });

  it('scores each record as the share of its five checks met', () => {
    // db: documented, covered, exercised, on target; review never done: 4 of 5.
    const r = readinessOf(
      [
        service('db', { rto: '4h' }),
        plan('dr', { services: ['db'] }),
        exercise('ex', '2026-05-01', { plans: ['dr'] }),
      ],
      { documented: ['services/db'] },
    );
    expect(recordOf(r, 'services/db')).toEqual({
      key: 'services/db',
      kind: 'services',
      id: 'db',
      score: 0.8,
      checks: {
        documented: true,
        planApproved: true,
        exercised: true,
        targetsMet: true,
        reviewsCurrent: false,
      },
    });
  });

  it('has a record for every service and function, in the order of the recovery analysis, and nothing else', () => {
    const r = readinessOf([
      service('b'),
      service('a'),
      fn('z'),
      rec('vendors', 'v'),
      rec('locations', 'l'),
      plan('p', {}),
    ]);
    expect(r.records.map((x) => x.key)).toEqual(['bia/z', 'services/a', 'services/b']);
  });

  it('gives the mean score and the share of records meeting each check overall', () => {
    // a: planApproved, targetsMet (2/5). b: targetsMet (1/5). f: planApproved only (1/5, no RTO so no target).
    const r = readinessOf([
      service('a', { rto: '4h' }),
      service('b', { rto: '4h' }),
      fn('f'),
      plan('dr', { services: ['a'], functions: ['f'] }),
    ]);
    expect(r.records.map((x) => `${x.key} ${x.score}`)).toEqual([
      'bia/f 0.2',
      'services/a 0.4',
      'services/b 0.2',
    ]);
    expect(r.overall.score).toBeCloseTo(0.8 / 3);
    expect(r.overall).toMatchObject({
      documented: 0,
      planApproved: 2 / 3,
      exercised: 0,
      targetsMet: 2 / 3,
      reviewsCurrent: 0,
    });
  });

  it('gives zero overall for a model without services or functions', () => {
    expect(readinessOf([])).toEqual({
      records: [],
      overall: {
        score: 0,
        documented: 0,
        planApproved: 0,
        exercised: 0,
        targetsMet: 0,
        reviewsCurrent: 0,
      },
    });
  });

  describe('on the sample organisation', () => {
    const model = sampleModel();
    const r = readinessOfModel(model);

    it('scores the organisation strictly between nothing and everything', () => {
      expect(r.overall.score).toBeGreaterThan(0);
      expect(r.overall.score).toBeLessThan(1);
      for (const [name, share] of Object.entries(r.overall)) {
        expect(share, name).toBeGreaterThanOrEqual(0);
        expect(share, name).toBeLessThanOrEqual(1);
      }
      expect(r.records).toHaveLength(model.byKind.services.length + model.byKind.bia.length);
    });

    it('does not count warehouse-management as exercised: its plan warehouse-continuity was never exercised', () => {
      expect(recordOf(r, 'services/warehouse-management').checks).toMatchObject({
        planApproved: true,
        exercised: false,
      });
    });
  });
});
