/**
 * The dependency graph over services, business functions, vendors and locations, as integer
 * adjacency lists (dependent -> dependency). Edges: service -> service and function -> service
 * (hard or soft, as written), service -> vendor (hard: listed in the service's `vendors` or the
 * vendor's `supplies`), service -> location (hard when it is the service's only location, soft
 * when the service runs in several). Building is O(nodes + edges).
 */
import type { Kind } from '../schema/index.ts';
import type { Model } from '../model/model.ts';

export type GraphKind = Extract<Kind, 'services' | 'bia' | 'vendors' | 'locations'>;

export interface Graph {
  /** Node keys, "kind/id", in a stable order (kind, then id). */
  keys: string[];
  /** Record id of each node. */
  ids: string[];
  kinds: GraphKind[];
  index: Map<string, number>;
  /** Hard dependencies of each node (sorted, no repeats). */
  hard: number[][];
  /** Soft dependencies of each node (sorted, no repeats, none also hard). */
  soft: number[][];
  /** Hard dependents of each node: the inverse of `hard`. */
  hardIn: number[][];
}

export interface EdgeSpec { from: string; to: string; type: 'hard' | 'soft' }

/** Builds a graph from node keys ("kind/id") and edges between them; edges to unknown nodes are ignored. */
export function graphFromEdges(nodeKeys: string[], edges: EdgeSpec[]): Graph {
  const keys = [...nodeKeys];
  const index = new Map(keys.map((k, i) => [k, i]));
  const n = keys.length;
  const hardRaw: number[][] = Array.from({ length: n }, () => []);
  const softRaw: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    (e.type === 'hard' ? hardRaw : softRaw)[a].push(b);
  }
  const unique = (list: number[]) => {
    list.sort((x, y) => x - y);
    let w = 0;
    for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r];
    list.length = w;
    return list;
  };
  const hard = hardRaw.map(unique);
  const soft = softRaw.map((list, i) => unique(list).filter((x) => !hard[i].includes(x)));
  const hardIn: number[][] = Array.from({ length: n }, () => []);
  hard.forEach((deps, i) => deps.forEach((d) => hardIn[d].push(i)));
  return {
    keys, index, hard, soft, hardIn,
    ids: keys.map((k) => k.slice(k.indexOf('/') + 1)),
    kinds: keys.map((k) => k.slice(0, k.indexOf('/')) as GraphKind),
  };
}

/** The model's dependency graph. */
export function buildDependencyGraph(model: Model): Graph {
  const nodes: string[] = [];
  for (const kind of ['bia', 'services', 'vendors', 'locations'] as const) for (const e of model.byKind[kind]) nodes.push(`${kind}/${e.id}`);
  const edges: EdgeSpec[] = [];
  for (const s of model.byKind.services) {
    for (const d of s.data.dependsOn) edges.push({ from: `services/${s.id}`, to: `services/${d.service}`, type: d.type });
    for (const v of s.data.vendors) edges.push({ from: `services/${s.id}`, to: `vendors/${v}`, type: 'hard' });
    const only = s.data.locations.length === 1;
    for (const l of s.data.locations) edges.push({ from: `services/${s.id}`, to: `locations/${l}`, type: only ? 'hard' : 'soft' });
  }
  for (const f of model.byKind.bia) for (const d of f.data.dependsOn) edges.push({ from: `bia/${f.id}`, to: `services/${d.service}`, type: d.type });
  for (const v of model.byKind.vendors) for (const s of v.data.supplies) edges.push({ from: `services/${s}`, to: `vendors/${v.id}`, type: 'hard' });
  return graphFromEdges(nodes, edges);
}
