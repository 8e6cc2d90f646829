/**
 * The cost of downtime as an edition shows it: every total, count and curve is the whole
 * organisation's figure, unchanged; the lists that name functions (the inputs of a scenario's
 * cost, the functions behind a late target's money at stake, what was not costed) keep the
 * functions the edition names and count the others, with what they cost together (a number,
 * never a name). A late target is listed only when the edition names the late record. Details
 * are made when a page first reads them, as the analysis makes them. O(late targets log late
 * targets) once, then O(answer) per read.
 */
import type { RecordKey } from '../model/key.ts';
import type {
  CostPoint,
  DowntimeCosts,
  FunctionCost,
  NotCosted,
  ScenarioCost,
  TargetCost,
} from '../analytics/downtime-cost.ts';

/** Functions a list leaves out: how many, and what they cost together. */
export interface CostRestricted {
  count: number;
  cost: number;
}

/** A scenario's cost as an edition shows it. */
export interface ShownScenarioCost {
  id: string;
  /** The whole organisation's figures. */
  total: number;
  costed: number;
  notCosted: number;
  /** The costed functions the edition names, in key order. */
  readonly functions: FunctionCost[];
  /** The costed functions it does not name (their cost is in `total`). */
  readonly restricted: CostRestricted;
  /** The functions not costed that it names, and how many more. */
  readonly uncosted: NotCosted[];
  readonly uncostedRestricted: number;
  /** The cumulative cost curve; `back` names only the functions the edition names, the costs are unchanged. */
  readonly curve: CostPoint[];
}

/** A late target's money at stake as an edition shows it. */
export interface ShownTargetCost {
  key: RecordKey;
  target: number;
  achievable: number;
  hoursLate: number;
  /** The whole organisation's figures. */
  total: number;
  costed: number;
  notCosted: number;
  /** The costed functions the edition names, most costly first. */
  readonly functions: FunctionCost[];
  /** The costed functions it does not name (their cost is in `total`). */
  readonly restricted: CostRestricted;
  /** The functions without a rate that it names, and how many more. */
  readonly uncosted: RecordKey[];
  readonly uncostedRestricted: number;
}

/** Every cost-of-downtime figure as an edition shows it. */
export interface ShownCosts {
  currency: string;
  perHour: Readonly<Record<string, number>>;
  /** True when any function has a rate: without one there is no figure to show. */
  configured: boolean;
  /** Business functions without a rate (whole organisation). */
  unrated: number;
  /** The cost of scenario `id`, for a scenario the edition shows; undefined for an unknown id. */
  scenario(id: string): ShownScenarioCost | undefined;
  /** The late targets whose record the edition names, most money at stake first, then by key. */
  targets: ShownTargetCost[];
  /** Late targets on records it does not name. */
  targetsRestricted: number;
  /** The late target of record `key`, when the edition names it. */
  target(key: RecordKey): ShownTargetCost | undefined;
}

/** Keeps what `isShown` names of a list of function costs, and sums up the rest. */
function split(
  list: readonly FunctionCost[],
  isShown: (key: RecordKey) => boolean,
): { shown: FunctionCost[]; restricted: CostRestricted } {
  const shown: FunctionCost[] = [];
  const restricted = { count: 0, cost: 0 };
  for (const f of list)
    if (isShown(f.key)) shown.push(f);
    else {
      restricted.count++;
      restricted.cost += f.cost;
    }
  return { shown, restricted };
}

function showScenario(c: ScenarioCost, isShown: (key: RecordKey) => boolean): ShownScenarioCost {
  let made: ReturnType<typeof split> | undefined;
  const parts = () => (made ??= split(c.functions, isShown));
  return {
    id: c.id,
    total: c.total,
    costed: c.costed,
    notCosted: c.notCosted,
    get functions() {
      return parts().shown;
    },
    get restricted() {
      return parts().restricted;
    },
    get uncosted() {
      return c.uncosted.filter((u) => isShown(u.key));
    },
    get uncostedRestricted() {
      return c.uncosted.filter((u) => !isShown(u.key)).length;
    },
    get curve() {
      return c.curve.map((p) => ({ ...p, back: p.back.filter(isShown) }));
    },
  };
}

function showTarget(c: TargetCost, isShown: (key: RecordKey) => boolean): ShownTargetCost {
  let made: ReturnType<typeof split> | undefined;
  const parts = () => (made ??= split(c.functions, isShown));
  return {
    key: c.key,
    target: c.target,
    achievable: c.achievable,
    hoursLate: c.hoursLate,
    total: c.total,
    costed: c.costed,
    notCosted: c.notCosted,
    get functions() {
      return parts().shown;
    },
    get restricted() {
      return parts().restricted;
    },
    get uncosted() {
      return c.uncosted.filter(isShown);
    },
    get uncostedRestricted() {
      return c.uncosted.filter((k) => !isShown(k)).length;
    },
  };
}

/** The costs of `cost` (the whole organisation's) as the edition that names `isShown` shows them. */
export function publishCosts(
  cost: DowntimeCosts,
  isShown: (key: RecordKey) => boolean,
): ShownCosts {
  const scenarios = new Map(cost.scenarios.map((c) => [c.id, c]));
  const shownScenarios = new Map<string, ShownScenarioCost>();
  const targets = cost.targets
    .filter((t) => isShown(t.key))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((t) => showTarget(t, isShown));
  const byKey = new Map(targets.map((t) => [t.key, t]));
  return {
    currency: cost.currency,
    perHour: cost.perHour,
    configured: cost.rates.size > 0,
    unrated: cost.unrated,
    scenario: (id) => {
      const c = scenarios.get(id);
      if (!c) return undefined;
      let shown = shownScenarios.get(id);
      if (!shown) shownScenarios.set(id, (shown = showScenario(c, isShown)));
      return shown;
    },
    targets,
    targetsRestricted: cost.targets.length - targets.length,
    target: (key) => byKey.get(key),
  };
}
