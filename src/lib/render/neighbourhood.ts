/**
 * The dependency neighbourhood of one service or function for its diagram: what it depends on
 * (below, by distance) and what depends on it (above), hard and soft, up to three steps each
 * way and at most 40 nodes each way (nearest first), with tier, inversions and the bottleneck
 * path marked. O(nodes + edges) of the neighbourhood.
 */
import type { RecoveryAnalysis } from '../analytics/recovery.ts';
import type { Model } from '../model/model.ts';
import type { DiagramEdge, DiagramNode } from './diagram.ts';
import type { RecordKey } from '../model/key.ts';

const MAX_STEPS = 3;
const MAX_NODES = 40;

/** Nodes and edges around `key`; `href` makes each node's link. */
export function toNeighbourhood(
  model: Model,
  rec: RecoveryAnalysis,
  key: RecordKey,
  href: (key: RecordKey) => string,
): { nodes: DiagramNode[]; edges: DiagramEdge[]; truncated: boolean } {
  const { graph } = rec;
  const start = graph.index.get(key);
  if (start === undefined) return { nodes: [], edges: [], truncated: false };
  const layer = new Map<number, number>([[start, 0]]);
  let truncated = false;
  const walk = (next: (i: number) => number[], sign: 1 | -1) => {
    let frontier = [start];
    let count = 0;
    for (let step = 1; step <= MAX_STEPS && frontier.length; step++) {
      const out: number[] = [];
      for (const v of frontier)
        for (const w of next(v)) {
          if (layer.has(w) || graph.kinds[w] === 'locations') continue;
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
    if (frontier.some((v) => next(v).some((w) => !layer.has(w) && graph.kinds[w] !== 'locations')))
      truncated = true;
  };
  walk((i) => [...graph.hard[i], ...graph.soft[i]], 1);
  walk((i) => [...graph.hardIn[i], ...graph.softIn[i]], -1);
  const bottleneck = new Set<string>();
  const path = rec.byKey.get(key)?.rto.bottleneck ?? [];
  for (let i = 0; i + 1 < path.length; i++) bottleneck.add(`${path[i]}>${path[i + 1]}`);
  const nodes: DiagramNode[] = [...layer].map(([i, l]) => {
    const k = graph.keys[i];
    const r = rec.byKey.get(k);
    return {
      key: k,
      label: (model.index.get(k)?.data as { title?: string } | undefined)?.title ?? graph.ids[i],
      layer: l,
      href: href(k),
      tier: r?.tier,
      focus: i === start,
      inversion: r?.rto.inversion,
      kind: graph.kinds[i],
    };
  });
  const edges: DiagramEdge[] = [];
  for (const [i] of layer) {
    for (const d of graph.hard[i])
      if (layer.has(d))
        edges.push({
          from: graph.keys[i],
          to: graph.keys[d],
          type: 'hard',
          bottleneck: bottleneck.has(`${graph.keys[i]}>${graph.keys[d]}`),
        });
    for (const d of graph.soft[i])
      if (layer.has(d)) edges.push({ from: graph.keys[i], to: graph.keys[d], type: 'soft' });
  }
  return { nodes, edges, truncated };
}
