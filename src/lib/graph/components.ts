/**
 * Strongly connected components of the hard-dependency graph (Tarjan, iterative, so deep
 * graphs cannot overflow the stack), and each cyclic component reported once: all its members
 * and one example cycle through them.
 * Components come out dependencies-first: every hard dependency of a component lies in the
 * same component or an earlier one. O(nodes + edges). Reference: Tarjan 1972.
 */
import type { Graph } from './graph.ts';
import type { RecordKey } from '../model/key.ts';
import { internal } from '../model/internal.ts';

export interface Components {
  /** Component number of each node. */
  of: Int32Array;
  /** Members of each component (ascending), dependencies-first order. */
  members: number[][];
  /** True for a component that is a cycle: several members, or one member depending on itself. */
  cyclic: boolean[];
}

/** Finds the strongly connected components over hard edges. */
export function findComponents(graph: Graph): Components {
  const n = graph.keys.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  const of = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  let counter = 0;
  // The depth-first path: a node and how many of its dependencies were visited, per level.
  const workNode = new Int32Array(n);
  const workNext = new Int32Array(n);
  let depth: number;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    workNode[0] = root;
    workNext[0] = 0;
    depth = 1;
    while (depth > 0) {
      const v = workNode[depth - 1];
      if (workNext[depth - 1] === 0 && index[v] === -1) {
        index[v] = low[v] = counter++;
        stack[top++] = v;
        onStack[v] = 1;
      }
      const deps = graph.hard[v];
      if (workNext[depth - 1] < deps.length) {
        const w = deps[workNext[depth - 1]++];
        if (index[w] === -1) {
          workNode[depth] = w;
          workNext[depth] = 0;
          depth++;
        } else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = workNode[depth - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack[--top];
          onStack[w] = 0;
          of[w] = members.length;
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1) comp.sort((a, b) => a - b);
        members.push(comp);
      }
    }
  }
  const cyclic = members.map((m) => m.length > 1 || graph.hard[m[0]].includes(m[0]));
  return { of, members, cyclic };
}

/** A group of nodes that hard-depend on each other: one cyclic strongly connected component. */
export interface CycleGroup {
  /** Every member's key, sorted. */
  members: RecordKey[];
  /**
   * One example cycle through the first member, as a closed path of keys along hard edges
   * (a shortest one: ["services/directory", "services/dns", "services/directory"]). A group
   * made of several cycles has members this path does not visit; `members` lists them all.
   */
  path: RecordKey[];
}

/**
 * Every cyclic component once, with all its members and one example cycle, sorted by first
 * member. The example is a shortest cycle through the smallest key (breadth-first search
 * inside the component), so the whole report is O(nodes + edges).
 */
export function findCycles(graph: Graph, comps: Components): CycleGroup[] {
  const groups: CycleGroup[] = [];
  comps.members.forEach((members, c) => {
    if (!comps.cyclic[c]) return;
    const keys = members.map((m) => graph.keys[m]).sort();
    // The member with the smallest key (keys are unique).
    let start = members[0];
    for (const m of members) if (graph.keys[m] < graph.keys[start]) start = m;
    if (graph.hard[start].includes(start)) {
      groups.push({ members: keys, path: [keys[0], keys[0]] });
      return;
    }
    // Breadth-first search inside the component for the shortest way back to start.
    const prev = new Map<number, number>([[start, -1]]);
    const queue = [start];
    let last = -1;
    for (let q = 0; q < queue.length && last < 0; q++) {
      for (const w of graph.hard[queue[q]]) {
        if (comps.of[w] !== c) continue;
        if (w === start) {
          last = queue[q];
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, queue[q]);
          queue.push(w);
        }
      }
    }
    const chain: number[] = [];
    for (let v = last; v !== start;) {
      chain.push(v);
      const p = prev.get(v);
      if (p === undefined)
        throw internal(`findCycles found no way back to ${graph.keys[start]} in its component`);
      v = p;
    }
    groups.push({
      members: keys,
      path: [start, ...chain.reverse(), start].map((v) => graph.keys[v]),
    });
  });
  return groups.sort((a, b) =>
    a.members[0] < b.members[0] ? -1 : a.members[0] > b.members[0] ? 1 : 0,
  );
}
