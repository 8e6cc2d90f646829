/**
 * Recovery waves: topological generations of the hard-dependency graph's condensation. Wave 1
 * holds what depends on nothing still down; every hard dependency of a node lies in an earlier
 * wave or in the node's own cycle, which is recovered as one unit. Nodes that are not down get
 * wave 0 (nothing to recover). O(nodes + edges).
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';

/**
 * Wave number of every node (1-based), 0 for nodes not down. `down[x]` is 1 for the nodes to
 * recover (default all). `only`: the components to visit, ascending (default all). `into`: an
 * array from an earlier call, zero where nodes were down.
 */
export function computeWaves(
  graph: Graph,
  comps: Components,
  down?: Uint8Array,
  only?: ArrayLike<number>,
  into?: Int32Array,
): Int32Array {
  const n = graph.keys.length;
  const wave = into ?? new Int32Array(n);
  const isDown = down ?? new Uint8Array(n).fill(1);
  const { hardStart, hardList } = graph;
  const of = comps.of;
  const count = only ? only.length : comps.members.length;
  for (let k = 0; k < count; k++) {
    const c = only ? only[k] : k;
    const members = comps.members[c];
    let w = 0;
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      if (!isDown[m]) continue;
      if (w === 0) w = 1;
      for (let e = hardStart[m], end = hardStart[m + 1]; e < end; e++) {
        const d = hardList[e];
        if (of[d] !== c && wave[d] >= w) w = wave[d] + 1;
      }
    }
    if (w === 0) continue;
    for (let j = 0; j < members.length; j++) if (isDown[members[j]]) wave[members[j]] = w;
  }
  return wave;
}
