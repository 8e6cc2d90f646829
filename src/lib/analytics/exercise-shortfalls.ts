/**
 * Exercise shortfalls: the services whose latest exercise measurement misses their objective.
 * Recovery time is compared with the declared RTO (the target RTO when none is declared),
 * recovery point with the declared RPO (the required RPO when none is declared); a figure equal
 * to the objective meets it. Read by the gap rule target-not-met-in-exercise and by readiness
 * (targetsMet).
 *
 * Guarantees: services with no measurement, or no objective to compare with, do not appear;
 * services in the order of the recovery analysis (by id).
 * Complexity: O(services), after the exercise history of the context.
 * Reference: ISO 22301 8.5 (exercise results against objectives); docs/domain.md §10 and §12.
 */
import type { RecordKey } from '../model/key.ts';
import type { AnalysisContext } from './context.ts';
import type { Measurement } from './exercise-history.ts';

/** Where a service's latest measured capability falls short of its objective. */
export interface ExerciseShortfall {
  /** Latest measured recovery time, when it exceeds `target` (declared RTO, else target RTO). */
  rto?: { measured: Measurement; target: number; declared: boolean };
  /** Latest measured recovery point, when it exceeds `target` (declared RPO, else required RPO). */
  rpo?: { measured: Measurement; target: number; declared: boolean };
}

/** The shortfalls of every service that has one, by service key. */
export function findExerciseShortfalls(ctx: AnalysisContext): Map<RecordKey, ExerciseShortfall> {
  const out = new Map<RecordKey, ExerciseShortfall>();
  for (const x of ctx.recovery.nodes) {
    if (x.kind !== 'services') continue;
    const m = ctx.exercises.latestOf(x.key);
    if (!m) continue;
    const shortfall: ExerciseShortfall = {};
    const rto = x.rto.declared ?? x.rto.target;
    if (m.time && rto !== undefined && m.time.minutes > rto)
      shortfall.rto = { measured: m.time, target: rto, declared: x.rto.declared !== undefined };
    const rpo = x.rpo.declared ?? x.rpo.required;
    if (m.point && rpo !== undefined && m.point.minutes > rpo)
      shortfall.rpo = { measured: m.point, target: rpo, declared: x.rpo.declared !== undefined };
    if (shortfall.rto || shortfall.rpo) out.set(x.key, shortfall);
  }
  return out;
}
