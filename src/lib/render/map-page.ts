/**
 * What the dependency map shows: the whole organisation's counts; for a small estate one
 * diagram of the shown services and functions by recovery wave (hard dependencies only) with
 * its text version; for a large one a table of services per owner and wave, every service
 * counted and those the edition does not name said so. The diagram comes with the same graph
 * as a list by wave (src/lib/render/graph-list.ts), which reads on a phone. Plain data; the
 * page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { RESTRICTED } from '../model/edition.ts';
import { toSvgDiagram, toMermaid, type DiagramEdge, type DiagramNode } from './diagram.ts';
import type { Figure } from './figure.ts';
import { toGraphList, type ListedNode } from './graph-list.ts';
import { compareTitles } from './title-order.ts';

/** The most services and functions drawn in one diagram. */
export const DIAGRAM_LIMIT = 150;

export interface MapPageView {
  services: Figure;
  functions: Figure;
  /** Recovery waves of the whole organisation. */
  waves: number;
  /** Services and functions, named or not. */
  records: number;
  /** Services and functions the edition does not name. */
  restricted: number;
  /** The diagram, for an estate of at most DIAGRAM_LIMIT shown services and functions. */
  diagram?: {
    svg: string;
    mermaid: string;
    nodes: DiagramNode[];
    edges: DiagramEdge[];
    /** The text version: "Web shop needs Order API". */
    lines: string[];
    /** The same graph as a list: services by wave, then the business functions. */
    groups: { id: string; heading: string; nodes: ListedNode[] }[];
  };
  /** Otherwise: services per owner and wave. */
  table?: {
    /** One column per wave: its heading and its link on the recovery page. */
    waves: { label: string; href: string }[];
    /** Owner ("teams/(restricted)" for the teams the edition does not name) and one cell per wave. */
    rows: { owner: RecordKey; cells: string[] }[];
  };
}

/**
 * The dependency map of one edition; `href` makes a shown record's link, `page` a page's
 * ("recovery/#wave-1"), `view` a record's focused dependency view.
 */
export function toMapPage(
  site: Published,
  href: (key: RecordKey) => string,
  page: (path: string) => string,
  focusView?: (key: RecordKey) => string,
): MapPageView {
  const { recovery: rec, model, shown } = site;
  const services = rec.nodes.filter((n) => n.kind === 'services');
  const functions = rec.nodes.filter((n) => n.kind === 'bia');
  const servicesFigure = rec.count((n) => n.kind === 'services');
  const functionsFigure = rec.count((n) => n.kind === 'bia');
  const waves = Math.max(0, ...rec.waves.map((w) => w.wave));
  const view: MapPageView = {
    services: servicesFigure,
    functions: functionsFigure,
    waves,
    records: servicesFigure.total + functionsFigure.total,
    restricted: servicesFigure.restricted + functionsFigure.restricted,
  };
  if (services.length + functions.length <= DIAGRAM_LIMIT) {
    const nodes: DiagramNode[] = [...services, ...functions].map((n) => ({
      key: n.key,
      label: n.title,
      layer: n.kind === 'bia' ? waves + 1 : (n.wave ?? 0),
      href: href(n.key),
      tier: n.tier,
      inversion: n.rto.inversion,
      kind: n.kind,
    }));
    const edges: DiagramEdge[] = nodes.flatMap((n) =>
      rec
        .neighbours(n.key as RecordKey, 'dependencies', 'hard')
        .filter((d) => d.startsWith('services/'))
        .map((d) => ({ from: n.key, to: d, type: 'hard' as const })),
    );
    const title = (k: string) => model.index.get(k as RecordKey)?.data.title ?? 'restricted record';
    const byWave = (a: (typeof services)[number], b: (typeof services)[number]) =>
      (a.wave ?? 0) - (b.wave ?? 0) || compareTitles(a.title, b.title);
    const ordered = [...[...services].sort(byWave), ...[...functions].sort(byWave)];
    const listed = toGraphList(
      site,
      ordered.map((n) => n.key),
      {
        href,
        view: focusView,
        types: ['hard'],
        place: (k) => {
          const n = rec.byKey.get(k);
          if (!n?.wave) return '';
          return n.kind === 'bia' ? `systems back after wave ${n.wave}` : `wave ${n.wave}`;
        },
      },
    );
    const byKey = new Map(listed.map((l) => [l.key, l]));
    const group = (id: string, heading: string, keys: RecordKey[]) => ({
      id,
      heading: `${heading} (${keys.length})`,
      nodes: keys.map((k) => byKey.get(k)).filter((l): l is ListedNode => l !== undefined),
    });
    const waveOf = (n: (typeof services)[number]) => n.wave ?? 0;
    const groups = [
      ...[...new Set(services.map(waveOf))]
        .sort((a, b) => a - b)
        .map((w) =>
          group(
            `wave-${w}`,
            w ? `Wave ${w}` : 'No wave',
            ordered.filter((n) => n.kind === 'services' && waveOf(n) === w).map((n) => n.key),
          ),
        ),
      group(
        'functions',
        'Business functions',
        ordered.filter((n) => n.kind === 'bia').map((n) => n.key),
      ),
    ].filter((g) => g.nodes.length > 0);
    view.diagram = {
      groups,
      nodes,
      edges,
      svg: toSvgDiagram('Organisation dependency map by recovery wave', nodes, edges),
      mermaid: toMermaid(nodes, edges),
      lines: edges.map((e) => `${title(e.from)} needs ${title(e.to)}`),
    };
    return view;
  }
  // Every owner of a service, named or not: the teams the edition leaves out make one row.
  const owners = [
    ...new Set([...services.map((s) => s.owner), ...model.byKind.teams.map((t) => t.id)]),
  ].sort();
  const ownedBy = (owner: string) =>
    owner === RESTRICTED
      ? (o: string) => !shown.isShown(keyOf('teams', o))
      : (o: string) => o === owner;
  const columns = Array.from({ length: waves }, (_, i) => i + 1);
  const rows = owners.flatMap((owner) => {
    const isOwner = ownedBy(owner);
    const cells = columns.map((w) =>
      rec.count((n) => n.kind === 'services' && n.wave === w && isOwner(n.owner)),
    );
    if (cells.every((c) => c.total === 0)) return [];
    return [
      {
        owner: keyOf('teams', owner),
        cells: cells.map((c) =>
          c.total === 0
            ? ''
            : c.restricted
              ? `${c.total} (${c.restricted} restricted)`
              : `${c.total}`,
        ),
      },
    ];
  });
  view.table = {
    waves: columns.map((w) => ({ label: `Wave ${w}`, href: page(`recovery/#wave-${w}`) })),
    rows,
  };
  return view;
}
