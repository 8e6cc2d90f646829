/**
 * Readiness (docs/domain.md §12): for every service and business function, which of five
 * checks it meets, its share of checks met, and the same shares over the whole organisation
 * (as CISO Assistant reports %documented, %tested, %targets met).
 *
 * Checks:
 * - documented: the record has a body, and a declared RTO (functions: RTO and MTPD).
 * - planApproved: an approved plan covers it.
 * - exercised: services: a completed exercise in the window lists it in `services` or has a
 *   result for it, or an approved plan covering it was exercised in the window; functions: an
 *   approved plan covering it was exercised in the window. The window is the one review-due
 *   uses: a completed exercise dated on or before asOf counts while date +
 *   settings.review.exerciseEveryMonths months is not before asOf.
 * - targetsMet: the achievable RTO after a wide outage meets the target (rto.gap defined and
 *   <= 0) and, for services, the latest exercise measurements meet the declared RTO and RPO
 *   (see exercise-shortfalls.ts).
 * - reviewsCurrent: review-due has no 'review' item for it that is late (overdue or never done).
 *
 * Guarantees: pure and deterministic; scores are shares in 0..1; records in the order of the
 * recovery analysis (functions, then services, each by id); overall figures are 0 when there
 * are no records.
 * Complexity: O(records + exercises x (services + plans listed) + review items).
 */
import { addMonths } from '../schema/date.ts';
import type { RecordKey } from '../model/key.ts';
import { must } from '../model/internal.ts';
import type { AnalysisContext } from './context.ts';
import { isLate, type ReviewItem } from './review-due.ts';
import { findExerciseShortfalls } from './exercise-shortfalls.ts';

/** Any text that is not white space. */
const HAS_TEXT = /\S/;

/** The five readiness checks of one record. */
export interface ReadinessChecks {
  /** Has a body and its declared objectives (services: RTO; functions: RTO and MTPD). */
  documented: boolean;
  /** Covered by an approved plan. */
  planApproved: boolean;
  /** Exercised within settings.review.exerciseEveryMonths before asOf. */
  exercised: boolean;
  /** Achievable RTO meets the target and (services) the latest exercise met the declared RTO and RPO. */
  targetsMet: boolean;
  /** No overdue or never-done review. */
  reviewsCurrent: boolean;
}

/** The check names, in the order they are shown. */
export const READINESS_CHECKS: readonly (keyof ReadinessChecks)[] = [
  'documented',
  'planApproved',
  'exercised',
  'targetsMet',
  'reviewsCurrent',
];

/** Readiness of one service or business function. */
export interface RecordReadiness {
  /** "kind/id". */
  key: RecordKey;
  /** services or bia. */
  kind: 'services' | 'bia';
  /** The record id. */
  id: string;
  /** Which checks it meets. */
  checks: ReadinessChecks;
  /** Share of checks met, 0..1. */
  score: number;
}

/** Readiness of every service and function and of the organisation as a whole. */
export interface Readiness {
  /** One per service and function of the recovery analysis, in its order. */
  records: RecordReadiness[];
  /** Shares over all records, each 0..1 (0 when there are no records). */
  overall: {
    /** Mean of the record scores. */
    score: number;
    /** Share of records documented. */
    documented: number;
    /** Share covered by an approved plan. */
    planApproved: number;
    /** Share exercised in the window. */
    exercised: number;
    /** Share meeting their targets. */
    targetsMet: number;
    /** Share with current reviews. */
    reviewsCurrent: number;
  };
}

/**
 * Assesses the readiness of every service and function of the context's recovery analysis,
 * with `reviews` the review-due list of the same context.
 */
export function assessReadiness(ctx: AnalysisContext, reviews: ReviewItem[]): Readiness {
  const { asOf, settings } = ctx.model;
  const rec = ctx.recovery;
  const shortfalls = findExerciseShortfalls(ctx);

  // Plans and services exercised in the window.
  const plansExercised = new Set<string>();
  const servicesExercised = new Set<RecordKey>();
  for (const x of ctx.exercises.completed) {
    if (addMonths(x.data.date, settings.review.exerciseEveryMonths) < asOf) continue;
    for (const p of x.data.plans) plansExercised.add(p);
    for (const s of ctx.servicesExercisedIn(x.key)) servicesExercised.add(s);
  }

  const reviewLapsed = new Set<RecordKey>();
  for (const r of reviews) if (r.check === 'review' && isLate(r)) reviewLapsed.add(r.key);

  const records = rec.nodes.map((x): RecordReadiness => {
    const entry =
      rec.entries[must(rec.graph.index.get(x.key), 'the graph node of a recovery node')];
    const data = entry.data as { rto?: number; mtpd?: number };
    const plans = ctx.approvedPlansOf(x.key);
    const isService = x.kind === 'services';
    const checks: ReadinessChecks = {
      documented:
        data.rto !== undefined &&
        (isService || data.mtpd !== undefined) &&
        HAS_TEXT.test(entry.body),
      planApproved: plans.length > 0,
      exercised:
        (isService && servicesExercised.has(x.key)) || plans.some((p) => plansExercised.has(p.id)),
      targetsMet:
        x.rto.gap !== undefined && x.rto.gap <= 0 && !(isService && shortfalls.has(x.key)),
      reviewsCurrent: !reviewLapsed.has(x.key),
    };
    let met = 0;
    for (const c of READINESS_CHECKS) if (checks[c]) met++;
    return { key: x.key, kind: x.kind, id: x.id, checks, score: met / READINESS_CHECKS.length };
  });

  const n = records.length;
  const share = (c: keyof ReadinessChecks) =>
    n === 0 ? 0 : records.filter((r) => r.checks[c]).length / n;
  return {
    records,
    overall: {
      score: n === 0 ? 0 : records.reduce((sum, r) => sum + r.score, 0) / n,
      documented: share('documented'),
      planApproved: share('planApproved'),
      exercised: share('exercised'),
      targetsMet: share('targetsMet'),
      reviewsCurrent: share('reviewsCurrent'),
    },
  };
}
