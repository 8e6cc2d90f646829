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
      cost: 1900,
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
