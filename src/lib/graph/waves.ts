/**
 * Recovery waves: topological generations of the hard-dependency graph's condensation. Wave 1
 * holds what depends on nothing still down; every hard dependency of a node lies in an earlier
 * wave or in the node's own cycle, which is recovered as one unit. Nodes that are not down get
 * wave 0 (nothing to recover). O(nodes + edges).
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';

/**
 * Wave number of every node (1-based), 0 for nodes not down. `only`: the components to visit,
 * ascending (default all). `into`: an array from an earlier call, zero where nodes were down.
 */
export function computeWaves(graph: Graph, comps: Components, isDown: (node: number) => boolean = () => true, only?: number[], into?: Int32Array): Int32Array {
  const wave = into ?? new Int32Array(graph.keys.length);
  const order = only ?? comps.members.map((_, c) => c);
  for (const c of order) {
    const members = comps.members[c].length === 1 ? (isDown(comps.members[c][0]) ? comps.members[c] : []) : comps.members[c].filter(isDown);
    if (members.length === 0) continue;
    let w = 1;
    for (const m of members) {
      for (const d of graph.hard[m]) if (comps.of[d] !== c && wave[d] >= w) w = wave[d] + 1;
    }
    for (const m of members) wave[m] = w;
  }
  return wave;
}
