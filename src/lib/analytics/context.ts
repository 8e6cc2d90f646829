/**
 * The analysis context: what the analyses of one model share, computed once per analysis and
 * read through small queries, so no analysis recomputes or re-merges what another needs too.
 * - the recovery analysis (analyseRecovery), and from it the tier of each service and function;
 * - the critical-tier rule: tier 1 and 2 are critical (plans, exercises, coverage, key people);
 * - plan cover: the approved plans covering each service and function, and the others;
 * - exercise history: completed exercises dated on or before asOf, latest measurements of each
 *   service, last exercise of each plan (one tie-break rule, see exercise-history.ts);
 * - availability against target and downtime budgets, from the incidents (availability.ts);
 * - the teams that carry out approved plans for tier 1-2 records;
 * - which services have a way round their loss (a workaround, or an alternate named for them);
 * - relations authored from both sides, normalised: vendor <-> service supply and
 *   exercise <-> service (see relations.ts).
 *
 * Guarantees: pure (the model in; asOf from the model, never the clock); queries return plain
 * data keyed by record key, `undefined` or an empty list for unknown, never -1.
 * Complexity: the recovery analysis, plus O(records + references + exercise results + p log p)
 * for p relation pairs; each query is O(1) or O(answer).
 * Reference: docs/domain.md §1 and §9-12.
 */
import type { Entry, Model } from '../model/model.ts';
import { idOf, keyOf, type RecordKey } from '../model/key.ts';
import { ref, type Ref } from '../model/text.ts';
import { analyseRecovery, type RecoveryAnalysis } from './recovery.ts';
import { listPlanCover } from './plan-cover.ts';
import { readExerciseHistory, type ExerciseHistory } from './exercise-history.ts';
import { relateExercised, relateSupply } from './relations.ts';
import { analyseAvailability, type AvailabilityAnalysis } from './availability.ts';

/** The highest tier number that is critical: tiers 1 and 2 (plans, exercises, coverage, key people). */
export const CRITICAL_TIER = 2;

/** True for a tier that is critical (1 or 2); false for a lower tier or none. */
export const isCriticalTier = (tier: number | undefined): boolean =>
  tier !== undefined && tier <= CRITICAL_TIER;

/** What the analyses of one model share. */
export interface AnalysisContext {
  /** The model analysed. */
  readonly model: Model;
  /** Its recovery analysis. */
  readonly recovery: RecoveryAnalysis;
  /** Its completed exercises and what they measured. */
  readonly exercises: ExerciseHistory;
  /** Availability of services against their targets, from the incidents of the last year. */
  readonly availability: AvailabilityAnalysis;
  /** Recovery tier of a service or function; undefined when it has none or is neither. */
  tierOf(key: RecordKey): number | undefined;
  /** True for a service or function of a critical tier (1 or 2). */
  isCritical(key: RecordKey): boolean;
  /** Approved plans covering a service or function, in plan id order; empty when none. */
  approvedPlansOf(key: RecordKey): readonly Entry<'plans'>[];
  /** Plans covering it that are not approved, in plan id order (for messages); empty when none. */
  otherPlansOf(key: RecordKey): readonly Entry<'plans'>[];
  /** Services a vendor supplies (its `supplies` and the services naming it in `vendors`), in key order. */
  suppliesOf(vendor: RecordKey): readonly RecordKey[];
  /** Vendors of a service, from either side, in key order. */
  vendorsOf(service: RecordKey): readonly RecordKey[];
  /** Services an exercise exercised (its `services` and `results[].service`), in key order. */
  servicesExercisedIn(exercise: RecordKey): readonly RecordKey[];
  /** Exercises (of any status) that exercised a service, in key order. */
  exercisesOf(service: RecordKey): readonly RecordKey[];
  /** True for a team that carries out (plan.teams) an approved plan covering a tier 1-2 service or function. */
  carriesCriticalPlan(team: RecordKey): boolean;
  /** True for a service with a way round its loss: a manual workaround (alternateMeans) or a dependency on it that names an alternate. */
  hasAlternate(service: RecordKey): boolean;
  /** A record as a text names it: a reference when the model has it, else the id as written (a left-out record's placeholder). */
  nameOf(key: RecordKey): Ref | string;
}

/** A workaround written as "none" or left blank is no workaround. */
const isWorkaround = (means: string | undefined): boolean =>
  means !== undefined && means.trim() !== '' && means.trim().toLowerCase() !== 'none';

/** The services with a way round their loss: a workaround of their own, or named as an alternate by a dependency on them. */
function listAlternates(model: Model): Set<RecordKey> {
  const out = new Set<RecordKey>();
  for (const s of model.byKind.services) {
    if (isWorkaround(s.data.alternateMeans)) out.add(s.key);
    for (const d of s.data.dependsOn)
      if ('alternate' in d && d.alternate) out.add(keyOf('services', d.service));
  }
  return out;
}

const NONE: readonly Entry<'plans'>[] = Object.freeze([]);

/**
 * Builds the context of `model`. `recovery` is its recovery analysis when the caller has run it
 * already (analyse times it as a step of its own).
 */
export function buildContext(
  model: Model,
  recovery: RecoveryAnalysis = analyseRecovery(model),
): AnalysisContext {
  const cover = listPlanCover(model);
  const supply = relateSupply(model);
  const exercised = relateExercised(model);
  const tierOf = (key: RecordKey) => recovery.byKey.get(key)?.tier;
  const alternates = listAlternates(model);
  const criticalTeams = new Set<RecordKey>();
  for (const x of recovery.nodes)
    if (isCriticalTier(x.tier))
      for (const plan of cover.approved.get(x.key) ?? NONE)
        for (const t of plan.data.teams) criticalTeams.add(keyOf('teams', t));
  return {
    model,
    recovery,
    exercises: readExerciseHistory(model),
    availability: analyseAvailability(model, tierOf),
    tierOf,
    isCritical: (key) => isCriticalTier(tierOf(key)),
    approvedPlansOf: (key) => cover.approved.get(key) ?? NONE,
    otherPlansOf: (key) => cover.other.get(key) ?? NONE,
    suppliesOf: supply.of,
    vendorsOf: supply.of,
    servicesExercisedIn: exercised.of,
    exercisesOf: exercised.of,
    carriesCriticalPlan: (team) => criticalTeams.has(team),
    hasAlternate: (key) => alternates.has(key),
    nameOf: (key) => (model.index.has(key) ? ref(key) : idOf(key)),
  };
}
