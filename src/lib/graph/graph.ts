/**
 * The dependency graph over services, business functions, vendors and locations, as integer
 * adjacency lists (dependent -> dependency). Edges: service -> service and function -> service
 * (hard or soft, as written), service -> vendor (hard: listed in the service's `vendors` or the
 * vendor's `supplies`), service -> location (hard when it is the service's only location, soft
 * when the service runs in several). Building is O(nodes + edges).
 */
import type { Kind } from '../schema/index.ts';
import type { Entry, Model } from '../model/model.ts';
import type { RecordKey } from '../model/key.ts';

/**
 * Per kind, whether its records are nodes of the dependency graph: records that can fail or be
 * depended on in a recovery. Every kind has an entry, so a new kind does not compile until it is
 * decided (and, when true, until GRAPH_KINDS places it).
 */
export const IS_GRAPH_KIND = {
  services: true,
  bia: true,
  plans: false,
  policies: false,
  risks: false,
  exercises: false,
  incidents: false,
  teams: false,
  people: false,
  vendors: true,
  locations: true,
  guides: false,
} as const satisfies Record<Kind, boolean>;

/** The kinds whose records are graph nodes. */
export type GraphKind = { [K in Kind]: (typeof IS_GRAPH_KIND)[K] extends true ? K : never }[Kind];

export interface Graph {
  /** Node keys, "kind/id", in a stable order (kind, then id). */
  keys: RecordKey[];
  /** Record id of each node. */
  ids: string[];
  kinds: GraphKind[];
  index: Map<RecordKey, number>;
  /** Hard dependencies of each node (sorted, no repeats). */
  hard: number[][];
  /** Soft dependencies of each node (sorted, no repeats, none also hard). */
  soft: number[][];
  /** Hard dependents of each node: the inverse of `hard`. */
  hardIn: number[][];
  /** Soft dependents of each node: the inverse of `soft`. */
  softIn: number[][];
  /** `hard` packed for the hot loops: the hard dependencies of node i are hardList[hardStart[i] .. hardStart[i + 1]). */
  hardStart: Int32Array;
  hardList: Int32Array;
}

export interface EdgeSpec {
  from: string;
  to: string;
  type: 'hard' | 'soft';
}

/** Builds a graph from node keys ("kind/id") and edges between them; edges to unknown nodes are ignored. */
export function graphFromEdges(nodeKeys: string[], edges: EdgeSpec[]): Graph {
  const keys = nodeKeys as RecordKey[];
  const index = new Map(keys.map((k, i) => [k, i]));
  const hardRaw: number[][] = keys.map(() => []);
  const softRaw: number[][] = keys.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from as RecordKey);
    const b = index.get(e.to as RecordKey);
    if (a !== undefined && b !== undefined) (e.type === 'hard' ? hardRaw : softRaw)[a].push(b);
  }
  return fromAdjacency(keys, index, hardRaw, softRaw);
}

/** Sorts a short list in place and drops repeats (insertion sort: adjacency lists are short). */
function unique(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > x) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  let w = 0;
  for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r];
  list.length = w;
  return list;
}

/** Sorts and de-duplicates raw adjacency lists (consumed) and derives the inverse. */
function fromAdjacency(
  keys: RecordKey[],
  index: Map<RecordKey, number>,
  hardRaw: number[][],
  softRaw: number[][],
  ids?: string[],
  kinds?: GraphKind[],
): Graph {
  const hard = hardRaw.map(unique);
  const soft = softRaw.map((list, i) =>
    list.length ? unique(list).filter((x) => !hard[i].includes(x)) : list,
  );
  const hardIn: number[][] = keys.map(() => []);
  const softIn: number[][] = keys.map(() => []);
  for (let i = 0; i < keys.length; i++) {
    for (let e = 0; e < hard[i].length; e++) hardIn[hard[i][e]].push(i);
    for (let e = 0; e < soft[i].length; e++) softIn[soft[i][e]].push(i);
  }
  const hardStart = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) hardStart[i + 1] = hardStart[i] + hard[i].length;
  const hardList = new Int32Array(hardStart[keys.length]);
  for (let i = 0; i < keys.length; i++) hardList.set(hard[i], hardStart[i]);
  return {
    keys,
    index,
    hard,
    soft,
    hardIn,
    softIn,
    hardStart,
    hardList,
    ids: ids ?? keys.map((k) => k.slice(k.indexOf('/') + 1)),
    kinds: kinds ?? keys.map((k) => k.slice(0, k.indexOf('/')) as GraphKind),
  };
}

/** The kinds of graph nodes, in node order: node i of the model's graph is record i of these kinds' lists, concatenated. */
export const GRAPH_KINDS = [
  'bia',
  'services',
  'vendors',
  'locations',
] as const satisfies readonly GraphKind[];

/** Compiles only when `Missing` is never: a graph kind that GRAPH_KINDS leaves out is named in the error. */
type NoneMissing<Missing extends never> = Missing;
type _EveryGraphKindIsPlaced = NoneMissing<Exclude<GraphKind, (typeof GRAPH_KINDS)[number]>>;

/** The model's dependency graph. */
export function buildDependencyGraph(model: Model): Graph {
  const keys: RecordKey[] = [];
  const ids: string[] = [];
  const kinds: GraphKind[] = [];
  const index = new Map<RecordKey, number>();
  for (const kind of GRAPH_KINDS) {
    for (const e of model.byKind[kind]) {
      index.set(e.key, keys.length);
      keys.push(e.key);
      ids.push(e.id);
      kinds.push(kind);
    }
  }
  const hard: number[][] = keys.map(() => []);
  const soft: number[][] = keys.map(() => []);
  // From the resolved references: a link carries its target's own key string, so one lookup
  // in the index finds the node (dependsOn names services, vendor vendors, location locations).
  let node = 0;
  for (const kind of GRAPH_KINDS) {
    for (const e of model.byKind[kind]) {
      const from = node++;
      const onlyLocation =
        kind === 'services' && (e as Entry<'services'>).data.locations.length === 1;
      for (let r = 0; r < e.refs.length; r++) {
        const link = e.refs[r];
        const rel = link.rel;
        if (rel !== 'dependsOn' && rel !== 'vendor' && rel !== 'location' && rel !== 'supplies')
          continue;
        const other = index.get(link.key);
        if (other === undefined) continue;
        if (rel === 'dependsOn') (link.soft ? soft : hard)[from].push(other);
        else if (rel === 'vendor') hard[from].push(other);
        else if (rel === 'location') (onlyLocation ? hard : soft)[from].push(other);
        else hard[other].push(from);
      }
    }
  }
  return fromAdjacency(keys, index, hard, soft, ids, kinds);
}
