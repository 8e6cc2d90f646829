/**
 * When each step of a plan starts and ends, counted in minutes from the plan's activation: a
 * step starts when every step it waits for (`after`) has finished, and ends its estimate
 * later (earliest start and finish of the critical path method). Guarantees: a step's start is
 * unknown (undefined) when a step it waits for, directly or not, has no estimate or is part of
 * a cycle; its end is unknown as well when it has no estimate itself; a wait for a step the
 * plan does not have is ignored (the model reports it). Never loops. plan-duration.ts builds on it.
 * Complexity: O(steps + after links). Reference: Kelley and Walker 1959.
 */
import type { StepTiming } from './plan-duration.ts';

/** A step's earliest start and end in minutes from activation; undefined when unknown. */
export interface StepTime {
  start?: number;
  end?: number;
}

/** The times of every step, by step id. */
export function stepTimes(steps: readonly StepTiming[]): Map<string, StepTime> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const out = new Map<string, StepTime>();
  const state = new Map<string, 'open' | 'done'>();
  for (const root of steps) {
    if (state.has(root.id)) continue;
    // Depth-first with an explicit stack: deep chains cannot overflow.
    const stack: { step: StepTiming; next: number }[] = [{ step: root, next: 0 }];
    state.set(root.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      const deps = top.step.after.filter((id) => byId.has(id));
      if (top.next < deps.length) {
        const dep = byId.get(deps[top.next++]);
        if (dep && !state.has(dep.id)) {
          state.set(dep.id, 'open');
          stack.push({ step: dep, next: 0 });
        }
        continue;
      }
      stack.pop();
      state.set(top.step.id, 'done');
      // A step still open is on a cycle with this one: its time, and so this one's, is unknown.
      let start: number | undefined = 0;
      for (const id of deps) {
        const end = state.get(id) === 'done' ? out.get(id)?.end : undefined;
        start = end === undefined || start === undefined ? undefined : Math.max(start, end);
      }
      const estimate = top.step.estimate;
      out.set(top.step.id, {
        start,
        end: start === undefined || estimate === undefined ? undefined : start + estimate,
      });
    }
  }
  return out;
}
