/**
 * Dependency diagrams as SVG strings (build time, no DOM) and as Mermaid source. Boxes link to
 * their record pages; tier shows as colour and as a "T1" badge (never colour alone); soft
 * dependencies are dashed; inversions get a warning outline; the bottleneck path is drawn bold.
 * All text is escaped.
 */
import { linkVertical } from 'd3';
import { escapeXml as x } from './escape.ts';
import { layoutLayers, shortLabel, type LayoutEdge } from './layered-layout.ts';
import { must } from '../model/internal.ts';

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
}
export interface DiagramEdge extends LayoutEdge {
  type: 'hard' | 'soft';
  bottleneck?: boolean;
}

const link = linkVertical<
  { source: [number, number]; target: [number, number] },
  [number, number]
>();

/** SVG markup of a layered dependency diagram. Edges point from dependent to dependency. */
export function toSvgDiagram(title: string, nodes: DiagramNode[], edges: DiagramEdge[]): string {
  const layout = layoutLayers(
    nodes.map((n) => ({ id: n.key, label: n.label, layer: n.layer })),
    edges,
  );
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const at = new Map(layout.nodes.map((p) => [p.id, p]));
  const paths = edges
    .filter((e) => at.has(e.from) && at.has(e.to))
    .map((e) => {
      const a = must(at.get(e.from), `laid-out node ${e.from}`);
      const b = must(at.get(e.to), `laid-out node ${e.to}`);
      const down = b.y > a.y;
      const x1 = a.x + a.width / 2;
      const y1 = down ? a.y + a.height : a.y;
      const x2 = b.x + b.width / 2;
      const y2 = down ? b.y : b.y + b.height;
      const cls = ['edge', e.type, e.bottleneck ? 'bottleneck' : ''].filter(Boolean).join(' ');
      return `<path class="${cls}" d="${link({ source: [x1, y1], target: [x2, y2] })}" marker-end="url(#arrow)"/>`;
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
    const badge = n.tier ? `T${n.tier} ` : '';
    return (
      `<a href="${x(n.href)}" class="${cls}"><title>${x(`${n.label}${n.tier ? `, tier ${n.tier}` : ''}${n.inversion ? ', RTO inversion' : ''}`)}</title>` +
      `<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="5"/>` +
      `<text x="${p.x + p.width / 2}" y="${p.y + p.height / 2}" dominant-baseline="central" text-anchor="middle">${x(badge + shortLabel(n.label))}</text></a>`
    );
  });
  return (
    `<svg class="diagram" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="d-title"><title id="d-title">${x(title)}</title>` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>' +
    `<g class="edges">${paths.join('')}</g><g class="nodes">${boxes.join('')}</g></svg>`
  );
}

/** Mermaid source of the same diagram, for people who want to edit or reuse it. */
export function toMermaid(nodes: DiagramNode[], edges: DiagramEdge[]): string {
  const id = (key: string) => key.replace(/[^A-Za-z0-9]/g, '_');
  const label = (s: string) => s.replace(/"/g, "'").replace(/[<>]/g, '');
  const lines = ['flowchart TB'];
  for (const n of [...nodes].sort((a, b) => a.layer - b.layer || (a.key < b.key ? -1 : 1)))
    lines.push(`  ${id(n.key)}["${label(n.tier ? `T${n.tier} ${n.label}` : n.label)}"]`);
  for (const e of edges)
    lines.push(`  ${id(e.from)} ${e.type === 'hard' ? '-->' : '-.->'} ${id(e.to)}`);
  const tiers = new Map<number, string[]>();
  for (const n of nodes) if (n.tier) tiers.set(n.tier, [...(tiers.get(n.tier) ?? []), id(n.key)]);
  for (const [t, ids] of [...tiers].sort((a, b) => a[0] - b[0]))
    lines.push(`  class ${ids.join(',')} tier${t}`);
  return lines.join('\n');
}
