/**
 * Objective inheritance: a node must meet the tightest objective (RTO or RPO) declared by any
 * node that depends on it through hard dependencies, transitively (CISO Assistant calls this
 * inherited objectives). required(x) = min over hard ancestors a of declared(a), where a node
 * inside a dependency cycle is its own ancestor. Computed once over the components, dependents
 * first, keeping for each node the dependent it was required through, so the imposing path
 * (order-intake -> payments-api -> ledger-db) can be read back. O(nodes + edges).
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';
import type { RecordKey } from '../model/key.ts';

export interface Inherited {
  /** Required value per node, in minutes; undefined when nothing requires one. */
  required: (number | undefined)[];
  /** The node whose declared objective imposes the requirement (-1 when none). */
  source: Int32Array;
  /** The dependent through which the requirement arrives (-1 when none). */
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
  // The tightest value offered so far for the current component (Infinity: none), who imposes it, and through whom.
  let best = Infinity;
  let bestSource = -1;
  let bestVia: number;
  const offer = (value: number | undefined, src: number, through: number) => {
    if (value !== undefined && (value < best || (value === best && src < bestSource))) {
      best = value;
      bestSource = src;
      bestVia = through;
    }
  };
  for (let c = comps.members.length - 1; c >= 0; c--) {
    const members = comps.members[c];
    best = Infinity;
    bestSource = -1;
    bestVia = -1;
    // Indexed loops: this runs once per build, mostly before the optimiser, where for-of allocates per step.
    for (let j = 0; j < members.length; j++) {
      const ins = graph.hardIn[members[j]];
      for (let e = 0; e < ins.length; e++) {
        const d = ins[e];
        if (comps.of[d] === c) continue;
        offer(declared[d], d, d);
        offer(required[d], source[d], d);
      }
    }
    if (comps.cyclic[c]) for (const m of members) offer(declared[m], m, m);
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      required[m] = bestSource < 0 ? undefined : best;
      source[m] = bestSource;
      via[m] = bestVia;
    }
  }
  return { required, source, via };
}

/** The path of node keys from the node that imposes the requirement down to `node`. */
export function requirementPath(graph: Graph, inh: Inherited, node: number): RecordKey[] {
  if (inh.source[node] < 0) return [];
  const path = [node];
  let cur = node;
  for (let guard = 0; guard < graph.keys.length && cur !== inh.source[node]; guard++) {
    const next = inh.via[cur];
    if (next < 0 || path.includes(next)) break;
    path.push(next);
    cur = next;
  }
  if (path[path.length - 1] !== inh.source[node]) path.push(inh.source[node]);
  return path.reverse().map((i) => graph.keys[i]);
}
