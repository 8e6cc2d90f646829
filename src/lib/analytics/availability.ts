/**
 * Availability against target: for each service, the downtime real incidents caused in the
 * year and the quarter up to asOf, the availability that leaves, the downtime budget its target
 * allows, what is left of it, and the mean time to restore (MTTR) against its target RTO.
 *
 * - Target: the service's own `availability` (percent), else the organisation's
 *   `availability.byTier` for its recovery tier, else none (downtime is still counted).
 * - Windows end with the last minute of asOf: the year is the 365 days up to and including
 *   asOf, the quarter the 91 days. Budget = (1 - target / 100) x the window's minutes, so
 *   99.99 % allows 52.56 minutes a year.
 * - Downtime: for every incident that took the service down (impact `down`, not `degraded`),
 *   from the incident's start to the service's `restored` (else the incident's `recovered`,
 *   else the end of the window: still down). Overlapping incidents count once; what falls
 *   outside a window is not counted in it.
 * - MTTR: the mean, over the incidents begun in the year window that took it down, of start to
 *   restored (an incident still going on is left out of the mean and counted as open).
 *
 * Guarantees: pure and deterministic (asOf from the model, never the clock); services in the
 * order of the model; every figure in minutes or percent, `undefined` for unknown.
 * Complexity: O(services + incident entries x log), sorting each service's outages.
 * Reference: ITIL 4 availability management (availability = agreed service time minus downtime,
 * over agreed service time); ISO 22301 9.1; DORA Art. 11(6) and 12.
 */
import type { Model } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { addDays, dateOfDay, minuteOf } from '../schema/date.ts';

/** Days in the year and quarter windows. */
export const YEAR_DAYS = 365;
export const QUARTER_DAYS = 91;

/** Downtime and budget in one window. */
export interface WindowFigures {
  /** Length of the window in minutes. */
  minutes: number;
  /** Minutes down in the window (overlaps counted once). */
  downtime: number;
  /** Achieved availability in percent (100 when never down). */
  achieved: number;
  /** Minutes of downtime the target allows in the window; undefined without a target. */
  budget?: number;
  /** budget - downtime (negative: over budget); undefined without a target. */
  left?: number;
}

/** The availability of one service. */
export interface ServiceAvailability {
  key: RecordKey;
  /** Target in percent; undefined when neither the service nor its tier sets one. */
  target?: number;
  /** Where the target comes from. */
  targetSource?: 'service' | 'tier';
  year: WindowFigures;
  quarter: WindowFigures;
  /** true when the year's downtime exceeds the year's budget. */
  overBudget: boolean;
  /** Incidents that took it down in the year window (key order). */
  incidents: RecordKey[];
  /** Mean minutes from start to restored over the closed incidents begun in the year window. */
  mttr?: number;
  /** How many incidents that took it down in the year window are still open. */
  open: number;
}

/** Availability of every service, and the services over budget. */
export interface AvailabilityAnalysis {
  /** Services with a target or with downtime in the year window, in model order. */
  services: ServiceAvailability[];
  byKey: ReadonlyMap<RecordKey, ServiceAvailability>;
  /** Keys of services whose year downtime exceeds the budget, in model order. */
  overBudget: RecordKey[];
  /** The windows, as the first and last day they include (YYYY-MM-DD). */
  window: { year: { from: string; to: string }; quarter: { from: string; to: string } };
}

/** Minutes of downtime a target allows over `minutes` (0.01 % of a year is 52.56 minutes). */
export const budgetOf = (target: number, minutes: number): number =>
  Math.round((1 - target / 100) * minutes * 100) / 100;

/** Total length of the union of intervals [from, to), clipped to [lo, hi). */
function downtimeIn(outages: readonly [number, number][], lo: number, hi: number): number {
  let total = 0;
  let end = -Infinity;
  for (const [a0, b0] of outages) {
    const a = Math.max(a0, lo, end);
    const b = Math.min(b0, hi);
    if (b > a) total += b - a;
    end = Math.max(end, Math.min(b0, hi));
  }
  return total;
}

function figures(
  outages: readonly [number, number][],
  lo: number,
  hi: number,
  target: number | undefined,
): WindowFigures {
  const minutes = hi - lo;
  const downtime = downtimeIn(outages, lo, hi);
  const achieved = Math.round((1 - downtime / minutes) * 1e6) / 1e4;
  if (target === undefined) return { minutes, downtime, achieved };
  const budget = budgetOf(target, minutes);
  return { minutes, downtime, achieved, budget, left: Math.round((budget - downtime) * 100) / 100 };
}

/**
 * The availability of every service of `model`; `tierOf` gives a service's recovery tier (from
 * the recovery analysis).
 */
export function analyseAvailability(
  model: Model,
  tierOf: (key: RecordKey) => number | undefined,
): AvailabilityAnalysis {
  const hi = minuteOf(addDays(model.asOf, 1));
  const yearLo = hi - YEAR_DAYS * 1440;
  const quarterLo = hi - QUARTER_DAYS * 1440;
  const outages = new Map<
    RecordKey,
    { from: number; to: number; open: boolean; incident: RecordKey }[]
  >();
  for (const x of model.byKind.incidents) {
    const from = minuteOf(x.data.start);
    if (from >= hi) continue;
    for (const s of x.data.services) {
      if (s.impact !== 'down') continue;
      const back = s.restored ?? x.data.recovered;
      const to = back === undefined ? hi : Math.max(from, minuteOf(back));
      const key = keyOf('services', s.service);
      let list = outages.get(key);
      if (!list) outages.set(key, (list = []));
      list.push({ from, to, open: back === undefined, incident: x.key });
    }
  }
  const byTier = model.settings.availability.byTier;
  const services: ServiceAvailability[] = [];
  for (const s of model.byKind.services) {
    const own = s.data.availability;
    const tier = tierOf(s.key);
    const fromTier = tier === undefined ? undefined : byTier[String(tier)];
    const target = own ?? fromTier;
    const list = (outages.get(s.key) ?? []).sort((a, b) => a.from - b.from || a.to - b.to);
    const inYear = list.filter((o) => o.to > yearLo);
    if (target === undefined && inYear.length === 0) continue;
    const spans = list.map((o) => [o.from, o.to] as [number, number]);
    const year = figures(spans, yearLo, hi, target);
    const begunInYear = list.filter((o) => o.from >= yearLo);
    const closed = begunInYear.filter((o) => !o.open);
    services.push({
      key: s.key,
      ...(target !== undefined
        ? { target, targetSource: own !== undefined ? 'service' : 'tier' }
        : {}),
      year,
      quarter: figures(spans, quarterLo, hi, target),
      overBudget: year.left !== undefined && year.left < 0,
      incidents: [...new Set(inYear.map((o) => o.incident))].sort(),
      ...(closed.length
        ? { mttr: Math.round(closed.reduce((t, o) => t + o.to - o.from, 0) / closed.length) }
        : {}),
      open: begunInYear.length - closed.length,
    });
  }
  return {
    services,
    byKey: new Map(services.map((x) => [x.key, x])),
    overBudget: services.filter((x) => x.overBudget).map((x) => x.key),
    window: {
      year: { from: dateOfDay(yearLo / 1440), to: model.asOf },
      quarter: { from: dateOfDay(quarterLo / 1440), to: model.asOf },
    },
  };
}
