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
  /** Soft dependents of each node: the inverse of `soft`. */
  softIn: number[][];
}

export interface EdgeSpec { from: string; to: string; type: 'hard' | 'soft' }

/** Builds a graph from node keys ("kind/id") and edges between them; edges to unknown nodes are ignored. */
export function graphFromEdges(nodeKeys: string[], edges: EdgeSpec[]): Graph {
  const index = new Map(nodeKeys.map((k, i) => [k, i]));
  const hardRaw: number[][] = nodeKeys.map(() => []);
  const softRaw: number[][] = nodeKeys.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== undefined && b !== undefined) (e.type === 'hard' ? hardRaw : softRaw)[a].push(b);
  }
  return fromAdjacency(nodeKeys, index, hardRaw, softRaw);
}

/** Sorts and de-duplicates raw adjacency lists (consumed) and derives the inverse. */
function fromAdjacency(keys: string[], index: Map<string, number>, hardRaw: number[][], softRaw: number[][]): Graph {
  const unique = (list: number[]) => {
    list.sort((x, y) => x - y);
    let w = 0;
    for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r];
    list.length = w;
    return list;
  };
  const hard = hardRaw.map(unique);
  const soft = softRaw.map((list, i) => (list.length ? unique(list).filter((x) => !hard[i].includes(x)) : list));
  const hardIn: number[][] = keys.map(() => []);
  const softIn: number[][] = keys.map(() => []);
  hard.forEach((deps, i) => { for (const d of deps) hardIn[d].push(i); });
  soft.forEach((deps, i) => { for (const d of deps) softIn[d].push(i); });
  return {
    keys, index, hard, soft, hardIn, softIn,
    ids: keys.map((k) => k.slice(k.indexOf('/') + 1)),
    kinds: keys.map((k) => k.slice(0, k.indexOf('/')) as GraphKind),
  };
}

/** The model's dependency graph. */
export function buildDependencyGraph(model: Model): Graph {
  const keys: string[] = [];
  const base: Record<GraphKind, number> = { bia: 0, services: 0, vendors: 0, locations: 0 };
  const ids: Record<GraphKind, Map<string, number>> = { bia: new Map(), services: new Map(), vendors: new Map(), locations: new Map() };
  for (const kind of ['bia', 'services', 'vendors', 'locations'] as const) {
    base[kind] = keys.length;
    for (const e of model.byKind[kind]) { ids[kind].set(e.id, keys.length); keys.push(`${kind}/${e.id}`); }
  }
  const hard: number[][] = keys.map(() => []);
  const soft: number[][] = keys.map(() => []);
  const add = (from: number | undefined, to: number | undefined, type: 'hard' | 'soft') => {
    if (from !== undefined && to !== undefined) (type === 'hard' ? hard : soft)[from].push(to);
  };
  for (const s of model.byKind.services) {
    const from = ids.services.get(s.id);
    for (const d of s.data.dependsOn) add(from, ids.services.get(d.service), d.type);
    for (const v of s.data.vendors) add(from, ids.vendors.get(v), 'hard');
    const only = s.data.locations.length === 1;
    for (const l of s.data.locations) add(from, ids.locations.get(l), only ? 'hard' : 'soft');
  }
  for (const f of model.byKind.bia) for (const d of f.data.dependsOn) add(ids.bia.get(f.id), ids.services.get(d.service), d.type);
  for (const v of model.byKind.vendors) for (const s of v.data.supplies) add(ids.services.get(s), ids.vendors.get(v.id), 'hard');
  return fromAdjacency(keys, new Map(keys.map((k, i) => [k, i])), hard, soft);
}
