/**
 * Each service's own recovery time (once its dependencies are up) and where the figure comes
 * from: measured in the latest completed exercise that timed it, else the owner's estimate,
 * else the declared RTO as a last resort, else unknown. O(services + exercise results).
 */
import type { Model } from '../model/model.ts';

export type RecoverySource = 'measured' | 'estimated' | 'declared-rto' | 'unknown';

export interface OwnRecovery {
  minutes?: number;
  source: RecoverySource;
  /** The exercise that measured it, when measured. */
  exercise?: string;
  /** Date of that exercise. */
  date?: string;
}

/** Own recovery time of every service, by id. */
export function listOwnRecovery(model: Model): Map<string, OwnRecovery> {
  const measured = new Map<string, OwnRecovery>();
  for (const x of model.byKind.exercises) {
    if (x.data.status !== 'completed' || x.data.date > model.asOf) continue;
    for (const r of x.data.results) {
      if (r.recoveryTime === undefined) continue;
      const seen = measured.get(r.service);
      if (
        !seen ||
        seen.date! < x.data.date ||
        (seen.date === x.data.date && seen.exercise! > x.id)
      ) {
        measured.set(r.service, {
          minutes: r.recoveryTime,
          source: 'measured',
          exercise: x.id,
          date: x.data.date,
        });
      }
    }
  }
  const out = new Map<string, OwnRecovery>();
  for (const s of model.byKind.services) {
    const m = measured.get(s.id);
    if (m) out.set(s.id, m);
    else if (s.data.recoveryTime !== undefined)
      out.set(s.id, { minutes: s.data.recoveryTime, source: 'estimated' });
    else if (s.data.rto !== undefined)
      out.set(s.id, { minutes: s.data.rto, source: 'declared-rto' });
    else out.set(s.id, { source: 'unknown' });
  }
  return out;
}
