/**
 * Achievable recovery time after an outage: a node is back at
 *   T(x) = max(T(d) for hard dependencies d) + own(x)
 * where own(x) is how long its own restore takes once its dependencies are up. A dependency
 * cycle recovers as one unit: its members come back together after the sum of their own times
 * (they bootstrap one after another). Nodes that are not down are up at time 0. An unknown own
 * time makes the node and everything above it unknown (never NaN). Also gives the bottleneck:
 * the dependency that finishes last, as a path of real hard edges. Inside a cycle the path
 * leads from each member along hard edges to the member that depends on the component's
 * bottleneck (one breadth-first search over the hard dependents inside the component, from
 * that member), then out to the bottleneck. O(nodes + edges); the search visits the dependents
 * of a cycle's members, so only components with several members pay for it.
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';
import type { RecordKey } from '../model/key.ts';
import { internal } from '../model/internal.ts';

export interface Achievable {
  /** Minutes after the start of recovery when each node is back; -1 when unknown (read it with timeOf). */
  time: Float64Array;
  /**
   * The next step of the bottleneck path, always a hard dependency (-1 when none): the
   * dependency that finished last, or inside a cycle the next member on the way to it.
   */
  via: Int32Array;
}

/**
 * Computes achievable times. `own[x]` is each node's own recovery time (undefined = unknown);
 * `own[x]` below 0 also means unknown. Ties go to the lower node index (stable: nodes are in key order).
 * `down[x]` is 1 for the nodes that must be recovered (default: all); `only`, when given, lists
 * the components holding them in ascending order, so a small outage costs only what it touches.
 * `into` reuses arrays from an earlier call: entries of nodes that were down must have been
 * reset to time 0 and via -1.
 */
export function computeAchievable(
  graph: Graph,
  comps: Components,
  own: ArrayLike<number | undefined>,
  down?: Uint8Array,
  only?: ArrayLike<number>,
  into?: Achievable,
): Achievable {
  const n = graph.keys.length;
  const time = into?.time ?? new Float64Array(n);
  const via = into?.via ?? new Int32Array(n).fill(-1);
  const isDown = down ?? new Uint8Array(n).fill(1);
  const { hardStart, hardList } = graph;
  const of = comps.of;
  const count = only ? only.length : comps.members.length;
  for (let k = 0; k < count; k++) {
    const c = only ? only[k] : k;
    const members = comps.members[c];
    let start = 0;
    let unknown = false;
    let bottleneck = -1;
    // The member that hard-depends on the bottleneck.
    let waiting = -1;
    let sum = 0;
    let any = false;
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      if (!isDown[m]) continue;
      any = true;
      const o = own[m];
      sum = o === undefined || o < 0 || sum < 0 ? -1 : sum + o;
      for (let e = hardStart[m], end = hardStart[m + 1]; e < end; e++) {
        const d = hardList[e];
        if (of[d] === c || !isDown[d]) continue;
        const t = time[d];
        if (t < 0) {
          // An unknown dependency is the bottleneck: nothing above it can be timed.
          if (!unknown) {
            bottleneck = d;
            waiting = m;
          }
          unknown = true;
        } else if (!unknown && (bottleneck < 0 || t > start || (t === start && d < bottleneck))) {
          start = t;
          bottleneck = d;
          waiting = m;
        }
      }
    }
    if (!any) continue;
    const t = unknown || sum < 0 ? -1 : start + sum;
    if (members.length === 1) {
      time[members[0]] = t;
      via[members[0]] = bottleneck;
      continue;
    }
    // A cycle: every member's path runs along hard edges to the waiting member, then out.
    // via -2 marks a member not reached yet; one left unreached (possible only when part of
    // the cycle is up) gets no path.
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      if (isDown[m]) {
        time[m] = t;
        via[m] = -2;
      }
    }
    if (waiting >= 0) {
      via[waiting] = bottleneck;
      const queue = [waiting];
      for (let q = 0; q < queue.length; q++) {
        const v = queue[q];
        const ins = graph.hardIn[v];
        for (let e = 0; e < ins.length; e++) {
          const w = ins[e];
          if (via[w] === -2 && of[w] === c) {
            via[w] = v;
            queue.push(w);
          }
        }
      }
    }
    for (let j = 0; j < members.length; j++) if (via[members[j]] === -2) via[members[j]] = -1;
  }
  return { time, via };
}

/** When `node` is back, in minutes after the start of recovery; undefined when unknown. */
export function timeOf(ach: Achievable, node: number): number | undefined {
  return ach.time[node] < 0 ? undefined : ach.time[node];
}

/**
 * The bottleneck path from `node` down through the dependency that finished last, as node keys;
 * each consecutive pair is a hard edge, dependent first.
 */
export function bottleneckPath(graph: Graph, ach: Achievable, node: number): RecordKey[] {
  const path = [node];
  for (let cur = ach.via[node]; cur >= 0; cur = ach.via[cur]) {
    if (path.length > graph.keys.length)
      throw internal(`bottleneckPath from ${graph.keys[node]} loops`);
    path.push(cur);
  }
  return path.map((i) => graph.keys[i]);
}
