/**
 * Exercise history: the completed exercises dated on or before asOf, and what they establish
 * that several analyses read: the latest measured recovery time and recovery point of each
 * service (from exercises and from real incidents begun on or before asOf: a recovery measured
 * in an outage is capability evidence too, and outranks an exercise of the same date), the last exercise of each plan, and the last exercise that tested each service (listed
 * it in `services` or `results`).
 *
 * One rule decides which exercise is the latest: the later date; on the same date, the smaller
 * exercise id. Time and point are taken separately, each from the latest result that measured it.
 *
 * Guarantees: pure and deterministic (asOf from the model, never the clock); planned and
 * cancelled exercises, and exercises dated after asOf, count for nothing; each model's history
 * is read once and shared (the model is not modified after it is built), so the recovery
 * analysis (through listOwnRecovery) and the analysis context see the same one.
 * Complexity: O(exercises + plans listed + references + results + incident services).
 * Reference: ISO 22301 8.5 (exercise programme), DORA Art. 11(6); docs/domain.md §4, §9, §10, §12.
 */
import type { Entry, Model } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';

/** One figure measured in an exercise or in a real incident. */
export interface Measurement {
  /** The exercise or incident that measured it. */
  source: RecordKey;
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

/** What the completed exercises (and the recoveries measured in incidents) of a model establish. */
export interface ExerciseHistory {
  /** Completed exercises dated on or before asOf, in id order. */
  readonly completed: readonly Entry<'exercises'>[];
  /**
   * The latest measurements of a service, from completed exercises and incidents begun on or
   * before asOf (isLaterMeasurement decides), or undefined when none measured it.
   */
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

/**
 * True when a figure measured on `date` by `source` (an exercise or incident) replaces `seen`:
 * the later date wins; on the same date a real incident outranks an exercise (what happened
 * under real conditions is the stronger evidence); then the smaller key.
 */
export function isLaterMeasurement(
  date: string,
  source: RecordKey,
  seen: Measurement | undefined,
): boolean {
  if (!seen || date !== seen.date) return !seen || date > seen.date;
  const real = source.startsWith('incidents/');
  if (real !== seen.source.startsWith('incidents/')) return real;
  return source < seen.source;
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
  const measure = (
    source: RecordKey,
    date: string,
    r: { service: string; recoveryTime?: number; recoveryPoint?: number },
  ) => {
    if (r.recoveryTime === undefined && r.recoveryPoint === undefined) return;
    const service = keyOf('services', r.service);
    let m = latest.get(service);
    if (!m) latest.set(service, (m = {}));
    if (r.recoveryTime !== undefined && isLaterMeasurement(date, source, m.time))
      m.time = { source, date, minutes: r.recoveryTime };
    if (r.recoveryPoint !== undefined && isLaterMeasurement(date, source, m.point))
      m.point = { source, date, minutes: r.recoveryPoint };
  };
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
    for (const r of x.data.results) measure(x.key, date, r);
  }
  for (const x of model.byKind.incidents) {
    const date = x.data.start.slice(0, 10);
    if (date <= model.asOf) for (const s of x.data.services) measure(x.key, date, s);
  }
  return {
    completed,
    latestOf: (service) => latest.get(service),
    lastOf: (plan) => last.get(plan),
    lastOfService: (service) => lastTest.get(service),
  };
}
