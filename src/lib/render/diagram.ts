/**
 * Dependency diagrams as SVG strings (build time, no DOM) and as Mermaid source. Boxes link to
 * their record pages; tier shows as colour and as a "T1" badge (never colour alone); soft
 * dependencies are dashed; inversions get a warning outline; the bottleneck path is drawn bold.
 * Labels are whole (wrapped onto lines, never cut) and unique (a shared title gets the id).
 * The SVG is drawn at its natural size, 13 px text, for a scrolling box; its nodes and edges
 * carry their keys (and any `data` of the node) as data- attributes for the page's script.
 * All text is escaped. O(nodes + edges) after the layout.
 */
import { linkVertical } from 'd3';
import { escapeXml as x } from './escape.ts';
import { layoutLayers, LINE_HEIGHT, type LayoutEdge } from './layered-layout.ts';
import { toUniqueLabels } from './unique-labels.ts';
import { wrapLabel } from './wrap-label.ts';
import { must } from '../model/internal.ts';

/** Characters of a label line in a box. */
export const LABEL_LINE = 22;

export interface DiagramNode {
  /** Record key "kind/id". */
  key: string;
  label: string;
  layer: number;
  href: string;
  tier?: number;
  /** The record the diagram is about. */
  focus?: boolean;
  /** Declared RTO looser than required. */
  inversion?: boolean;
  kind: 'services' | 'bia' | 'vendors' | 'locations';
  /** Written on the node as data- attributes (data-owner="ops"), for filters in the browser. */
  data?: Record<string, string>;
}
export interface DiagramEdge extends LayoutEdge {
  type: 'hard' | 'soft';
  bottleneck?: boolean;
}

const link = linkVertical<
  { source: [number, number]; target: [number, number] },
  [number, number]
>();

/** The text of a node's box: the tier badge, then its unique label. */
const boxText = (n: DiagramNode, label: string) => `${n.tier ? `T${n.tier} ` : ''}${label}`;

/** The lines each node's box shows, by key: whole labels, unique in the diagram, wrapped. */
export function toBoxLines(nodes: readonly DiagramNode[]): Map<string, string[]> {
  const labels = toUniqueLabels(nodes);
  return new Map(
    nodes.map((n) => [n.key, wrapLabel(boxText(n, labels.get(n.key) ?? n.label), LABEL_LINE)]),
  );
}

const dataAttributes = (data: Record<string, string> | undefined) =>
  Object.entries(data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${x(v)}"`)
    .join('');

/** SVG markup of a layered dependency diagram. Edges point from dependent to dependency. */
export function toSvgDiagram(title: string, nodes: DiagramNode[], edges: DiagramEdge[]): string {
  const lines = toBoxLines(nodes);
  const labels = toUniqueLabels(nodes);
  const layout = layoutLayers(
    nodes.map((n) => ({
      id: n.key,
      lines: must(lines.get(n.key), `lines of ${n.key}`),
      layer: n.layer,
    })),
    edges,
  );
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const at = new Map(layout.nodes.map((p) => [p.id, p]));
  const paths = edges
    .filter((e) => at.has(e.from) && at.has(e.to))
    .map((e) => {
      const a = must(at.get(e.from), `laid-out node ${e.from}`);
      const b = must(at.get(e.to), `laid-out node ${e.to}`);
      const x1 = a.x + a.width / 2;
      const x2 = b.x + b.width / 2;
      const cls = ['edge', e.type, e.bottleneck ? 'bottleneck' : ''].filter(Boolean).join(' ');
      const attrs = `class="${cls}" data-from="${x(e.from)}" data-to="${x(e.to)}"`;
      if (a.layer === b.layer) {
        // Both in one row: an arc under the row, from bottom to bottom, clear of the boxes.
        const y1 = a.y + a.height;
        const y2 = b.y + b.height;
        const dip = Math.max(y1, y2) + Math.min(24, 12 + Math.abs(x2 - x1) / 20);
        return `<path ${attrs} d="M${x1},${y1}C${x1},${dip} ${x2},${dip} ${x2},${y2}" marker-end="url(#arrow)"/>`;
      }
      const down = b.y > a.y;
      const y1 = down ? a.y + a.height : a.y;
      const y2 = down ? b.y : b.y + b.height;
      return `<path ${attrs} d="${link({ source: [x1, y1], target: [x2, y2] })}" marker-end="url(#arrow)"/>`;
    });
  const boxes = layout.nodes.map((p) => {
    const n = must(byKey.get(p.id), `diagram node ${p.id}`);
    const cls = [
      'node',
      n.kind,
      n.tier ? `tier-${n.tier}` : 'tier-none',
      n.focus ? 'focus' : '',
      n.inversion ? 'inversion' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const label = labels.get(n.key) ?? n.label;
    const cx = p.x + p.width / 2;
    const top = p.y + (p.height - p.lines.length * LINE_HEIGHT) / 2;
    const tspans = p.lines
      .map((line, i) => `<tspan x="${cx}" y="${top + LINE_HEIGHT * (i + 0.5)}">${x(line)}</tspan>`)
      .join('');
    return (
      `<a href="${x(n.href)}" class="${cls}" data-key="${x(n.key)}"${dataAttributes(n.data)}><title>${x(`${label}${n.tier ? `, tier ${n.tier}` : ''}${n.inversion ? ', RTO inversion' : ''}`)}</title>` +
      `<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="5"/>` +
      `<text dominant-baseline="central" text-anchor="middle">${tspans}</text></a>`
    );
  });
  return (
    `<svg class="diagram" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="d-title"><title id="d-title">${x(title)}</title>` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>' +
    `<g class="edges">${paths.join('')}</g><g class="nodes">${boxes.join('')}</g></svg>`
  );
}

/** Text made only of the characters a Mermaid label takes as they are. */
const PLAIN = /^[\p{L}\p{N} .,:/()'_-]*$/u;

/**
 * `s` as text inside a quoted Mermaid label: letters, digits and plain punctuation as they
 * are, every other character as a Mermaid entity code (#60; for "<"), which Mermaid draws as
 * the character; so no title can end the label or add markup.
 */
export function toMermaidText(s: string): string {
  const text = s.replace(/\s+/g, ' ').trim();
  return PLAIN.test(text)
    ? text
    : [...text].map((c) => (PLAIN.test(c) ? c : `#${c.codePointAt(0)};`)).join('');
}

// Shapes tell the kinds apart without colour: service box, function stadium, vendor
// subroutine box, location hexagon.
const SHAPE: Record<DiagramNode['kind'], [string, string]> = {
  services: ['["', '"]'],
  bia: ['(["', '"])'],
  vendors: ['[["', '"]]'],
  locations: ['{{"', '"}}'],
};

/** Tier colours of the copied source (the site's own follow light and dark mode). */
const TIER_STYLE: Record<number, string> = {
  1: 'stroke:#b3261e,stroke-width:3px',
  2: 'stroke:#b35c00,stroke-width:2px',
  3: 'stroke:#1f6feb',
  4: 'stroke:#6b7280',
};

/**
 * Mermaid source of the same diagram, for people who want to edit or reuse it: the same nodes
 * with the same labels, hard dependencies as arrows, soft ones dotted, the bottleneck path
 * thick; the record the diagram is about and inversions marked by class.
 */
export function toMermaid(nodes: DiagramNode[], edges: DiagramEdge[]): string {
  const id = (key: string) => key.replace(/[^A-Za-z0-9]/g, '_');
  const labels = toUniqueLabels(nodes);
  const lines = ['flowchart TB'];
  for (const n of [...nodes].sort((a, b) => a.layer - b.layer || (a.key < b.key ? -1 : 1))) {
    const [open, close] = SHAPE[n.kind];
    lines.push(
      `  ${id(n.key)}${open}${toMermaidText(boxText(n, labels.get(n.key) ?? n.label))}${close}`,
    );
  }
  for (const e of edges)
    lines.push(
      `  ${id(e.from)} ${e.type === 'soft' ? '-.->' : e.bottleneck ? '==>' : '-->'} ${id(e.to)}`,
    );
  const tiers = new Map<number, string[]>();
  for (const n of nodes) if (n.tier) tiers.set(n.tier, [...(tiers.get(n.tier) ?? []), id(n.key)]);
  for (const [t, ids] of [...tiers].sort((a, b) => a[0] - b[0])) {
    if (TIER_STYLE[t]) lines.push(`  classDef tier${t} ${TIER_STYLE[t]}`);
    lines.push(`  class ${ids.join(',')} tier${t}`);
  }
  const marked = (cls: string, style: string, test: (n: DiagramNode) => boolean | undefined) => {
    const ids = nodes.filter(test).map((n) => id(n.key));
    if (ids.length) lines.push(`  classDef ${cls} ${style}`, `  class ${ids.join(',')} ${cls}`);
  };
  marked('focus', 'stroke-width:4px', (n) => n.focus);
  marked('inversion', 'stroke-dasharray:6 3', (n) => n.inversion);
  return lines.join('\n');
}
