import { describe, it, expect, vi } from 'vitest';
import { modelOf, MINIMAL, type Rec } from '../helpers.ts';
import { buildContext, isCriticalTier } from '../../src/lib/analytics/context.ts';
import { listPlanCover } from '../../src/lib/analytics/plan-cover.ts';
import { readExerciseHistory } from '../../src/lib/analytics/exercise-history.ts';
import { listOwnRecovery } from '../../src/lib/analytics/own-recovery.ts';
import { findExerciseShortfalls } from '../../src/lib/analytics/exercise-shortfalls.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { ref } from '../../src/lib/model/text.ts';
import type { Model } from '../../src/lib/model/model.ts';
import type { Kind } from '../../src/lib/schema/index.ts';
import { sampleModel } from './sample.ts';

// Count how often plan cover is computed; the real function still does the work.
vi.mock('../../src/lib/analytics/plan-cover.ts', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/lib/analytics/plan-cover.ts')>();
  return { ...mod, listPlanCover: vi.fn(mod.listPlanCover) };
});

// Default tiers: 1 <= 4h, 2 <= 1d, 3 <= 3d. AS_OF 2026-11-25.

/** A record of `kind` with its minimal frontmatter plus `data`. */
const rec = (kind: Kind, id: string, data: Record<string, unknown> = {}): Rec => ({
  kind,
  id,
  data: { ...MINIMAL[kind], ...data },
});
const service = (id: string, data: Record<string, unknown> = {}) => rec('services', id, data);
const exercise = (id: string, date: string, data: Record<string, unknown> = {}) =>
  rec('exercises', id, { date, ...data });

/** A model built from literals; the fixture itself must be free of errors. */
function modelFrom(recs: Rec[]): Model {
  const model = modelOf(recs);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return model;
}

describe('buildContext', () => {
  describe('tiers', () => {
    //   sales (function, 4h) -> shop (no RTO)    erp (1d)    archive (3d)
    const ctx = buildContext(
      modelFrom([
        rec('bia', 'sales', { rto: '4h', dependsOn: ['shop'] }),
        service('shop'),
        service('erp', { rto: '1d' }),
        service('archive', { rto: '3d' }),
        rec('vendors', 'v'),
      ]),
    );

    it('gives the recovery tier by key, inherited where no RTO is declared', () => {
      expect(
        ['bia/sales', 'services/shop', 'services/erp', 'services/archive'].map((k) =>
          ctx.tierOf(k as never),
        ),
      ).toEqual([1, 1, 2, 3]);
    });

    it('has no tier for what is neither a service nor a function, or is unknown', () => {
      expect(ctx.tierOf('vendors/v')).toBeUndefined();
      expect(ctx.tierOf('services/nothing')).toBeUndefined();
    });

    it('counts tiers 1 and 2 as critical, and nothing else', () => {
      expect(
        ['services/shop', 'services/erp', 'services/archive', 'vendors/v'].map((k) =>
          ctx.isCritical(k as never),
        ),
      ).toEqual([true, true, false, false]);
      expect([1, 2, 3, undefined].map(isCriticalTier)).toEqual([true, true, false, false]);
    });
  });

  describe('plan cover', () => {
    const ctx = buildContext(
      modelFrom([
        service('app'),
        service('db'),
        rec('bia', 'sales'),
        rec('plans', 'b-dr', { status: 'approved', covers: { services: ['app'] } }),
        rec('plans', 'a-dr', {
          status: 'approved',
          covers: { services: ['app', 'db'], functions: ['sales'] },
        }),
        rec('plans', 'draft', { status: 'draft', covers: { services: ['db'] } }),
        rec('plans', 'old', { status: 'retired', covers: { services: ['db'] } }),
      ]),
    );
    const ids = (plans: readonly { id: string }[]) => plans.map((p) => p.id);

    it('lists the approved plans covering each service and function, in plan id order', () => {
      expect(ids(ctx.approvedPlansOf('services/app'))).toEqual(['a-dr', 'b-dr']);
      expect(ids(ctx.approvedPlansOf('bia/sales'))).toEqual(['a-dr']);
    });

    it('lists the plans that are not approved apart, for messages', () => {
      expect(ids(ctx.approvedPlansOf('services/db'))).toEqual(['a-dr']);
      expect(ids(ctx.otherPlansOf('services/db'))).toEqual(['draft', 'old']);
    });

    it('gives an empty list for what no plan covers', () => {
      expect(ctx.approvedPlansOf('services/nothing')).toEqual([]);
      expect(ctx.otherPlansOf('services/app')).toEqual([]);
    });
  });

  describe('exercise history', () => {
    const result = (recoveryTime?: string, recoveryPoint?: string) => ({
      results: [{ service: 'db', recoveryTime, recoveryPoint }],
    });
    // A completed exercise dated after asOf is a content error; the history ignores it all the same.
    const model = modelOf([
      service('db', { rto: '2h' }),
      rec('plans', 'dr', { status: 'approved', covers: { services: ['db'] } }),
      exercise('ex-old', '2026-01-10', { plans: ['dr'], ...result('3h', '1h') }),
      exercise('ex-b', '2026-06-01', { plans: ['dr'], ...result('4h') }),
      exercise('ex-a', '2026-06-01', { plans: ['dr'], ...result('90m') }),
      exercise('ex-planned', '2026-08-01', { status: 'planned', plans: ['dr'], ...result('1m') }),
      exercise('ex-future', '2026-12-01', { plans: ['dr'], ...result('1m', '1m') }),
    ]);
    const ctx = buildContext(model);

    it('keeps the completed exercises dated on or before asOf, in id order', () => {
      expect(ctx.exercises.completed.map((x) => x.id)).toEqual(['ex-a', 'ex-b', 'ex-old']);
    });

    it('takes the latest measurement, the smaller exercise id on the same date, time and point apart', () => {
      expect(ctx.exercises.latestOf('services/db')).toEqual({
        time: { source: 'exercises/ex-a', date: '2026-06-01', minutes: 90 },
        point: { source: 'exercises/ex-old', date: '2026-01-10', minutes: 60 },
      });
      expect(ctx.exercises.latestOf('services/nothing')).toBeUndefined();
    });

    it('gives the last exercise of each plan by the same rule', () => {
      expect(ctx.exercises.lastOf('plans/dr')).toEqual({
        exercise: 'exercises/ex-a',
        date: '2026-06-01',
      });
      expect(ctx.exercises.lastOf('plans/none')).toBeUndefined();
    });

    it('is the history own recovery times and exercise shortfalls read, read once per model', () => {
      expect(ctx.exercises).toBe(readExerciseHistory(model));
      expect(listOwnRecovery(model).get('db')).toEqual({
        minutes: 90,
        source: 'measured',
        exercise: 'ex-a',
        date: '2026-06-01',
      });
      expect(findExerciseShortfalls(ctx).has('services/db')).toBe(false);
    });
  });

  describe('relations', () => {
    //   pay <- acme (acme.supplies)   pay, auth -> solo (services' vendors), auth <- solo (both sides)
    const ctx = buildContext(
      modelFrom([
        service('pay', { vendors: ['solo'] }),
        service('auth', { vendors: ['solo'] }),
        service('idle'),
        rec('vendors', 'acme', { supplies: ['pay'] }),
        rec('vendors', 'solo', { supplies: ['auth'] }),
        exercise('ex-1', '2026-03-01', {
          services: ['pay'],
          results: [
            { service: 'auth', recoveryTime: '1h' },
            { service: 'pay', recoveryTime: '2h' },
          ],
        }),
        exercise('ex-2', '2026-12-10', { status: 'planned', services: ['auth'] }),
      ]),
    );

    it('merges supply written on either side, each pair once, in key order', () => {
      expect(ctx.suppliesOf('vendors/solo')).toEqual(['services/auth', 'services/pay']);
      expect(ctx.suppliesOf('vendors/acme')).toEqual(['services/pay']);
      expect(ctx.vendorsOf('services/pay')).toEqual(['vendors/acme', 'vendors/solo']);
      expect(ctx.vendorsOf('services/idle')).toEqual([]);
    });

    it("merges an exercise's services and results, each once, and reads them from the service", () => {
      expect(ctx.servicesExercisedIn('exercises/ex-1')).toEqual(['services/auth', 'services/pay']);
      expect(ctx.exercisesOf('services/auth')).toEqual(['exercises/ex-1', 'exercises/ex-2']);
      expect(ctx.exercisesOf('services/idle')).toEqual([]);
    });
  });

  it('names a record of the model by reference, and anything else by its id as written', () => {
    const ctx = buildContext(modelFrom([service('app')]));
    expect(ctx.nameOf('services/app')).toEqual(ref('services/app'));
    expect(ctx.nameOf('services/(restricted)')).toBe('(restricted)');
  });

  it('reuses the recovery analysis it is given', () => {
    const model = modelFrom([service('app')]);
    const first = buildContext(model);
    expect(buildContext(model, first.recovery).recovery).toBe(first.recovery);
  });
});

describe('analyse', () => {
  const calls = () => vi.mocked(listPlanCover).mock.calls.length;

  it('computes plan cover once per analysis, for every analysis that reads it', () => {
    const model = sampleModel();
    const before = calls();
    const a = analyse(model);
    expect(a.gaps.length).toBeGreaterThan(0);
    expect(a.coverage.rows.length).toBeGreaterThan(0);
    expect(a.readiness.overall.planApproved).toBeGreaterThan(0);
    expect(calls() - before).toBe(1);
    analyse(model);
    expect(calls() - before).toBe(2);
  });

  it('times every step, the context included', () => {
    const steps: string[] = [];
    analyse(sampleModel(), (step) => steps.push(step));
    expect(steps).toEqual([
      'recovery',
      'context',
      'scenarios',
      'reviews',
      'risks',
      'gaps',
      'coverage',
      'readiness',
      'cost',
      'standards',
    ]);
  });
});
