/**
 * The part of the dependency graph a change touches: the services, functions, vendors and
 * locations it adds, removes or edits, and their direct neighbours (what they depend on and what
 * depends on them, hard or soft, on either side), with the edges that touch a changed record,
 * each marked as kept, added, removed or retyped (hard <-> soft). Bounded: at most `limit`
 * records, changed ones first. Pure; O(changed records x their degree).
 */
import type { Graph } from '../graph/graph.ts';
import type { RecordKey } from '../model/key.ts';
import type { Namer } from './diff-findings.ts';

/** A record in the picture. */
export interface GraphNode {
  key: RecordKey;
  title: string;
  /** Tier after the change (before, for a removed record); null when it has none. */
  tier: number | null;
  /**
   * added, removed or edited by the change; `affected`: a neighbour whose recovery figures moved;
   * `neighbour`: otherwise.
   */
  state: 'added' | 'removed' | 'edited' | 'affected' | 'neighbour';
}

/** A dependency between two records of the picture (dependent -> dependency). */
export interface GraphEdge {
  from: RecordKey;
  to: RecordKey;
  /** Hard or soft after the change (before, for a removed edge). */
  type: 'hard' | 'soft';
  state: 'kept' | 'added' | 'removed' | 'retyped';
}

export interface ImpactGraph {
  /** Changed records first (by key), then neighbours (by key). */
  nodes: GraphNode[];
  /** By dependent, then dependency. */
  edges: GraphEdge[];
  /** How many records the whole picture has (more than `nodes` when it was cut to the limit). */
  total: number;
}

/** The records and edges a graph side offers: `graph` of a recovery analysis. */
export type GraphSide = Pick<Graph, 'keys' | 'index' | 'hard' | 'soft' | 'hardIn' | 'softIn'>;

/** What the picture needs to know per changed record. */
export interface GraphChanges {
  added: ReadonlySet<RecordKey>;
  removed: ReadonlySet<RecordKey>;
  edited: ReadonlySet<RecordKey>;
  /** Records whose recovery figures moved. */
  affected: ReadonlySet<RecordKey>;
  /** Tier per record, after the change, else before. */
  tier: (key: RecordKey) => number | null;
}

/** The dependency edges of `key` on one side, out and in, as "from\0to" -> type. */
function edgesOf(g: GraphSide | undefined, key: RecordKey, into: Map<string, 'hard' | 'soft'>) {
  const i = g?.index.get(key);
  if (g === undefined || i === undefined) return;
  const at = (j: number) => g.keys[j];
  for (const j of g.hard[i]) into.set(`${key}\0${at(j)}`, 'hard');
  for (const j of g.soft[i]) into.set(`${key}\0${at(j)}`, 'soft');
  for (const j of g.hardIn[i]) into.set(`${at(j)}\0${key}`, 'hard');
  for (const j of g.softIn[i]) into.set(`${at(j)}\0${key}`, 'soft');
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The picture of a change, at most `limit` records. */
export function toImpactGraph(
  before: GraphSide | undefined,
  after: GraphSide | undefined,
  changes: GraphChanges,
  name: Namer,
  limit = 60,
): ImpactGraph {
  const isNode = (k: RecordKey) =>
    (after?.index.has(k) ?? false) || (before?.index.has(k) ?? false);
  const focus = [...new Set([...changes.added, ...changes.removed, ...changes.edited])]
    .filter(isNode)
    .sort(cmp);
  const old = new Map<string, 'hard' | 'soft'>();
  const now = new Map<string, 'hard' | 'soft'>();
  for (const k of focus) {
    edgesOf(before, k, old);
    edgesOf(after, k, now);
  }
  const focusSet = new Set(focus);
  const neighbours = new Set<RecordKey>();
  for (const e of [...old.keys(), ...now.keys()])
    for (const k of e.split('\0') as RecordKey[]) if (!focusSet.has(k)) neighbours.add(k);
  const all = [...focus, ...[...neighbours].sort(cmp)];
  const shown = all.slice(0, limit);
  const inPicture = new Set(shown);
  const state = (k: RecordKey): GraphNode['state'] =>
    changes.added.has(k)
      ? 'added'
      : changes.removed.has(k)
        ? 'removed'
        : changes.edited.has(k)
          ? 'edited'
          : changes.affected.has(k)
            ? 'affected'
            : 'neighbour';
  const nodes = shown.map((key) => ({
    key,
    title: name(key),
    tier: changes.tier(key),
    state: state(key),
  }));
  const edges: GraphEdge[] = [];
  for (const e of [...new Set([...now.keys(), ...old.keys()])].sort(cmp)) {
    const [from, to] = e.split('\0') as [RecordKey, RecordKey];
    if (!inPicture.has(from) || !inPicture.has(to)) continue;
    const a = now.get(e);
    const b = old.get(e);
    const type = (a ?? b) as 'hard' | 'soft';
    edges.push({
      from,
      to,
      type,
      state: a === undefined ? 'removed' : b === undefined ? 'added' : a === b ? 'kept' : 'retyped',
    });
  }
  return { nodes, edges, total: all.length };
}
