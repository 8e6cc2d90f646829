/**
 * The dependency neighbourhood of one service or function for its diagram: what it depends on
 * (below, by distance) and what depends on it (above), hard and soft, up to three steps each
 * way and at most 40 nodes each way (nearest first), with tier, inversions and the bottleneck
 * path marked. Only records the edition names appear. O(nodes + edges) of the neighbourhood.
 */
import type { Model } from '../model/model.ts';
import type { DiagramEdge, DiagramNode } from './diagram.ts';
import { kindOf, idOf, type RecordKey } from '../model/key.ts';
import type { ShownRecovery } from '../publish/publish.ts';

const MAX_STEPS = 3;
const MAX_NODES = 40;

type Direction = 'dependencies' | 'dependents';

/** Nodes and edges around `key`; `href` makes each node's link. */
export function toNeighbourhood(
  model: Model,
  rec: ShownRecovery,
  key: RecordKey,
  href: (key: RecordKey) => string,
): { nodes: DiagramNode[]; edges: DiagramEdge[]; truncated: boolean } {
  if (!model.index.has(key)) return { nodes: [], edges: [], truncated: false };
  // Each record's neighbours are sorted once: the walk and its cut check both ask.
  const cache = new Map<string, RecordKey[]>();
  const next = (k: RecordKey, direction: Direction) => {
    const id = `${direction}:${k}`;
    let list = cache.get(id);
    if (!list) {
      list = [...rec.neighbours(k, direction, 'hard'), ...rec.neighbours(k, direction, 'soft')]
        .filter((w) => kindOf(w) !== 'locations')
        .sort();
      cache.set(id, list);
    }
    return list;
  };
  const layer = new Map<RecordKey, number>([[key, 0]]);
  let truncated = false;
  const walk = (direction: Direction, sign: 1 | -1) => {
    let frontier = [key];
    let count = 0;
    for (let step = 1; step <= MAX_STEPS && frontier.length; step++) {
      const out: RecordKey[] = [];
      for (const v of frontier)
        for (const w of next(v, direction)) {
          if (layer.has(w)) continue;
          if (count >= MAX_NODES) {
            truncated = true;
            continue;
          }
          layer.set(w, sign * step);
          out.push(w);
          count++;
        }
      frontier = out;
    }
    if (frontier.some((v) => next(v, direction).some((w) => !layer.has(w)))) truncated = true;
  };
  walk('dependencies', 1);
  walk('dependents', -1);
  const bottleneck = new Set<string>();
  const path = rec.byKey.get(key)?.rto.bottleneck ?? [];
  for (let i = 0; i + 1 < path.length; i++) bottleneck.add(`${path[i]}>${path[i + 1]}`);
  const nodes: DiagramNode[] = [...layer].map(([k, l]) => {
    const r = rec.byKey.get(k);
    return {
      key: k,
      label: model.index.get(k)?.data.title ?? idOf(k),
      layer: l,
      href: href(k),
      tier: r?.tier,
      focus: k === key,
      inversion: r?.rto.inversion,
      kind: kindOf(k) as DiagramNode['kind'],
    };
  });
  const edges: DiagramEdge[] = [];
  for (const [k] of layer) {
    for (const d of rec.neighbours(k, 'dependencies', 'hard'))
      if (layer.has(d))
        edges.push({ from: k, to: d, type: 'hard', bottleneck: bottleneck.has(`${k}>${d}`) });
    for (const d of rec.neighbours(k, 'dependencies', 'soft'))
      if (layer.has(d)) edges.push({ from: k, to: d, type: 'soft' });
  }
  return { nodes, edges, truncated };
}
