/**
 * A plan's own duration from its step graph: the longest chain of steps through `after`
 * (critical path), each step taking its estimate. A step starts when every step it waits for
 * has finished. Guarantees: a step without an estimate makes the duration unknown (undefined),
 * and so does a cycle among the steps (the model reports a step waiting for itself; longer
 * cycles are caught here and never loop); a wait for a step the plan does not have is ignored
 * (the model reports it).
 * Complexity: O(steps + after links), the step times of step-times.ts. Reference: critical path
 * method (Kelley and Walker 1959).
 */
import { stepTimes } from './step-times.ts';

/** The part of a plan step the duration needs. */
export interface StepTiming {
  id: string;
  /** Minutes; undefined when not estimated. */
  estimate?: number;
  /** Ids of the steps it waits for. */
  after: readonly string[];
}

/** The plan's duration in minutes and the chain of step ids that decides it; undefined when unknown. */
export function planDuration(
  steps: readonly StepTiming[],
): { minutes: number; path: string[] } | undefined {
  if (steps.length === 0) return undefined;
  // Each step's earliest end (step-times.ts): unknown for a step without an estimate or on a cycle.
  const times = stepTimes(steps);
  const end = new Map<string, number>();
  for (const s of steps) {
    const t = times.get(s.id)?.end;
    if (t === undefined) return undefined;
    end.set(s.id, t);
  }
  // Back from the step that ends last, through the first of the waits that ends latest.
  const byId = new Map(steps.map((s) => [s.id, s]));
  const via = (step: StepTiming): StepTiming | undefined => {
    let from: string | undefined;
    let start = 0;
    for (const id of step.after) {
      const t = end.get(id);
      if (t !== undefined && (from === undefined || t > start)) {
        start = t;
        from = id;
      }
    }
    return from === undefined ? undefined : byId.get(from);
  };
  let last = steps[0];
  for (const s of steps) if ((end.get(s.id) ?? 0) > (end.get(last.id) ?? 0)) last = s;
  const path: string[] = [];
  for (let cur: StepTiming | undefined = last; cur !== undefined; cur = via(cur))
    path.unshift(cur.id);
  return { minutes: end.get(last.id) ?? 0, path };
}
