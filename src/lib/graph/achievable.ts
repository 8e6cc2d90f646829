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
  /** Minutes after the start of recovery when each node is back; undefined when unknown. */
  time: (number | undefined)[];
  /** The hard dependency that finished last (-1 when none): the next step of the bottleneck path. */
  via: Int32Array;
}

/**
 * Computes achievable times. `own[x]` is each node's own recovery time (undefined = unknown);
 * `isDown(x)` says which nodes must be recovered (default: all).
 */
export function computeAchievable(graph: Graph, comps: Components, own: (number | undefined)[], isDown: (node: number) => boolean = () => true): Achievable {
  const n = graph.keys.length;
  const time: (number | undefined)[] = new Array(n).fill(0);
  const via = new Int32Array(n).fill(-1);
  for (let c = 0; c < comps.members.length; c++) {
    const members = comps.members[c].filter(isDown);
    if (members.length === 0) continue;
    let start = 0;
    let unknown = false;
    let bottleneck = -1;
    let sum: number | undefined = 0;
    for (const m of members) {
      const o = own[m];
      sum = sum === undefined || o === undefined ? undefined : sum + o;
      for (const d of graph.hard[m]) {
        if (comps.of[d] === c || !isDown(d)) continue;
        const t = time[d];
        if (t === undefined) {
          // An unknown dependency is the bottleneck: nothing above it can be timed.
          if (!unknown) bottleneck = d;
          unknown = true;
        } else if (!unknown && (bottleneck < 0 || t > start || (t === start && graph.keys[d] < graph.keys[bottleneck]))) {
          start = t;
          bottleneck = d;
        }
      }
    }
    const t = unknown || sum === undefined ? undefined : start + sum;
    for (const m of members) { time[m] = t; via[m] = bottleneck; }
  }
  return { time, via };
}

/** The bottleneck path from `node` down through the dependency that finished last, as node keys. */
export function bottleneckPath(graph: Graph, ach: Achievable, node: number): string[] {
  const path = [node];
  for (let cur = ach.via[node]; cur >= 0 && !path.includes(cur); cur = ach.via[cur]) path.push(cur);
  return path.map((i) => graph.keys[i]);
}
