import { describe, it, expect } from 'vitest';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import {
  costBetween,
  costDowntime,
  costOver,
  rateOf,
  type RateSchedule,
} from '../../src/lib/analytics/downtime-cost.ts';
import { analyseRecovery } from '../../src/lib/analytics/recovery.ts';
import { analyseScenarios, listScenarios } from '../../src/lib/analytics/scenarios.ts';
import { publishCosts } from '../../src/lib/publish/downtime-cost.ts';
import { SettingsSchema } from '../../src/lib/schema/settings.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { modelOf } from '../helpers.ts';
import { CROSSING, CROSSING_SETTINGS, RATES } from './cost-fixture.ts';
import { sampleModel } from './sample.ts';

const crossing = () => modelOf(CROSSING, CROSSING_SETTINGS);

const costsOf = (m: ReturnType<typeof crossing>) => {
  const rec = analyseRecovery(m);
  const scenarios = analyseScenarios(rec, listScenarios(m));
  return costDowntime(m, rec, scenarios);
};

describe('rateOf', () => {
  const settings = SettingsSchema.parse({ costOfDowntime: { perHour: RATES } });

  it('takes revenue per hour from the BIA over any impact table', () => {
    expect(
      rateOf({ revenuePerHour: 1200, impacts: { financial: { '1h': 'high' } } }, settings),
    ).toEqual({ basis: 'revenue-per-hour', perHour: 1200 });
  });

  it('steps through the worst level reached by each time, over every category', () => {
    expect(
      rateOf(
        {
          impacts: {
            financial: { '1h': 'low', '4h': 'high', '1d': 'medium' },
            operational: { '2h': 'medium', '4h': 'medium' },
          },
        },
        settings,
      ),
    ).toEqual({
      basis: 'impact-levels',
      steps: [
        { from: 60, level: 'low', label: 'Low', perHour: 100 },
        { from: 120, level: 'medium', label: 'Medium', perHour: 600 },
        { from: 240, level: 'high', label: 'High', perHour: 3000 },
      ],
    });
  });

  it('keeps a level without a figure as a step with no rate', () => {
    const rate = rateOf({ impacts: { financial: { '1h': 'severe' } } }, settings);
    expect(rate).toEqual({
      basis: 'impact-levels',
      steps: [{ from: 60, level: 'severe', label: 'Severe' }],
    });
  });

  it('has no rate without revenue per hour when organisation.yaml sets no rates, or the table is empty', () => {
    expect(rateOf({ impacts: { financial: { '1h': 'high' } } }, SettingsSchema.parse({}))).toBe(
      undefined,
    );
    expect(rateOf({ impacts: {} }, settings)).toBe(undefined);
  });
});

describe('costBetween and costOver', () => {
  const lvl: RateSchedule = {
    basis: 'impact-levels',
    steps: [
      { from: 60, level: 'low', label: 'Low', perHour: 100 },
      { from: 120, level: 'medium', label: 'Medium', perHour: 600 },
      { from: 240, level: 'severe', label: 'Severe' },
    ],
  };

  it('integrates the step function: nothing before the first time, then each level at its rate', () => {
    // 0-1h: 0; 1h-2h: 100; 2h-3h: 600.
    expect(costBetween(lvl, 0, 180)).toBe(700);
    // 1h30m-2h: 50; 2h-4h: 1200; 4h-5h: no figure.
    expect(costBetween(lvl, 90, 300)).toBe(1250);
    expect(costBetween({ basis: 'revenue-per-hour', perHour: 1200 }, 60, 150)).toBe(1800);
  });

  it('says which rates made the figure, and which levels had none', () => {
    expect(costOver('bia/x', lvl, 0, 300)).toEqual({
      key: 'bia/x',
      basis: 'impact-levels',
      from: 0,
      to: 300,
      cost: 1300,
      segments: [
        { from: 0, to: 60, perHour: 0, cost: 0 },
        { from: 60, to: 120, level: 'low', label: 'Low', perHour: 100, cost: 100 },
        { from: 120, to: 240, level: 'medium', label: 'Medium', perHour: 600, cost: 1200 },
        { from: 240, to: 300, level: 'severe', label: 'Severe', perHour: null, cost: 0 },
      ],
      noFigure: ['severe'],
    });
  });
});

describe('costDowntime', () => {
  it('costs a scenario over its timeline: a step function crossing two levels and a revenue per hour', () => {
    const c = costsOf(crossing()).scenarios.find((s) => s.id === 'lose-app')!;
    // f-rev: 3h x 1200 = 3600. f-lvl: 0-1h nothing, 1h-2h low 100, 2h-3h medium 600 = 700.
    expect(c.total).toBe(4300);
    expect(c.costed).toBe(2);
    expect(c.functions.map((f) => [f.key, f.basis, f.to, f.cost])).toEqual([
      ['bia/f-lvl', 'impact-levels', 180, 700],
      ['bia/f-rev', 'revenue-per-hour', 180, 3600],
    ]);
    expect(c.functions[0].segments.map((s) => s.level ?? '-')).toEqual(['-', 'low', 'medium']);
  });

  it('counts a function whose time is unknown, or that has no rate, as not costed, never as zero', () => {
    const c = costsOf(crossing()).scenarios.find((s) => s.id === 'lose-app')!;
    expect(c.notCosted).toBe(2);
    expect(c.uncosted).toEqual([
      { key: 'bia/f-none', reason: 'no-rate' },
      { key: 'bia/f-unknown', reason: 'unknown-time' },
    ]);
  });

  it('counts what fails with an irreplaceable vendor as not costed: it is at risk', () => {
    const c = costsOf(crossing()).scenarios.find((s) => s.id === 'vendor-solo')!;
    expect([c.total, c.costed, c.notCosted]).toEqual([0, 0, 4]);
    expect(c.uncosted.every((u) => u.reason === 'at-risk')).toBe(true);
  });

  it('draws the cumulative cost at every rate change and return', () => {
    const c = costsOf(crossing()).scenarios.find((s) => s.id === 'lose-app')!;
    // 0-1h: 1200/h; 1h-2h: 1200 + 100; 2h-3h: 1200 + 600; both back at 3h.
    expect(c.curve).toEqual([
      { at: 0, cost: 0, back: [] },
      { at: 60, cost: 1200, back: [] },
      { at: 120, cost: 2500, back: [] },
      { at: 180, cost: 4300, back: ['bia/f-lvl', 'bia/f-rev'] },
    ]);
  });

  it('puts the late window of an unreachable target at stake, for every function that fails with it', () => {
    const targets = costsOf(crossing()).targets;
    expect(targets.map((t) => [t.key, t.target, t.achievable, t.hoursLate, t.total])).toEqual([
      // f-lvl: target 2h, back after 3h: 2h-3h at medium = 600.
      ['bia/f-lvl', 120, 180, 1, 600],
      // f-rev: target 1h, back after 3h: 2h x 1200 = 2400.
      ['bia/f-rev', 60, 180, 2, 2400],
      // app: required back in 1h (f-rev), back after 3h. Over 1h-3h: f-rev 2400, f-lvl 100 + 600,
      // f-unknown 2h x 60 = 120 (it fails with app through mystery); f-none has no rate.
      ['services/app', 60, 180, 2, 3220],
    ]);
    const app = targets[2];
    expect([app.costed, app.notCosted, app.uncosted]).toEqual([3, 1, ['bia/f-none']]);
    expect(app.functions.map((f) => [f.key, f.cost])).toEqual([
      ['bia/f-rev', 2400],
      ['bia/f-lvl', 700],
      ['bia/f-unknown', 120],
    ]);
  });

  it('is one step of the analysis', () => {
    const a = analyse(crossing());
    expect(a.cost.currency).toBe('EUR');
    expect(a.cost.unrated).toBe(1);
    expect(a.cost.scenarios.map((s) => s.id)).toEqual(a.scenarios.map((s) => s.id));
  });
});

describe('publishCosts', () => {
  it('keeps every figure and names only what the edition shows, summing up the rest', () => {
    const costs = costsOf(crossing());
    const hidden = new Set<RecordKey>(['bia/f-rev', 'bia/f-none']);
    const shown = publishCosts(costs, (k) => !hidden.has(k));
    const c = shown.scenario('lose-app')!;
    expect([c.total, c.costed, c.notCosted]).toEqual([4300, 2, 2]);
    expect(c.functions.map((f) => f.key)).toEqual(['bia/f-lvl']);
    expect(c.restricted).toEqual({ count: 1, cost: 3600 });
    expect([c.uncosted.map((u) => u.key), c.uncostedRestricted]).toEqual([['bia/f-unknown'], 1]);
    expect(c.curve.at(-1)).toEqual({ at: 180, cost: 4300, back: ['bia/f-lvl'] });
    // The late targets the edition names, most money first; f-rev's is counted, not listed.
    expect(shown.targets.map((t) => [t.key, t.total])).toEqual([
      ['services/app', 3220],
      ['bia/f-lvl', 600],
    ]);
    expect(shown.targetsRestricted).toBe(1);
    expect(shown.target('services/app')!.restricted).toEqual({ count: 1, cost: 2400 });
  });
});

describe('the sample: the loss of the primary data centre (location-dc-north)', () => {
  it('costs EUR 774,375 over its timeline, from the BIA inputs', () => {
    const a = analyse(sampleModel());
    const c = a.cost.scenarios.find((s) => s.id === 'location-dc-north')!;
    // Every one of the 12 functions down is costed; each until its systems are back:
    //   order-intake          9h 45m = 9.75 h x 38,000 (revenuePerHour) = 370,500
    //     (dc-network-north 25m, storage-san 1h, virtualisation-north 50m, postgres-cluster
    //      1h 10m, ledger-db 3h 20m, payments-api 1h 30m, order-api 1h, web-shop 30m: 585m)
    //   payment-processing    8h 15m = 8.25 h x 36,000 = 297,000 (the same chain to payments-api: 495m)
    //   warehouse-fulfilment  5h 45m = 5.75 h x  9,500 =  54,625
    //   shipping-dispatch     5h 45m = 5.75 h x  6,000 =  34,500
    //   customer-service      5h 15m = 5.25 h x  2,500 =  13,125
    //   internal-communications (no revenuePerHour; low from 1h, medium from 4h in its table):
    //     1h-4h at low 500/h = 1,500 + 4h-5h 15m at medium 2,000/h = 2,500 = 4,000
    //   customer-communications (low from 4h): 4h-5h 15m at low 500/h = 625
    //   the five others are back before their tables reach any level: 0
    //   370,500 + 297,000 + 54,625 + 34,500 + 13,125 + 4,000 + 625 = 774,375
    expect(c.total).toBe(774_375);
    expect([c.costed, c.notCosted]).toEqual([12, 0]);
    expect(
      c.functions.filter((f) => f.cost > 0).map((f) => [f.key, f.basis, f.to, f.cost]),
    ).toEqual([
      ['bia/customer-communications', 'impact-levels', 315, 625],
      ['bia/customer-service', 'revenue-per-hour', 315, 13_125],
      ['bia/internal-communications', 'impact-levels', 315, 4_000],
      ['bia/order-intake', 'revenue-per-hour', 585, 370_500],
      ['bia/payment-processing', 'revenue-per-hour', 495, 297_000],
      ['bia/shipping-dispatch', 'revenue-per-hour', 345, 34_500],
      ['bia/warehouse-fulfilment', 'revenue-per-hour', 345, 54_625],
    ]);
    expect(c.curve.at(-1)).toMatchObject({ at: 975, cost: 774_375 });
  });
});
