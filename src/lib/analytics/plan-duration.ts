/**
 * A plan's own duration from its step graph: the longest chain of steps through `after`
 * (critical path), each step taking its estimate. A step starts when every step it waits for
 * has finished. Guarantees: a step without an estimate makes the duration unknown (undefined),
 * and so does a cycle among the steps (the model reports a step waiting for itself; longer
 * cycles are caught here and never loop); a wait for a step the plan does not have is ignored
 * (the model reports it).
 * Complexity: O(steps + after links). Reference: critical path method (Kelley and Walker 1959).
 */

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
  const byId = new Map(steps.map((s) => [s.id, s]));
  const end = new Map<string, number>();
  const via = new Map<string, string | undefined>();
  const state = new Map<string, 'open' | 'done'>();
  // Depth-first with an explicit stack: a deep chain of steps cannot overflow.
  for (const root of steps) {
    if (state.has(root.id)) continue;
    const stack: { step: StepTiming; next: number }[] = [{ step: root, next: 0 }];
    state.set(root.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      const deps = top.step.after.filter((id) => byId.has(id));
      if (top.next < deps.length) {
        const dep = byId.get(deps[top.next++]);
        if (!dep) continue;
        const s = state.get(dep.id);
        if (s === 'open') return undefined; // a cycle
        if (s === undefined) {
          state.set(dep.id, 'open');
          stack.push({ step: dep, next: 0 });
        }
        continue;
      }
      stack.pop();
      state.set(top.step.id, 'done');
      if (top.step.estimate === undefined) return undefined;
      let start = 0;
      let from: string | undefined;
      for (const id of deps) {
        const t = end.get(id) ?? 0;
        if (from === undefined || t > start) {
          start = t;
          from = id;
        }
      }
      end.set(top.step.id, start + top.step.estimate);
      via.set(top.step.id, from);
    }
  }
  let last = steps[0].id;
  for (const s of steps) if ((end.get(s.id) ?? 0) > (end.get(last) ?? 0)) last = s.id;
  const path: string[] = [];
  for (let cur: string | undefined = last; cur !== undefined; cur = via.get(cur)) path.unshift(cur);
  return { minutes: end.get(last) ?? 0, path };
}
