/**
 * Layered (Sugiyama-style) layout for dependency diagrams, computed at build time without a
 * browser: nodes come with their layer; inside a layer they are ordered by the barycentre of
 * their neighbours in the adjacent layers (four alternating sweeps, ties broken by id, so the
 * result is deterministic), then placed on a grid. Each box is sized to its label's lines (the
 * longest line sets the width, the number of lines the height, for 13 px text); a row is as
 * tall as its tallest box. O(sweeps x edges + nodes log nodes). Reference: Sugiyama, Tagawa,
 * Toda 1981.
 */
import { must } from '../model/internal.ts';

export interface LayoutNode {
  id: string;
  /** The label as drawn, one string per line. */
  lines: string[];
  layer: number;
}
export interface LayoutEdge {
  from: string;
  to: string;
}
export interface PlacedNode extends LayoutNode {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Layout {
  nodes: PlacedNode[];
  width: number;
  height: number;
  layers: number[];
}

/** Width of a character of 13 px system-ui text, generous (capitals and digits are wider). */
export const CHAR = 7.6;
/** Distance between the baselines of two label lines. */
export const LINE_HEIGHT = 16;
const PAD_X = 10;
const PAD_Y = 8;
const GAP_X = 18;
const GAP_Y = 56;

/** Lays out nodes in rows by layer (ascending, top to bottom). */
export function layoutLayers(nodes: LayoutNode[], edges: LayoutEdge[]): Layout {
  const layers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const rows = layers.map((l) =>
    nodes.filter((n) => n.layer === l).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (!neighbours.has(e.from) || !neighbours.has(e.to)) continue;
    must(neighbours.get(e.from), `layout node ${e.from}`).push(e.to);
    must(neighbours.get(e.to), `layout node ${e.to}`).push(e.from);
  }
  const pos = new Map<string, number>();
  const index = () =>
    rows.forEach((row) => row.forEach((n, i) => pos.set(n.id, i / Math.max(1, row.length - 1))));
  index();
  for (let sweep = 0; sweep < 4; sweep++) {
    const order = sweep % 2 === 0 ? rows.map((_, i) => i) : rows.map((_, i) => rows.length - 1 - i);
    for (const r of order) {
      const key = new Map(
        rows[r].map((n) => {
          const ns = must(neighbours.get(n.id), `layout node ${n.id}`).filter((m) => pos.has(m));
          return [
            n.id,
            ns.length
              ? ns.reduce((s, m) => s + (pos.get(m) ?? 0), 0) / ns.length
              : (pos.get(n.id) ?? 0),
          ];
        }),
      );
      rows[r].sort(
        (a, b) =>
          must(key.get(a.id), 'a sort key') - must(key.get(b.id), 'a sort key') ||
          (a.id < b.id ? -1 : 1),
      );
      index();
    }
  }
  const widthOf = (n: LayoutNode) =>
    Math.round(Math.max(...n.lines.map((l) => [...l].length)) * CHAR + 2 * PAD_X);
  const heightOf = (n: LayoutNode) => n.lines.length * LINE_HEIGHT + 2 * PAD_Y;
  const rowHeights = rows.map((row) => Math.max(0, ...row.map(heightOf)));
  const rowWidths = rows.map(
    (row) => row.reduce((s, n) => s + widthOf(n), 0) + GAP_X * Math.max(0, row.length - 1),
  );
  const width = Math.max(200, ...rowWidths) + 2 * GAP_X;
  const placed: PlacedNode[] = [];
  let top = GAP_Y / 2;
  rows.forEach((row, r) => {
    let x = (width - rowWidths[r]) / 2;
    for (const n of row) {
      const w = widthOf(n);
      const h = heightOf(n);
      placed.push({
        ...n,
        x: Math.round(x),
        y: Math.round(top + (rowHeights[r] - h) / 2),
        width: w,
        height: h,
      });
      x += w + GAP_X;
    }
    top += rowHeights[r] + GAP_Y;
  });
  return {
    nodes: placed,
    width: Math.round(width),
    height: Math.round(top - GAP_Y / 2),
    layers,
  };
}
