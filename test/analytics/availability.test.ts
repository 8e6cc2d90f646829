import { describe, it, expect } from 'vitest';
import { analyseAvailability, budgetOf } from '../../src/lib/analytics/availability.ts';
import { buildContext } from '../../src/lib/analytics/context.ts';
import { findGaps } from '../../src/lib/analytics/gaps/index.ts';
import { formatText } from '../../src/lib/model/text.ts';
import { modelOf, type Rec } from '../helpers.ts';

const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', ...data },
});
const incident = (id: string, data: Record<string, unknown>): Rec => ({
  kind: 'incidents',
  id,
  data: { cause: 'ict-failure', ...data },
});

// asOf 2026-11-25: the year window is [2025-11-26T00:00, 2026-11-26T00:00), 525,600 minutes;
// the quarter window is [2026-08-27T00:00, 2026-11-26T00:00), 131,040 minutes.
//
//  wms (tier 1, target 99.95 % from its tier: 262.8 minutes a year, 65.52 a quarter)
//   i-old      2025-11-25 22:00 -> 2025-11-26 01:00   60 min inside the year (began before it)
//   i-big      2026-08-19 06:40 -> 13:25              405 min
//   i-overlap  2026-08-19 12:00 -> 14:00              overlaps i-big until 13:25: 35 more
//   i-slow     2026-10-01 09:00 -> 12:00              degraded: not downtime
//   i-recent   2026-11-20 10:00 -> 10:30              30 min, inside the quarter too
//  year: 60 + 405 + 35 + 30 = 530 minutes, 1 - 530 / 525,600 = 99.8992 %
const recs: Rec[] = [
  svc('wms', { rto: '4h' }),
  svc('shop', { rto: '1d', availability: 99 }),
  svc('quiet', { rto: '4h' }),
  svc('untargeted', { rto: '2w' }),
  incident('i-old', {
    start: '2025-11-25T22:00',
    recovered: '2025-11-26T01:00',
    services: [{ service: 'wms' }],
  }),
  incident('i-big', {
    start: '2026-08-19T06:40',
    recovered: '2026-08-19T13:25',
    services: [{ service: 'wms' }],
  }),
  incident('i-overlap', {
    start: '2026-08-19T12:00',
    recovered: '2026-08-19T14:00',
    services: [{ service: 'wms' }],
  }),
  incident('i-slow', {
    start: '2026-10-01T09:00',
    recovered: '2026-10-01T12:00',
    services: [{ service: 'wms', impact: 'degraded' }],
  }),
  incident('i-recent', {
    start: '2026-11-20T10:00',
    recovered: '2026-11-20T11:30',
    services: [{ service: 'wms', restored: '2026-11-20T10:30' }, { service: 'shop' }],
  }),
  incident('i-ongoing', { start: '2026-11-25T23:00', services: [{ service: 'untargeted' }] }),
];
const model = modelOf(recs, { availability: { byTier: { 1: 99.95 } } });

describe('budgetOf', () => {
  it('allows 52.56 minutes a year at 99.99 % and 262.8 at 99.95 %', () => {
    expect(budgetOf(99.99, 525_600)).toBe(52.56);
    expect(budgetOf(99.95, 525_600)).toBe(262.8);
  });
});

describe('analyseAvailability', () => {
  const ctx = buildContext(model);
  const a = analyseAvailability(model, ctx.tierOf);
  const wms = a.byKey.get('services/wms');

  it('reads a model without issues', () => {
    expect(model.issues).toEqual([]);
  });

  it('counts downtime inside the windows once, leaving degraded time out: the hand-computed figures', () => {
    expect(a.window).toEqual({
      year: { from: '2025-11-26', to: '2026-11-25' },
      quarter: { from: '2026-08-27', to: '2026-11-25' },
    });
    expect(wms).toMatchObject({
      target: 99.95,
      targetSource: 'tier',
      year: { minutes: 525_600, downtime: 530, achieved: 99.8992, budget: 262.8, left: -267.2 },
      quarter: { minutes: 131_040, downtime: 30, achieved: 99.9771, budget: 65.52, left: 35.52 },
      overBudget: true,
      incidents: [
        'incidents/i-big',
        'incidents/i-old',
        'incidents/i-overlap',
        'incidents/i-recent',
      ],
      open: 0,
    });
  });

  it('takes the MTTR over the closed incidents begun in the year, each to the service restored', () => {
    // i-big 405, i-overlap 120, i-recent 30 (restored before the incident recovered); i-old began before.
    expect(wms?.mttr).toBe(185);
  });

  it("uses the service's own target before its tier's, and lists targeted services never down", () => {
    expect(a.byKey.get('services/shop')).toMatchObject({
      target: 99,
      targetSource: 'service',
      year: { downtime: 90, budget: 5256, left: 5166 },
      overBudget: false,
    });
    expect(a.byKey.get('services/quiet')).toMatchObject({
      target: 99.95,
      year: { downtime: 0, achieved: 100 },
      incidents: [],
    });
  });

  it('counts an incident still going on until the end of asOf, as open, with no target', () => {
    expect(a.byKey.get('services/untargeted')).toMatchObject({
      year: { downtime: 60 },
      open: 1,
      incidents: ['incidents/i-ongoing'],
    });
    expect(a.byKey.get('services/untargeted')?.target).toBeUndefined();
    expect(a.byKey.get('services/untargeted')?.mttr).toBeUndefined();
  });

  it('lists only the services over budget as such', () => {
    expect(a.overBudget).toEqual(['services/wms']);
  });
});

describe('the over-downtime-budget gap', () => {
  it('names the service, its downtime, availability, target and budget', () => {
    const gaps = findGaps(buildContext(model)).filter((g) => g.rule === 'over-downtime-budget');
    expect(gaps.map((g) => [g.key, g.severity, formatText(g.message)])).toEqual([
      [
        'services/wms',
        'high',
        'wms was down for 8h 50m in the last 365 days in 4 incidents (i-big, i-old, i-overlap, i-recent): availability 99.8992 % against a target of 99.95 %, which allows 4h 23m a year.',
      ],
    ]);
  });
});
