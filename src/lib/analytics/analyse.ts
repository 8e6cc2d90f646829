/**
 * Runs every analysis once over the model: recovery (objectives, graph, achievable times,
 * waves, impact, ranking), then the analysis context built on it (tiers, plan cover, exercise
 * history, normalised relations: see context.ts), then scenarios, review due, risk, gaps,
 * coverage and readiness, each a function of the context, the cost of downtime of the
 * scenarios and late targets (downtime-cost.ts), and last the standards' checklists over all
 * of them. Pure: the model in, plain data out;
 * "today" is model.asOf.
 */
import type { Model } from '../model/model.ts';
import { sortWarnings, type Warning } from '../model/finding.ts';
import { analyseRecovery, type RecoveryAnalysis } from './recovery.ts';
import { buildContext } from './context.ts';
import { analyseScenarios, listScenarios, type ScenarioResult } from './scenarios.ts';
import { listReviewsDue, type ReviewItem } from './review-due.ts';
import { scoreRisks, type RiskScore } from './risk.ts';
import { findGaps, type Gap } from './gaps/index.ts';
import { scenarioCoverage, type Coverage } from './coverage.ts';
import { assessReadiness, type Readiness } from './readiness.ts';
import { checkStandards, type StandardChecklist } from './standards/index.ts';
import type { AvailabilityAnalysis } from './availability.ts';
import { costDowntime, type DowntimeCosts } from './downtime-cost.ts';

export interface Analysis {
  asOf: string;
  recovery: RecoveryAnalysis;
  scenarios: ScenarioResult[];
  reviews: ReviewItem[];
  risks: RiskScore[];
  gaps: Gap[];
  coverage: Coverage;
  readiness: Readiness;
  /** The standards' checklists (ISO 22301, DORA, NIST SP 800-34), one per standard of STANDARDS. */
  standards: StandardChecklist[];
  /** Availability against target and downtime budgets, from the incidents of the last year. */
  availability: AvailabilityAnalysis;
  /** The cost of downtime (an estimate): each scenario's over its timeline, each late target's money at stake. */
  cost: DowntimeCosts;
  /** Warnings found by the analysis (inversions, cycles, MTPD tables), for check and the data-quality page. */
  issues: Warning[];
}

/** The analyses in the order they run, so `bench` can time each. */
export const STEPS = [
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
] as const;

/** Runs all analyses; `time` (optional) receives the milliseconds each step took, for the benchmark. */
export function analyse(
  model: Model,
  time?: (step: (typeof STEPS)[number], ms: number) => void,
): Analysis {
  const timed = <T>(step: (typeof STEPS)[number], f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    time?.(step, performance.now() - t0);
    return out;
  };
  const recovery = timed('recovery', () => analyseRecovery(model));
  const ctx = timed('context', () => buildContext(model, recovery));
  const scenarios = timed('scenarios', () => analyseScenarios(recovery, listScenarios(model)));
  const reviews = timed('reviews', () => listReviewsDue(ctx));
  const risks = timed('risks', () => scoreRisks(model));
  const gaps = timed('gaps', () => findGaps(ctx));
  const coverage = timed('coverage', () => scenarioCoverage(ctx));
  const readiness = timed('readiness', () => assessReadiness(ctx, reviews));
  const cost = timed('cost', () => costDowntime(model, recovery, scenarios));
  const standards = timed('standards', () =>
    checkStandards({ ctx, reviews, gaps, readiness, risks, coverage }),
  );
  return {
    asOf: model.asOf,
    recovery,
    scenarios,
    reviews,
    risks,
    gaps,
    coverage,
    readiness,
    standards,
    availability: ctx.availability,
    cost,
    issues: sortWarnings(recovery.issues),
  };
}
