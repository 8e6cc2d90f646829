/**
 * Each service's own recovery time (once its dependencies are up) and where the figure comes
 * from: measured in the latest completed exercise or real incident that timed it (the exercise
 * history's latest recovery time; an incident outranks an exercise of the same date), else the owner's estimate, else the declared RTO as a last resort,
 * else unknown. O(services), after the exercise history (read once per model).
 */
import type { Model } from '../model/model.ts';
import { idOf } from '../model/key.ts';
import { readExerciseHistory } from './exercise-history.ts';

export type RecoverySource = 'measured' | 'estimated' | 'declared-rto' | 'unknown';

export interface OwnRecovery {
  minutes?: number;
  source: RecoverySource;
  /** The exercise that measured it (its id), when an exercise measured it. */
  exercise?: string;
  /** The incident that measured it (its id), when a real outage measured it. */
  incident?: string;
  /** Date of that exercise, or the day that incident began. */
  date?: string;
}

/** Own recovery time of every service, by id. */
export function listOwnRecovery(model: Model): Map<string, OwnRecovery> {
  const history = readExerciseHistory(model);
  const out = new Map<string, OwnRecovery>();
  for (const s of model.byKind.services) {
    const m = history.latestOf(s.key)?.time;
    if (m)
      out.set(s.id, {
        minutes: m.minutes,
        source: 'measured',
        ...(m.source.startsWith('incidents/')
          ? { incident: idOf(m.source) }
          : { exercise: idOf(m.source) }),
        date: m.date,
      });
    else if (s.data.recoveryTime !== undefined)
      out.set(s.id, { minutes: s.data.recoveryTime, source: 'estimated' });
    else if (s.data.rto !== undefined)
      out.set(s.id, { minutes: s.data.rto, source: 'declared-rto' });
    else out.set(s.id, { source: 'unknown' });
  }
  return out;
}
