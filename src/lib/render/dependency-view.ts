/**
 * The focused dependency view of one service or business function: the record, what it
 * depends on (upstream, drawn below) and what depends on it (downstream, drawn above) to a
 * chosen depth, hard and soft, with its bottleneck path bold; as a diagram, as Mermaid source
 * and as a list that reads on a phone (each record's tier, owner, what it needs and what needs
 * it, as links). Filters by kind, owner team, location and tier are listed with their counts
 * and written on the nodes for the page's script; without it the list is the whole view.
 *
 * Only records the edition names appear: the walk never passes through a left-out record, and
 * how many left-out records border the view is said as a number. Each direction holds at most
 * VIEW_LIMIT records (nearest first, then highest tier, then by key); how many more were within
 * the depth is said and they are listed (toLeftOutList), so a page stays small at any estate size. Deterministic; O(records and edges within
 * the depth) per view.
 */
import type { Published } from '../publish/publish.ts';
import { kindOf, idOf, type RecordKey } from '../model/key.ts';
import { KIND_NOUN } from '../schema/index.ts';
import { toSvgDiagram, toMermaid, type DiagramEdge, type DiagramNode } from './diagram.ts';
import { toUniqueLabels } from './unique-labels.ts';
import { locationsOf, toGraphList, type ListedNode } from './graph-list.ts';
import { plural } from './figure.ts';
import { internal, must } from '../model/internal.ts';
import type { ListedRecord, RecordListView } from './record-list.ts';

/** The depths a view is built at, and the one its main page shows. */
export const VIEW_DEPTHS = [1, 2, 3] as const;
export type ViewDepth = (typeof VIEW_DEPTHS)[number];
export const DEFAULT_DEPTH: ViewDepth = 2;
/**
 * Up to this many services and functions every view is pre-built at every depth; above it
 * only at the default depth, since three pages per record would triple a large site
 * (36,000 pages at 10,000 services). A neighbour's own view walks further.
 */
export const ALL_DEPTHS_UP_TO = 2_500;

/** The depths views are pre-built at, for a graph of `nodes` services and functions. */
export const builtDepths = (nodes: number): readonly ViewDepth[] =>
  nodes <= ALL_DEPTHS_UP_TO ? VIEW_DEPTHS : [DEFAULT_DEPTH];

/** The deepest view pre-built for `site`. */
const deepest = (site: Published): ViewDepth => {
  const built = builtDepths(site.recovery.nodes.length);
  return built[built.length - 1];
};
/**
 * The most records drawn on each side of the focus: 50 boxes at most keep a view page small
 * (well under 100 KB) and its layout cheap; the rest are counted and listed on a page of their own.
 */
export const VIEW_LIMIT = 25;

type Direction = 'dependencies' | 'dependents';

const nexts = new WeakMap<Published, (k: RecordKey, direction: Direction) => RecordKey[]>();

/** The neighbours of a record each way, hard and soft, locations left out, by key; once per build. */
function nextOf(site: Published): (k: RecordKey, direction: Direction) => RecordKey[] {
  const known = nexts.get(site);
  if (known) return known;
  const rec = site.recovery;
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
  nexts.set(site, next);
  return next;
}

/** What a view draws, by distance, what it leaves out, and whether records lie beyond its depth. */
export interface ViewWalk {
  layer: Map<RecordKey, number>;
  leftOutList: LeftOutRecord[];
  beyond: boolean;
}

const walks = new WeakMap<Published, Map<string, ViewWalk>>();

/** A record within the depth that the view leaves out, with its distance (+ upstream, - downstream). */
export interface LeftOutRecord {
  key: RecordKey;
  layer: number;
}

/**
 * The records a view of `key` at `depth` draws, by distance (+ upstream, - downstream), and
 * those within the depth it leaves out: breadth first each way, nearest first and, inside a
 * step, highest tier first (tier 1 before 2 before none), then by key, so the cut is stable and
 * keeps what matters; at most VIEW_LIMIT each way. Every record within the depth is either
 * drawn or left out, once.
 */
export function walkView(site: Published, key: RecordKey, depth: ViewDepth): ViewWalk {
  // A view's walk is asked for by its cache key, its page and its left-out list: walked once.
  let byView = walks.get(site);
  if (!byView) walks.set(site, (byView = new Map()));
  const id = `${depth}:${key}`;
  let w = byView.get(id);
  if (!w) byView.set(id, (w = walkOnce(site, key, depth)));
  return w;
}

function walkOnce(site: Published, key: RecordKey, depth: ViewDepth): ViewWalk {
  const rec = site.recovery;
  const next = nextOf(site);
  const tierOf = (k: RecordKey) => rec.byKey.get(k)?.tier ?? Number.MAX_SAFE_INTEGER;
  const layer = new Map<RecordKey, number>([[key, 0]]);
  const leftOutList: LeftOutRecord[] = [];
  let beyond = false;
  const walk = (direction: Direction, sign: 1 | -1) => {
    const seen = new Set<RecordKey>([key]);
    let frontier = [key];
    let count = 0;
    for (let step = 1; step <= depth && frontier.length; step++) {
      const out: RecordKey[] = [];
      for (const v of frontier)
        for (const w of next(v, direction)) {
          if (seen.has(w)) continue;
          seen.add(w);
          out.push(w);
        }
      const fresh = out
        .filter((w) => !layer.has(w))
        .sort((a, b) => tierOf(a) - tierOf(b) || (a < b ? -1 : a > b ? 1 : 0));
      for (const w of fresh) {
        if (count >= VIEW_LIMIT) {
          leftOutList.push({ key: w, layer: sign * step });
          continue;
        }
        layer.set(w, sign * step);
        count++;
      }
      frontier = out;
    }
    if (frontier.some((v) => next(v, direction).some((w) => !seen.has(w)))) beyond = true;
  };
  walk('dependencies', 1);
  walk('dependents', -1);
  return { layer, leftOutList, beyond };
}

/** One record of the view: its list entry and its distance from the focus. */
export interface ViewNode extends ListedNode {
  /** 0 for the focus; upstream records are at +distance, downstream ones at -distance. */
  layer: number;
}

/** A part of the list view: the focus, upstream, downstream. */
export interface ViewGroup {
  id: 'focus' | 'upstream' | 'downstream';
  heading: string;
  nodes: ViewNode[];
}

/** One filter: a facet and its values with how many records of the view have each. */
export interface ViewFilter {
  /** The data- attribute on nodes and list entries ("owner" is data-owner). */
  name: keyof ListedNode['data'];
  label: string;
  options: { value: string; label: string; count: number }[];
}

export interface DependencyView {
  key: RecordKey;
  title: string;
  /** "service", "business function (BIA)". */
  kindNoun: string;
  recordHref: string;
  depth: ViewDepth;
  /** "2 steps". */
  depthText: string;
  /** The pre-built depths, as links ("current" is this page). */
  depths: { depth: ViewDepth; label: string; href: string; current: boolean }[];
  svg: string;
  mermaid: string;
  caption: string;
  /** The text version of the diagram, one line per edge. */
  lines: string[];
  /** The focus, then upstream nearest first, then downstream nearest first. */
  nodes: ViewNode[];
  /** The same, in the list view's parts (empty parts left out). */
  groups: ViewGroup[];
  edges: DiagramEdge[];
  filters: ViewFilter[];
  counts: {
    upstream: number;
    downstream: number;
    /** Records within the depth left out to keep the view small (VIEW_LIMIT per side). */
    leftOut: number;
    /** Left-out records (by edition) bordering the view, counted once. */
    unnamed: number;
    /** Some records are further away than the depth shows. */
    beyond: boolean;
  };
  /** What the view does not show, in words ("3 more records are not named in this edition."). */
  notes: string[];
  /** The bottleneck path from the focus, as the view shows it ("Payments API → Ledger database"). */
  bottleneck?: string;
}

/**
 * The view of `key` (a service or function the edition shows) at `depth`; `href` makes a
 * record's link, `view` a focused view's.
 */
export function toDependencyView(
  site: Published,
  key: RecordKey,
  depth: ViewDepth,
  href: (key: RecordKey) => string,
  view: (key: RecordKey, depth: ViewDepth) => string,
): DependencyView {
  const { model, recovery: rec } = site;
  const entry = model.index.get(key);
  if (!entry) throw internal(`no dependency view of ${key}: the edition does not show it`);
  const next = nextOf(site);
  const { layer, leftOutList, beyond } = walkView(site, key, depth);
  const leftOut = leftOutList.length;

  const inView = [...layer.keys()];
  // Rows of the drawing: the longest path from the focus inside the view, so an arrow points
  // to a lower row (upstream) or a higher one (downstream) and rarely along a row. A cycle is
  // broken at the edge that closes it in a depth-first walk from the focus (neighbours by key).
  // A record reached through one seen from the other side keeps its distance as its row.
  const row = new Map<RecordKey, number>(layer);
  for (const [sign, direction] of [
    [1, 'dependencies'],
    [-1, 'dependents'],
  ] as const) {
    const members = new Set(inView.filter((k) => k === key || sign * (layer.get(k) ?? 0) > 0));
    const state = new Map<RecordKey, 'open' | 'done'>();
    const closing = new Set<string>();
    const postOrder: RecordKey[] = [];
    const visit = (v: RecordKey) => {
      state.set(v, 'open');
      for (const w of next(v, direction)) {
        if (!members.has(w)) continue;
        if (state.get(w) === 'open') closing.add(`${v}>${w}`);
        else if (!state.has(w)) visit(w);
      }
      state.set(v, 'done');
      postOrder.push(v);
    };
    visit(key);
    for (const k of [...members].sort()) if (!state.has(k)) visit(k);
    for (const v of postOrder.reverse())
      for (const w of next(v, direction))
        if (members.has(w) && !closing.has(`${v}>${w}`))
          row.set(w, sign * Math.max(Math.abs(row.get(w) ?? 0), Math.abs(row.get(v) ?? 0) + 1));
  }
  const focus = rec.byKey.get(key);
  const path = focus?.rto.bottleneck ?? [];
  const bottleneckEdges = new Set<string>();
  for (let i = 0; i + 1 < path.length; i++) bottleneckEdges.add(`${path[i]}>${path[i + 1]}`);
  const edges: DiagramEdge[] = [];
  for (const k of inView) {
    for (const d of rec.neighbours(k, 'dependencies', 'hard'))
      if (layer.has(d))
        edges.push({ from: k, to: d, type: 'hard', bottleneck: bottleneckEdges.has(`${k}>${d}`) });
    for (const d of rec.neighbours(k, 'dependencies', 'soft'))
      if (layer.has(d)) edges.push({ from: k, to: d, type: 'soft' });
  }
  const onPath = new Set<string>(edges.filter((e) => e.bottleneck).flatMap((e) => [e.from, e.to]));

  const titleOf = (k: RecordKey) => model.index.get(k)?.data.title ?? idOf(k);
  const labels = toUniqueLabels(inView.map((k) => ({ key: k, label: titleOf(k) })));
  const labelOf = (k: RecordKey) => labels.get(k) ?? titleOf(k);
  // Focus, upstream by distance, downstream by distance; by label inside a distance.
  const rank = (l: number) => (l === 0 ? 0 : l > 0 ? l : 100 - l);
  const sorted = [...inView].sort(
    (a, b) =>
      rank(layer.get(a) ?? 0) - rank(layer.get(b) ?? 0) ||
      (labelOf(a) < labelOf(b) ? -1 : labelOf(a) > labelOf(b) ? 1 : 0),
  );
  const listed = toGraphList(site, sorted, {
    href,
    view: (k) =>
      k !== key && (kindOf(k) === 'services' || kindOf(k) === 'bia')
        ? view(k, DEFAULT_DEPTH)
        : undefined,
    place: (k) => {
      const l = layer.get(k) ?? 0;
      return l === 0 ? '' : `${plural(Math.abs(l), 'step')} ${l > 0 ? 'upstream' : 'downstream'}`;
    },
    onBottleneck: (k) => onPath.has(k),
  });
  const upstream = inView.filter((k) => (layer.get(k) ?? 0) > 0).length;
  const downstream = inView.filter((k) => (layer.get(k) ?? 0) < 0).length;
  const nodes: ViewNode[] = listed.map((n) => ({ ...n, layer: must(layer.get(n.key), n.key) }));
  const diagramNodes: DiagramNode[] = nodes.map((n) => ({
    key: n.key,
    label: titleOf(n.key),
    layer: must(row.get(n.key), n.key),
    href: n.href,
    tier: n.tier,
    focus: n.key === key,
    inversion: rec.byKey.get(n.key)?.rto.inversion,
    kind: kindOf(n.key) as DiagramNode['kind'],
    data: n.data,
  }));
  const noun = KIND_NOUN[entry.kind].replace(/ \(BIA\)$/, '');
  const groups: ViewGroup[] = (
    [
      { id: 'focus', heading: `This ${noun}`, nodes: nodes.filter((n) => n.layer === 0) },
      {
        id: 'upstream',
        heading: `What it depends on (upstream, ${upstream})`,
        nodes: nodes.filter((n) => n.layer > 0),
      },
      {
        id: 'downstream',
        heading: `What depends on it (downstream, ${downstream})`,
        nodes: nodes.filter((n) => n.layer < 0),
      },
    ] as ViewGroup[]
  ).filter((g) => g.nodes.length > 0);

  // Filters: the values present in the view, with how many records have each.
  const facet = (
    name: ViewFilter['name'],
    label: string,
    values: (n: ViewNode) => { value: string; label: string }[],
  ): ViewFilter => {
    const options = new Map<string, { value: string; label: string; count: number }>();
    for (const n of nodes)
      for (const v of values(n)) {
        const o = options.get(v.value) ?? { ...v, count: 0 };
        o.count++;
        options.set(v.value, o);
      }
    return {
      name,
      label,
      options: [...options.values()].sort((a, b) =>
        a.label < b.label ? -1 : a.label > b.label ? 1 : 0,
      ),
    };
  };
  const filters: ViewFilter[] = [
    facet('kind', 'Kind', (n) => [{ value: n.data.kind, label: n.kindLabel }]),
    facet('owner', 'Owner team', (n) => [{ value: n.data.owner, label: n.owner.label }]),
    facet('location', 'Location', (n) => locationsOf(site, must(model.index.get(n.key), n.key))),
    facet('tier', 'Tier', (n) => [
      { value: n.data.tier, label: n.tier ? `Tier ${n.tier}` : 'No tier' },
    ]),
  ].filter((f) => f.options.length > 0);

  const unnamed =
    rec.unnamedNeighbours(
      inView.filter((k) => (layer.get(k) ?? 0) >= 0),
      'dependencies',
    ) +
    rec.unnamedNeighbours(
      inView.filter((k) => (layer.get(k) ?? 0) <= 0),
      'dependents',
    );
  const notes: string[] = [];
  if (leftOut > 0)
    notes.push(
      `${plural(leftOut, 'more record')} within ${plural(depth, 'step')} ${leftOut === 1 ? 'is' : 'are'} left out to keep the view readable (at most ${VIEW_LIMIT} each way, nearest and highest tier first); the list of what is left out names them, and a neighbour's own view shows them.`,
    );
  if (unnamed > 0)
    notes.push(
      `${plural(unnamed, 'more record')} next to these ${unnamed === 1 ? 'is' : 'are'} not named in this edition.`,
    );
  const built = builtDepths(rec.nodes.length);
  if (beyond && depth < built[built.length - 1])
    notes.push('There is more further away: choose a greater depth.');
  else if (beyond)
    notes.push(
      `There is more further away than ${plural(depth, 'step')}: open a neighbour’s view to go on.`,
    );

  const nodeLabel = (k: string) => labelOf(k as RecordKey);
  const shownPath = path.filter((k) => layer.has(k));
  return {
    key,
    title: entry.data.title,
    kindNoun: KIND_NOUN[entry.kind],
    recordHref: href(key),
    depth,
    depthText: plural(depth, 'step'),
    depths: built.map((d) => ({
      depth: d,
      label: d === built[built.length - 1] ? `${d} steps (the most)` : plural(d, 'step'),
      href: view(key, d),
      current: d === depth,
    })),
    svg: toSvgDiagram(
      `Dependencies of ${entry.data.title}, ${plural(depth, 'step')} each way`,
      diagramNodes,
      edges,
    ),
    mermaid: toMermaid(diagramNodes, edges),
    caption:
      `What ${entry.data.title} depends on (below) and what depends on it (above), up to ${plural(depth, 'step')} each way. ` +
      'Solid: hard dependency; dashed: soft; bold red: the bottleneck path (what decides when it can be back); dashed red outline: RTO inversion. Each box links to its page.',
    lines: edges.map(
      (e) =>
        `${nodeLabel(e.from)} ${e.type === 'hard' ? 'needs' : 'uses (soft)'} ${nodeLabel(e.to)}` +
        (e.bottleneck ? ' (bottleneck)' : ''),
    ),
    nodes,
    groups,
    edges,
    filters,
    counts: { upstream, downstream, leftOut, unnamed, beyond },
    notes,
    bottleneck: shownPath.length > 1 ? shownPath.map((k) => labelOf(k)).join(' → ') : undefined,
  };
}

/**
 * What the deepest view of `key` leaves out (every record within its depth beyond the
 * VIEW_LIMIT drawn each way), upstream then downstream, each nearest and highest tier first,
 * with its distance; a shallower view leaves out the ones within its depth. `back` is the
 * view's address.
 */
export function toLeftOutList(site: Published, key: RecordKey, back: string): RecordListView {
  const depth = deepest(site);
  const { leftOutList } = walkView(site, key, depth);
  const title = site.model.index.get(key)?.data.title ?? idOf(key);
  const items: ListedRecord[] = [
    ...leftOutList.filter((l) => l.layer > 0),
    ...leftOutList.filter((l) => l.layer < 0),
  ].map((l) => ({
    key: l.key,
    title: site.model.index.get(l.key)?.data.title ?? idOf(l.key),
    tier: site.recovery.byKey.get(l.key)?.tier,
    kindLabel: KIND_NOUN[kindOf(l.key)],
    note: `${plural(Math.abs(l.layer), 'step')} ${l.layer > 0 ? 'upstream' : 'downstream'}`,
  }));
  return {
    title: `Left out of the dependency view: ${title}`,
    intro: `The records within ${plural(depth, 'step')} of ${title} that its dependency view does not draw (it draws at most ${VIEW_LIMIT} each way): what it depends on first, then what depends on it, each nearest and highest tier first.`,
    back: { href: back, label: `Dependency view: ${title}` },
    items,
    restricted: 0,
  };
}

/** Whether the deepest view of `key` leaves records out (so it has a list of them). */
export const hasLeftOut = (site: Published, key: RecordKey): boolean =>
  walkView(site, key, deepest(site)).leftOutList.length > 0;
