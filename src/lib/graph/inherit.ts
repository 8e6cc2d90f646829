/**
 * Objective inheritance: a node must meet the tightest objective (RTO or RPO) declared by any
 * node that depends on it through hard dependencies, transitively (CISO Assistant calls this
 * inherited objectives). required(x) = min over hard ancestors a of declared(a), where a node
 * inside a dependency cycle is its own ancestor. Computed once over the components, dependents
 * first, keeping for each node the dependent it was required through, so the imposing path
 * (order-intake -> payments-api -> ledger-db) can be read back.
 *
 * Every step of that path is a hard edge. Inside a cycle the requirement enters at one member
 * (the one the imposing dependent hard-depends on, or the member whose own objective is the
 * tightest); one breadth-first search from that member along hard edges inside the component
 * gives every other member a real edge from its parent, so the path reaches each member by a
 * shortest way through the cycle. O(nodes + edges).
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';
import type { RecordKey } from '../model/key.ts';
import { internal } from '../model/internal.ts';

export interface Inherited {
  /** Required value per node, in minutes; undefined when nothing requires one. */
  required: (number | undefined)[];
  /** The node whose declared objective imposes the requirement (-1 when none). */
  source: Int32Array;
  /**
   * The hard dependent through which the requirement arrives (-1 when none, and at the source
   * itself): `via[x] -> x` is always a hard edge, so following `via` from x reaches the source.
   */
  via: Int32Array;
}

/** Inherits `declared` (minutes per node, undefined when not declared) down the hard edges. */
export function inheritObjective(
  graph: Graph,
  comps: Components,
  declared: (number | undefined)[],
): Inherited {
  const n = graph.keys.length;
  const required: (number | undefined)[] = new Array(n).fill(undefined);
  const source = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  // The tightest value offered so far for the current component (Infinity: none), who imposes
  // it, through which dependent (-1: the source is a member), and the member it enters at.
  let best = Infinity;
  let bestSource = -1;
  let bestVia: number;
  let bestEntry: number;
  const offer = (value: number | undefined, src: number, through: number, entry: number) => {
    if (value !== undefined && (value < best || (value === best && src < bestSource))) {
      best = value;
      bestSource = src;
      bestVia = through;
      bestEntry = entry;
    }
  };
  // Breadth-first queue for the components with several members, made when the first is met.
  let queue: Int32Array | undefined;
  for (let c = comps.members.length - 1; c >= 0; c--) {
    const members = comps.members[c];
    best = Infinity;
    bestSource = -1;
    bestVia = -1;
    bestEntry = -1;
    // Indexed loops: this runs once per build, mostly before the optimiser, where for-of allocates per step.
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      const ins = graph.hardIn[m];
      for (let e = 0; e < ins.length; e++) {
        const d = ins[e];
        if (comps.of[d] === c) continue;
        offer(declared[d], d, d, m);
        offer(required[d], source[d], d, m);
      }
    }
    if (comps.cyclic[c]) for (const m of members) offer(declared[m], m, -1, m);
    const value = bestSource < 0 ? undefined : best;
    for (let j = 0; j < members.length; j++) {
      required[members[j]] = value;
      source[members[j]] = bestSource;
    }
    if (bestSource < 0) continue;
    via[bestEntry] = bestVia;
    if (members.length === 1) continue;
    // Inside the cycle: each member is reached from the entry member along hard edges.
    queue ??= new Int32Array(n);
    let head = 0;
    let tail = 0;
    queue[tail++] = bestEntry;
    while (head < tail) {
      const v = queue[head++];
      const deps = graph.hard[v];
      for (let e = 0; e < deps.length; e++) {
        const w = deps[e];
        if (comps.of[w] !== c || w === bestEntry || via[w] >= 0) continue;
        via[w] = v;
        queue[tail++] = w;
      }
    }
    if (tail !== members.length)
      throw internal(
        `inheritObjective reached ${tail} of the ${members.length} members of a strongly connected component`,
      );
  }
  return { required, source, via };
}

/**
 * The path of node keys from the node that imposes the requirement down to `node` ([] when
 * nothing requires one). Each consecutive pair is a hard edge, dependent first.
 */
export function requirementPath(graph: Graph, inh: Inherited, node: number): RecordKey[] {
  const src = inh.source[node];
  if (src < 0) return [];
  const path = [node];
  for (let cur = node; cur !== src;) {
    cur = inh.via[cur];
    if (cur < 0 || path.length > graph.keys.length)
      throw internal(`requirementPath from ${graph.keys[node]} stopped before ${graph.keys[src]}`);
    path.push(cur);
  }
  return path.reverse().map((i) => graph.keys[i]);
}
