/**
 * Exercise history: the completed exercises dated on or before asOf, and what they establish
 * that several analyses read: the latest measured recovery time and recovery point of each
 * service, the last exercise of each plan, and the last exercise that tested each service (listed
 * it in `services` or `results`).
 *
 * One rule decides which exercise is the latest: the later date; on the same date, the smaller
 * exercise id. Time and point are taken separately, each from the latest result that measured it.
 *
 * Guarantees: pure and deterministic (asOf from the model, never the clock); planned and
 * cancelled exercises, and exercises dated after asOf, count for nothing; each model's history
 * is read once and shared (the model is not modified after it is built), so the recovery
 * analysis (through listOwnRecovery) and the analysis context see the same one.
 * Complexity: O(exercises + plans listed + references + results).
 * Reference: ISO 22301 8.5 (exercise programme), DORA Art. 11(6); docs/domain.md §4, §9, §10, §12.
 */
import type { Entry, Model } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';

/** One figure measured in an exercise. */
export interface Measurement {
  /** The exercise that measured it. */
  exercise: RecordKey;
  /** Its date (YYYY-MM-DD). */
  date: string;
  /** The measured time in minutes. */
  minutes: number;
}

/** The latest measured recovery time and recovery point of one service (either may be missing). */
export interface LatestMeasurements {
  /** Recovery time: how long the restore took. */
  time?: Measurement;
  /** Recovery point: how much data was lost, as minutes. */
  point?: Measurement;
}

/** The last completed exercise of a plan. */
export interface LastExercise {
  exercise: RecordKey;
  /** Its date (YYYY-MM-DD). */
  date: string;
}

/** What the completed exercises of a model establish. */
export interface ExerciseHistory {
  /** Completed exercises dated on or before asOf, in id order. */
  readonly completed: readonly Entry<'exercises'>[];
  /** The latest measurements of a service, or undefined when no completed exercise measured it. */
  latestOf(service: RecordKey): LatestMeasurements | undefined;
  /** The last completed exercise that listed a plan, or undefined when none did. */
  lastOf(plan: RecordKey): LastExercise | undefined;
  /** The last completed exercise that tested a service (in `services` or `results`), or undefined. */
  lastOfService(service: RecordKey): LastExercise | undefined;
}

/**
 * True when an exercise of `date` and `exercise` is later than `seen`: the later date wins,
 * and on the same date the smaller exercise id. The one tie-break of every "latest exercise".
 */
export function isLaterExercise(
  date: string,
  exercise: RecordKey,
  seen: { date: string; exercise: RecordKey } | undefined,
): boolean {
  return !seen || date > seen.date || (date === seen.date && exercise < seen.exercise);
}

const HISTORIES = new WeakMap<Model, ExerciseHistory>();

/** The exercise history of a model, read once per model. */
export function readExerciseHistory(model: Model): ExerciseHistory {
  let history = HISTORIES.get(model);
  if (!history) HISTORIES.set(model, (history = buildHistory(model)));
  return history;
}

function buildHistory(model: Model): ExerciseHistory {
  const completed: Entry<'exercises'>[] = [];
  const latest = new Map<RecordKey, LatestMeasurements>();
  const last = new Map<RecordKey, LastExercise>();
  const lastTest = new Map<RecordKey, LastExercise>();
  for (const x of model.byKind.exercises) {
    const { status, date } = x.data;
    if (status !== 'completed' || date > model.asOf) continue;
    completed.push(x);
    for (const id of x.data.plans) {
      const plan = keyOf('plans', id);
      if (isLaterExercise(date, x.key, last.get(plan))) last.set(plan, { exercise: x.key, date });
    }
    // The services it tested, as relateExercised pairs them: resolved references only.
    for (const l of x.refs)
      if (
        l.kind === 'services' &&
        (l.rel === 'exercised' || l.rel === 'result') &&
        isLaterExercise(date, x.key, lastTest.get(l.key))
      )
        lastTest.set(l.key, { exercise: x.key, date });
    for (const r of x.data.results) {
      if (r.recoveryTime === undefined && r.recoveryPoint === undefined) continue;
      const service = keyOf('services', r.service);
      let m = latest.get(service);
      if (!m) latest.set(service, (m = {}));
      if (r.recoveryTime !== undefined && isLaterExercise(date, x.key, m.time))
        m.time = { exercise: x.key, date, minutes: r.recoveryTime };
      if (r.recoveryPoint !== undefined && isLaterExercise(date, x.key, m.point))
        m.point = { exercise: x.key, date, minutes: r.recoveryPoint };
    }
  }
  return {
    completed,
    latestOf: (service) => latest.get(service),
    lastOf: (plan) => last.get(plan),
    lastOfService: (service) => lastTest.get(service),
  };
}
