/**
 * Scenario coverage (docs/domain.md §10): scenarios x critical services, marked where an
 * approved plan is written for the scenario and where an exercise played it.
 *
 * For every tier 1-2 service (sorted by tier, then id) and every scenario of ScenarioSchema:
 * planned when an approved plan covering the service is written for the scenario; exercised
 * when a completed exercise dated on or before asOf played the scenario for the service: the
 * exercise lists the service in `services` or `results`, or lists an approved plan that
 * covers the service and is written for that scenario.
 *
 * Guarantees: pure and deterministic; every row has one cell per scenario, in schema order;
 * rows with the same marks share their (frozen) cells.
 * Complexity: O(services + exercises x plans x covered services).
 * Reference: DORA RTS 2024/1774 Art. 26(2); docs/domain.md §10.
 */
import { ScenarioSchema, type Scenario } from '../schema/scenario.ts';
import { getEntry } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { must } from '../model/internal.ts';
import { isCriticalTier, type AnalysisContext } from './context.ts';
import type { NodeRecovery } from './recovery.ts';

/** Whether one scenario is planned for and exercised for one service. */
export interface CoverageCell {
  /** The scenario. */
  scenario: Scenario;
  /** An approved plan covering the service is written for the scenario. */
  planned: boolean;
  /** A completed exercise (dated on or before asOf) played the scenario for the service. */
  exercised: boolean;
}

/** One tier 1-2 service with a cell per scenario. */
export interface CoverageRow {
  /** "services/id". */
  key: RecordKey;
  /** The service's title. */
  title: string;
  /** Its tier (1 or 2). */
  tier: number;
  /** One cell per scenario, in the order of Coverage.scenarios. */
  cells: CoverageCell[];
}

/** Scenario coverage: scenarios x critical services (DORA RTS 2024/1774 Art. 26(2)). */
export interface Coverage {
  /** Every scenario of ScenarioSchema, in schema order. */
  scenarios: Scenario[];
  /** Every tier 1-2 service, by tier then id. */
  rows: CoverageRow[];
}

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

/** The scenario coverage of every tier 1-2 service of the context's model. */
export function scenarioCoverage(ctx: AnalysisContext): Coverage {
  const { model } = ctx;
  const scenarios = [...ScenarioSchema.options];
  const bit = new Map(scenarios.map((sc, i) => [sc as string, 1 << i]));
  const bitOf = (sc: Scenario) => must(bit.get(sc), 'the bit of a scenario');
  // Scenarios exercised per service, as a bit mask over `scenarios`.
  const exercised = new Map<RecordKey, number>();
  const mark = (service: RecordKey, mask: number) =>
    exercised.set(service, (exercised.get(service) ?? 0) | mask);
  for (const x of ctx.exercises.completed) {
    const { scenario } = x.data;
    if (scenario === undefined) continue;
    const mask = bitOf(scenario);
    for (const s of ctx.servicesExercisedIn(x.key)) mark(s, mask);
    for (const id of x.data.plans) {
      const plan = getEntry(model, 'plans', id);
      if (!plan || plan.data.status !== 'approved' || !plan.data.scenarios.includes(scenario))
        continue;
      for (const s of plan.data.covers.services) mark(keyOf('services', s), mask);
    }
  }
  // Rows share their (read-only) cells: there are only so many planned/exercised combinations.
  const cellsOf = new Map<number, CoverageCell[]>();
  const cells = (planned: number, done: number) => {
    const code = planned * (1 << scenarios.length) + done;
    let out = cellsOf.get(code);
    if (!out)
      cellsOf.set(
        code,
        (out = Object.freeze(
          scenarios.map((scenario, i) =>
            Object.freeze({
              scenario,
              planned: (planned & (1 << i)) !== 0,
              exercised: (done & (1 << i)) !== 0,
            }),
          ),
        ) as CoverageCell[]),
      );
    return out;
  };
  const rows = ctx.recovery.nodes
    .filter(
      (x): x is NodeRecovery & { tier: number } =>
        x.kind === 'services' && x.tier !== undefined && isCriticalTier(x.tier),
    )
    .sort((a, b) => a.tier - b.tier || cmp(a.id, b.id))
    .map((x): CoverageRow => {
      let planned = 0;
      for (const p of ctx.approvedPlansOf(x.key))
        for (const sc of p.data.scenarios) planned |= bitOf(sc);
      return {
        key: x.key,
        title: x.title,
        tier: x.tier,
        cells: cells(planned, exercised.get(x.key) ?? 0),
      };
    });
  return { scenarios, rows };
}
