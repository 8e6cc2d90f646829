/**
 * Achievable recovery time after an outage: a node is back at
 *   T(x) = max(T(d) for hard dependencies d) + own(x)
 * where own(x) is how long its own restore takes once its dependencies are up. A dependency
 * cycle recovers as one unit: its members come back together after the sum of their own times
 * (they bootstrap one after another). Nodes that are not down are up at time 0. An unknown own
 * time makes the node and everything above it unknown (never NaN). Also gives the bottleneck:
 * the dependency that finishes last. O(nodes + edges).
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';

export interface Achievable {
  /** Minutes after the start of recovery when each node is back; -1 when unknown (read it with timeOf). */
  time: Float64Array;
  /** The hard dependency that finished last (-1 when none): the next step of the bottleneck path. */
  via: Int32Array;
}

/**
 * Computes achievable times. `own[x]` is each node's own recovery time (undefined = unknown);
 * `own[x]` below 0 also means unknown. Ties go to the lower node index (stable: nodes are in key order).
 * `isDown(x)` says which nodes must be recovered (default: all); `only`, when given, lists the
 * components holding them in ascending order, so a small outage costs only what it touches.
 * `into` reuses arrays from an earlier call: entries of nodes that were down must have been
 * reset to time 0 and via -1.
 */
export function computeAchievable(graph: Graph, comps: Components, own: ArrayLike<number | undefined>, isDown: (node: number) => boolean = () => true, only?: number[], into?: Achievable): Achievable {
  const n = graph.keys.length;
  const time = into?.time ?? new Float64Array(n);
  const via = into?.via ?? new Int32Array(n).fill(-1);
  const order = only ?? comps.members.map((_, c) => c);
  for (const c of order) {
    const members = comps.members[c].length === 1 ? (isDown(comps.members[c][0]) ? comps.members[c] : []) : comps.members[c].filter(isDown);
    if (members.length === 0) continue;
    let start = 0;
    let unknown = false;
    let bottleneck = -1;
    let sum: number | undefined = 0;
    for (const m of members) {
      const o = own[m];
      sum = sum === undefined || o === undefined || o < 0 ? undefined : sum + o;
      for (const d of graph.hard[m]) {
        if (comps.of[d] === c || !isDown(d)) continue;
        const t = time[d];
        if (t < 0) {
          // An unknown dependency is the bottleneck: nothing above it can be timed.
          if (!unknown) bottleneck = d;
          unknown = true;
        } else if (!unknown && (bottleneck < 0 || t > start || (t === start && d < bottleneck))) {
          start = t;
          bottleneck = d;
        }
      }
    }
    const t = unknown || sum === undefined ? -1 : start + sum;
    for (const m of members) { time[m] = t; via[m] = bottleneck; }
  }
  return { time, via };
}

/** When `node` is back, in minutes after the start of recovery; undefined when unknown. */
export function timeOf(ach: Achievable, node: number): number | undefined {
  return ach.time[node] < 0 ? undefined : ach.time[node];
}

/** The bottleneck path from `node` down through the dependency that finished last, as node keys. */
export function bottleneckPath(graph: Graph, ach: Achievable, node: number): string[] {
  const path = [node];
  for (let cur = ach.via[node]; cur >= 0 && !path.includes(cur); cur = ach.via[cur]) path.push(cur);
  return path.map((i) => graph.keys[i]);
}
