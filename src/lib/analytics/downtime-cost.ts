/**
 * The cost of downtime, as an estimate: what a business function costs per hour while it is
 * down, what each scenario costs over its timeline, and the money at stake in each target that
 * cannot be met (the target-unreachable gaps).
 *
 * - The rate of a function at elapsed time t after a disruption is its BIA's `revenuePerHour`
 *   when set (constant from the first minute); else `costOfDowntime.perHour` of the worst impact
 *   level its impact table has reached by t (a step function over the table's times, 0 before
 *   the first; a level without a figure costs 0 and is reported as "no figure"); else the
 *   function has no rate and is not costed.
 * - A function down for D minutes costs the integral of its rate over [0, D]; a window
 *   [a, b] costs the integral over it.
 * - A scenario costs the sum over the functions that go down of their cost until they are back
 *   (`achievable`); functions whose time is unknown or at risk, and functions without a rate,
 *   are counted as not costed (how many, and which), never as zero. Its cumulative cost curve
 *   has a point at every moment a rate changes or a function comes back.
 * - A target that cannot be met (rto.gap > 0) puts at stake, for every function that fails with
 *   the record (a function: itself; a service: every function that fails with it through hard
 *   dependencies), the integral of that function's rate over the late window [target, achievable].
 *   A function late because of a late service counts in both gaps: the figures of different
 *   gaps overlap and are not to be added up.
 *
 * Guarantees: pure and deterministic (sums in a fixed order; no clock, no locale); amounts in
 * the currency of the settings, unrounded; every figure says which inputs made it (the rate's
 * basis, the levels and rates used, the hours).
 * Complexity: O(cells) per function for its rate; per scenario O(f) for its f functions down
 * (eagerly: the total and counts), the details and curve O(f x s + e log e) for s rate steps and
 * e rate changes, made when first read; per late record O(its impacted functions x s).
 * Reference: ISO/TS 22317 (BIA: impacts over time, financial impact), NIST SP 800-34 Rev. 1
 * (BIA, cost of disruption against cost of recovery); docs/domain.md §2, §7 and §10.
 */
import type { Model } from '../model/model.ts';
import type { RecordKey } from '../model/key.ts';
import { parseDuration } from '../schema/duration.ts';
import { impactedFunctions, type Impact } from '../graph/impact.ts';
import type { RecoveryAnalysis } from './recovery.ts';
import type { ScenarioResult } from './scenarios.ts';

/** Where a function's cost per hour comes from: its BIA's revenuePerHour, or the impact levels' rates in organisation.yaml. */
export type RateBasis = 'revenue-per-hour' | 'impact-levels';

/** One step of a level-based rate: from `from` minutes after the disruption, the function's worst impact is `level`. */
export interface LevelStep {
  /** Minutes after the disruption at which the table first reaches this level. */
  from: number;
  /** The level id (`impactScale[].level`). */
  level: string;
  /** Its label. */
  label: string;
  /** Cost per hour at this level (`costOfDowntime.perHour`); undefined: no figure, counted as 0. */
  perHour?: number;
}

/** A function's cost per hour over the time after a disruption. */
export type RateSchedule =
  { basis: 'revenue-per-hour'; perHour: number } | { basis: 'impact-levels'; steps: LevelStep[] };

/** A stretch of time at one rate, inside a costed window. */
export interface RateSegment {
  /** Minutes after the disruption, start and end. */
  from: number;
  to: number;
  /** The level in effect (impact-levels basis); undefined for revenue per hour, and before the table's first time. */
  level?: string;
  label?: string;
  /** Cost per hour over the stretch; null when the level has no figure (counted as 0). */
  perHour: number | null;
  /** What the stretch costs. */
  cost: number;
}

/** What one function costs over one window, and the inputs that made the figure. */
export interface FunctionCost {
  key: RecordKey;
  basis: RateBasis;
  /** The window, in minutes after the disruption: [0, back] in a scenario, [target, achievable] for a late target. */
  from: number;
  to: number;
  cost: number;
  /** The rates used, in time order. */
  segments: RateSegment[];
  /** Levels reached inside the window that have no figure (cost 0 there), in time order. */
  noFigure: string[];
}

/** Why a function that goes down has no cost figure. */
export type NotCostedReason = 'unknown-time' | 'at-risk' | 'no-rate';

/** A function down that is not costed, and why. */
export interface NotCosted {
  key: RecordKey;
  reason: NotCostedReason;
}

/** A point of a scenario's cumulative cost curve. */
export interface CostPoint {
  /** Minutes after the disruption. */
  at: number;
  /** Cost of every costed function from the disruption until then. */
  cost: number;
  /** The costed functions back at that moment, in key order. */
  back: RecordKey[];
}

/** The cost of one scenario over its timeline. */
export interface ScenarioCost {
  /** The scenario's id. */
  id: string;
  /** Sum of the costed functions' costs until they are back. */
  total: number;
  /** Functions down that are costed. */
  costed: number;
  /** Functions down that are not costed (unknown time, at risk, no rate). */
  notCosted: number;
  /** The costed functions, in key order, each with its inputs (made when first read). */
  readonly functions: FunctionCost[];
  /** The functions down that are not costed, in key order (made when first read). */
  readonly uncosted: NotCosted[];
  /** The cumulative cost from the disruption until the last costed function is back (made when first read). */
  readonly curve: CostPoint[];
}

/** The money at stake in a target that cannot be met (a target-unreachable gap). */
export interface TargetCost {
  /** The late service or function. */
  key: RecordKey;
  /** Its target and achievable RTO, in minutes: the late window. */
  target: number;
  achievable: number;
  /** achievable - target, in hours. */
  hoursLate: number;
  /** Sum over the costed functions that fail with it of their cost over the late window. */
  total: number;
  /** Functions that fail with it (itself, for a function) that are costed, and those without a rate. */
  costed: number;
  notCosted: number;
  /** The costed functions, most costly first, then by key (made when first read). */
  readonly functions: FunctionCost[];
  /** The functions without a rate, in key order (made when first read). */
  readonly uncosted: RecordKey[];
}

/** Every cost-of-downtime figure of one analysis. */
export interface DowntimeCosts {
  /** The currency of every amount (costOfDowntime.currency). */
  currency: string;
  /** The rates per impact level, as organisation.yaml sets them. */
  perHour: Readonly<Record<string, number>>;
  /** Each business function's rate; a function without one is absent. */
  rates: ReadonlyMap<RecordKey, RateSchedule>;
  /** Business functions without a rate. */
  unrated: number;
  /** One per scenario, in the analysis's scenario order. */
  scenarios: ScenarioCost[];
  /** One per record whose target cannot be met (rto.gap > 0), in recovery node order. */
  targets: TargetCost[];
}

/** Parsed impact-table times: tables repeat a handful of them ("4h", "1d"). */
const MINUTES = new Map<string, number | undefined>();
const minutesOf = (time: string): number | undefined => {
  if (!MINUTES.has(time)) {
    if (MINUTES.size > 10_000) MINUTES.clear();
    MINUTES.set(time, parseDuration(time));
  }
  return MINUTES.get(time);
};

/**
 * The rate of one function: revenue per hour when its BIA sets it; else, when organisation.yaml
 * gives any level a rate, the worst level its table has reached at each of its times; else none.
 */
export function rateOf(
  bia: { revenuePerHour?: number; impacts: Record<string, Record<string, string>> },
  settings: Pick<Model['settings'], 'impactScale' | 'costOfDowntime'>,
): RateSchedule | undefined {
  if (bia.revenuePerHour !== undefined)
    return { basis: 'revenue-per-hour', perHour: bia.revenuePerHour };
  const { perHour } = settings.costOfDowntime;
  if (Object.keys(perHour).length === 0) return undefined;
  const rank = new Map(settings.impactScale.map((l, i) => [l.level, i]));
  const cells: { at: number; rank: number }[] = [];
  for (const row of Object.values(bia.impacts))
    for (const [time, level] of Object.entries(row)) {
      const at = minutesOf(time);
      const r = rank.get(level);
      if (at !== undefined && r !== undefined) cells.push({ at, rank: r });
    }
  if (cells.length === 0) return undefined;
  cells.sort((a, b) => a.at - b.at || a.rank - b.rank);
  const steps: LevelStep[] = [];
  let worst = -1;
  for (const c of cells) {
    if (c.rank <= worst) continue;
    worst = c.rank;
    const { level, label } = settings.impactScale[c.rank];
    const step: LevelStep = { from: c.at, level, label };
    if (Object.hasOwn(perHour, level)) step.perHour = perHour[level];
    // Two cells at one time: the worse one is the step.
    if (steps.length > 0 && steps[steps.length - 1].from === c.at) steps[steps.length - 1] = step;
    else steps.push(step);
  }
  return { basis: 'impact-levels', steps };
}

/**
 * Calls `visit` with each stretch of [from, to] at one rate, in time order: its ends, the level
 * in effect (none for revenue per hour, and before the table's first time) and its rate per
 * hour (null: the level has no figure). The one walk both the totals and the details use, so
 * they add up the same numbers in the same order.
 */
function eachStretch(
  rate: RateSchedule,
  from: number,
  to: number,
  visit: (a: number, b: number, perHour: number | null, level?: LevelStep) => void,
): void {
  if (rate.basis === 'revenue-per-hour') {
    if (to > from) visit(from, to, rate.perHour);
    return;
  }
  const { steps } = rate;
  // Before the table's first time nothing is reached yet: no impact, no cost.
  const first = Math.min(to, steps[0].from);
  if (first > from) visit(from, first, 0);
  for (let i = 0; i < steps.length && steps[i].from < to; i++) {
    const a = Math.max(from, steps[i].from);
    const b = Math.min(to, i + 1 < steps.length ? steps[i + 1].from : Infinity);
    if (b > a) visit(a, b, steps[i].perHour ?? null, steps[i]);
  }
}

/** What a stretch of `minutes` at `perHour` costs (null: no figure, 0). */
const stretchCost = (perHour: number | null, minutes: number) => ((perHour ?? 0) * minutes) / 60;

/** What `rate` costs over [from, to] minutes after the disruption: the integral of the step function. */
export function costBetween(rate: RateSchedule, from: number, to: number): number {
  let cost = 0;
  eachStretch(rate, from, to, (a, b, perHour) => {
    cost += stretchCost(perHour, b - a);
  });
  return cost;
}

/** What function `key` with rate `rate` costs over [from, to] minutes after the disruption, with the rates used. */
export function costOver(
  key: RecordKey,
  rate: RateSchedule,
  from: number,
  to: number,
): FunctionCost {
  const segments: RateSegment[] = [];
  let cost = 0;
  eachStretch(rate, from, to, (a, b, perHour, level) => {
    const s: RateSegment = { from: a, to: b, perHour, cost: stretchCost(perHour, b - a) };
    if (level) {
      s.level = level.level;
      s.label = level.label;
    }
    segments.push(s);
    cost += s.cost;
  });
  const noFigure = segments.flatMap((s) =>
    s.perHour === null && s.level !== undefined ? [s.level] : [],
  );
  return { key, basis: rate.basis, from, to, cost, segments, noFigure };
}

/** The times at which `rate` changes before `until` (0 excluded), ascending. */
function changesBefore(rate: RateSchedule, until: number): { at: number; perHour: number }[] {
  if (rate.basis === 'revenue-per-hour') return [{ at: 0, perHour: rate.perHour }];
  return rate.steps
    .filter((s) => s.from < until)
    .map((s) => ({ at: s.from, perHour: s.perHour ?? 0 }));
}

/** The cumulative cost curve of functions down until their `back` minutes: a sweep over the rate changes. */
function curveOf(down: { key: RecordKey; rate: RateSchedule; back: number }[]): CostPoint[] {
  // Each event changes the total rate (per hour) at a time; returns mark functions coming back.
  const events: { at: number; delta: number; back?: RecordKey }[] = [];
  for (const f of down) {
    let previous = 0;
    for (const c of changesBefore(f.rate, f.back)) {
      events.push({ at: c.at, delta: c.perHour - previous });
      previous = c.perHour;
    }
    events.push({ at: f.back, delta: -previous, back: f.key });
  }
  events.sort((a, b) => a.at - b.at || (a.back ?? '').localeCompare(b.back ?? ''));
  const points: CostPoint[] = [{ at: 0, cost: 0, back: [] }];
  let rate = 0;
  let cost = 0;
  let last = 0;
  for (const e of events) {
    if (e.at > last) {
      cost += (rate * (e.at - last)) / 60;
      last = e.at;
      points.push({ at: e.at, cost, back: [] });
    }
    rate += e.delta;
    if (e.back !== undefined) points[points.length - 1].back.push(e.back);
  }
  return points;
}

/** The cost of one scenario: totals now, the details and curve when first read. */
class CostOfScenario implements ScenarioCost {
  id: string;
  total = 0;
  costed = 0;
  notCosted = 0;
  #s: ScenarioResult;
  #rates: ReadonlyMap<RecordKey, RateSchedule>;
  #made?: { functions: FunctionCost[]; uncosted: NotCosted[]; curve: CostPoint[] };

  constructor(s: ScenarioResult, rates: ReadonlyMap<RecordKey, RateSchedule>) {
    this.id = s.id;
    this.#s = s;
    this.#rates = rates;
    s.eachFunction((key, back, atRisk) => {
      const rate = rates.get(key);
      if (atRisk || back === undefined || rate === undefined) this.notCosted++;
      else {
        this.costed++;
        this.total += costBetween(rate, 0, back);
      }
    });
  }

  #make() {
    if (this.#made) return this.#made;
    const functions: FunctionCost[] = [];
    const uncosted: NotCosted[] = [];
    const down: { key: RecordKey; rate: RateSchedule; back: number }[] = [];
    this.#s.eachFunction((key, back, atRisk) => {
      const rate = this.#rates.get(key);
      if (atRisk) uncosted.push({ key, reason: 'at-risk' });
      else if (back === undefined) uncosted.push({ key, reason: 'unknown-time' });
      else if (rate === undefined) uncosted.push({ key, reason: 'no-rate' });
      else {
        functions.push(costOver(key, rate, 0, back));
        down.push({ key, rate, back });
      }
    });
    return (this.#made = { functions, uncosted, curve: curveOf(down) });
  }

  get functions() {
    return this.#make().functions;
  }
  get uncosted() {
    return this.#make().uncosted;
  }
  get curve() {
    return this.#make().curve;
  }
}

/** What the late targets of one analysis share: the graph, its impact sets and each node's rate. */
interface TargetContext {
  keys: readonly RecordKey[];
  impact: Impact;
  /** The rate of each function node (undefined: none, or not a function). */
  rateOfNode: readonly (RateSchedule | undefined)[];
}

/** The business functions at stake when `node` is late, in key order: itself, or what fails with it. */
function functionsAt(ctx: TargetContext, node: number, isFunction: boolean): Int32Array {
  // Function nodes come first and in key order, so numeric order is key order.
  return isFunction
    ? Int32Array.of(node)
    : Int32Array.from(impactedFunctions(ctx.impact, node)).sort();
}

/** The money at stake in one late target: totals now, the functions when first read (found again then, not kept). */
class CostOfTarget implements TargetCost {
  key: RecordKey;
  target: number;
  achievable: number;
  hoursLate: number;
  total = 0;
  costed = 0;
  notCosted = 0;
  #node: number;
  #isFunction: boolean;
  #ctx: TargetContext;
  #made?: { functions: FunctionCost[]; uncosted: RecordKey[] };

  constructor(
    ctx: TargetContext,
    node: number,
    isFunction: boolean,
    target: number,
    achievable: number,
  ) {
    this.key = ctx.keys[node];
    this.target = target;
    this.achievable = achievable;
    this.hoursLate = (achievable - target) / 60;
    this.#node = node;
    this.#isFunction = isFunction;
    this.#ctx = ctx;
    for (const f of functionsAt(ctx, node, isFunction)) {
      const rate = ctx.rateOfNode[f];
      if (rate === undefined) this.notCosted++;
      else {
        this.costed++;
        this.total += costBetween(rate, target, achievable);
      }
    }
  }

  #make() {
    if (this.#made) return this.#made;
    const { keys, rateOfNode } = this.#ctx;
    const functions: FunctionCost[] = [];
    const uncosted: RecordKey[] = [];
    for (const f of functionsAt(this.#ctx, this.#node, this.#isFunction)) {
      const rate = rateOfNode[f];
      if (rate === undefined) uncosted.push(keys[f]);
      else functions.push(costOver(keys[f], rate, this.target, this.achievable));
    }
    functions.sort((a, b) => b.cost - a.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return (this.#made = { functions, uncosted });
  }

  get functions() {
    return this.#make().functions;
  }
  get uncosted() {
    return this.#make().uncosted;
  }
}

/** Every cost-of-downtime figure: each function's rate, each scenario's cost, each late target's money at stake. */
export function costDowntime(
  model: Model,
  recovery: RecoveryAnalysis,
  scenarios: readonly ScenarioResult[],
): DowntimeCosts {
  const { settings } = model;
  const rates = new Map<RecordKey, RateSchedule>();
  let unrated = 0;
  for (const f of model.byKind.bia) {
    const rate = rateOf(f.data, settings);
    if (rate) rates.set(f.key, rate);
    else unrated++;
  }
  const { graph, impact } = recovery;
  const ctx: TargetContext = {
    keys: graph.keys,
    impact,
    rateOfNode: graph.keys.map((k, i) => (graph.kinds[i] === 'bia' ? rates.get(k) : undefined)),
  };
  const targets: TargetCost[] = [];
  for (const x of recovery.nodes) {
    const { gap, target, achievable } = x.rto;
    if (gap === undefined || gap <= 0 || target === undefined || achievable === undefined) continue;
    const node = graph.index.get(x.key);
    if (node === undefined) continue;
    targets.push(new CostOfTarget(ctx, node, x.kind === 'bia', target, achievable));
  }
  return {
    currency: settings.costOfDowntime.currency,
    perHour: settings.costOfDowntime.perHour,
    rates,
    unrated,
    scenarios: scenarios.map((s) => new CostOfScenario(s, rates)),
    targets,
  };
}
