import { describe, it, expect } from 'vitest';
import { modelOf, MINIMAL, type Rec } from '../helpers.ts';
import { scenarioCoverage } from '../../src/lib/analytics/coverage.ts';
import { buildContext } from '../../src/lib/analytics/context.ts';
import { ScenarioSchema } from '../../src/lib/schema/scenario.ts';
import type { Model } from '../../src/lib/model/model.ts';
import type { Kind } from '../../src/lib/schema/index.ts';

// Default tiers: 1 <= 4h, 2 <= 1d, 3 <= 3d, 4 <= 4w. AS_OF 2026-11-25.

/** A record of `kind` with its minimal frontmatter plus `data`. */
const rec = (kind: Kind, id: string, data: Record<string, unknown> = {}): Rec => ({
  kind,
  id,
  data: { ...MINIMAL[kind], ...data },
});
const service = (id: string, data: Record<string, unknown> = {}) => rec('services', id, data);
const plan = (id: string, data: Record<string, unknown> = {}) =>
  rec('plans', id, { status: 'approved', ...data });
const exercise = (id: string, date: string, data: Record<string, unknown> = {}) =>
  rec('exercises', id, { date, ...data });

/** A model built from literals; the fixture itself must be free of errors. */
function modelFrom(recs: Rec[], settings: unknown = {}): Model {
  const model = modelOf(recs, settings);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return model;
}

describe('scenarioCoverage', () => {
  //   core (1h, tier 1), mid (1d, tier 2), low (3d, tier 3)
  //   dr (approved) covers core, mid for ict-failure and site-loss; old (draft) covers core for ransomware
  const records = [
    service('mid', { rto: '1d' }),
    service('core', { rto: '1h' }),
    service('low', { rto: '3d' }),
    plan('dr', { covers: { services: ['core', 'mid'] }, scenarios: ['ict-failure', 'site-loss'] }),
    plan('old', { status: 'draft', covers: { services: ['core'] }, scenarios: ['ransomware'] }),
  ];
  const coverageOf = (recs: Rec[]) => scenarioCoverage(buildContext(modelFrom(recs)));
  /** Scenarios of a row marked planned or exercised. */
  const marked = (
    c: ReturnType<typeof scenarioCoverage>,
    key: string,
    what: 'planned' | 'exercised',
  ) =>
    c.rows
      .find((r) => r.key === key)!
      .cells.filter((x) => x[what])
      .map((x) => x.scenario);

  it('lists every scenario of the schema, in schema order', () => {
    expect(coverageOf(records).scenarios).toEqual(ScenarioSchema.options);
  });

  it('has a row for every tier 1-2 service, by tier then id, with a cell per scenario', () => {
    const c = coverageOf(records);
    expect(c.rows.map((r) => `${r.tier} ${r.key} ${r.title}`)).toEqual([
      '1 services/core core',
      '2 services/mid mid',
    ]);
    expect(c.rows.every((r) => r.cells.map((x) => x.scenario).join() === c.scenarios.join())).toBe(
      true,
    );
  });

  it('marks as planned the scenarios of approved plans covering the service, not of drafts', () => {
    expect(marked(coverageOf(records), 'services/core', 'planned')).toEqual([
      'site-loss',
      'ict-failure',
    ]);
  });

  it('marks as exercised a scenario played by a completed exercise listing the service', () => {
    const c = coverageOf([
      ...records,
      exercise('ex-1', '2026-03-01', { scenario: 'power-outage', services: ['mid'] }),
      exercise('ex-2', '2026-03-01', {
        scenario: 'pandemic',
        services: ['mid'],
        status: 'cancelled',
      }),
      exercise('ex-3', '2026-03-01', { services: ['mid'] }),
    ]);
    expect(marked(c, 'services/mid', 'exercised')).toEqual(['power-outage']);
    expect(marked(c, 'services/core', 'exercised')).toEqual([]);
  });

  it('marks as exercised a scenario played on an approved covering plan written for it', () => {
    const c = coverageOf([
      ...records,
      exercise('ex-dr', '2026-03-01', { scenario: 'site-loss', plans: ['dr'] }),
      exercise('ex-off-plan', '2026-03-01', { scenario: 'insider', plans: ['dr'] }),
      exercise('ex-draft', '2026-03-01', { scenario: 'ransomware', plans: ['old'] }),
    ]);
    expect(marked(c, 'services/core', 'exercised')).toEqual(['site-loss']);
    expect(marked(c, 'services/mid', 'exercised')).toEqual(['site-loss']);
  });

  it('has no rows when there are no tier 1-2 services', () => {
    expect(coverageOf([service('low', { rto: '3d' })]).rows).toEqual([]);
  });
});
