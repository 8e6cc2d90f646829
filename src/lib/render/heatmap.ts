/**
 * The 5x5 risk matrix as SVG: likelihood across, impact up, the number of risks in each cell,
 * cells above the risk appetite shaded and outlined, with the appetite boundary drawn as a
 * line. Counts are written in the cells (never colour alone).
 */
import { escapeXml as x } from './escape.ts';
import type { HeatMap } from '../analytics/risk.ts';

const CELL = 64;
const LEFT = 70;
const TOP = 10;

/** SVG of one heat map (inherent or residual) with the appetite boundary. */
export function toSvgHeatMap(title: string, map: HeatMap, appetite: number): string {
  const cells = map.cells.map((c) => {
    const cx = LEFT + (c.likelihood - 1) * CELL;
    const cy = TOP + (5 - c.impact) * CELL;
    const above = c.score > appetite;
    const level = c.score >= 15 ? 'high' : c.score >= 8 ? 'medium' : 'low';
    return (
      `<g class="cell ${level}${above ? ' above' : ''}"><rect x="${cx}" y="${cy}" width="${CELL}" height="${CELL}"><title>${x(`Likelihood ${c.likelihood}, impact ${c.impact}: score ${c.score}, ${c.count} risk${c.count === 1 ? '' : 's'}${above ? ', above appetite' : ''}`)}</title></rect>` +
      `<text x="${cx + CELL / 2}" y="${cy + CELL / 2}" dominant-baseline="central" text-anchor="middle" class="${c.count ? 'count' : 'zero'}">${c.count || '·'}</text></g>`
    );
  });
  // The appetite boundary: a step line between cells within and above appetite.
  const segments: string[] = [];
  for (let l = 1; l <= 5; l++)
    for (let i = 1; i <= 5; i++) {
      const above = l * i > appetite;
      if (l < 5 && above !== (l + 1) * i > appetite)
        segments.push(`M${LEFT + l * CELL},${TOP + (5 - i) * CELL} v${CELL}`);
      if (i < 5 && above !== l * (i + 1) > appetite)
        segments.push(`M${LEFT + (l - 1) * CELL},${TOP + (5 - i) * CELL} h${CELL}`);
    }
  const axes = [1, 2, 3, 4, 5].map(
    (v) =>
      `<text x="${LEFT + (v - 0.5) * CELL}" y="${TOP + 5 * CELL + 18}" text-anchor="middle">${v}</text><text x="${LEFT - 10}" y="${TOP + (5.5 - v) * CELL}" text-anchor="end" dominant-baseline="central">${v}</text>`,
  );
  const w = LEFT + 5 * CELL + 10;
  const h = TOP + 5 * CELL + 44;
  return (
    `<svg class="heatmap" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="h-${x(title.replace(/\W+/g, '-'))}"><title id="h-${x(title.replace(/\W+/g, '-'))}">${x(title)}</title>${cells.join('')}` +
    `<path class="appetite" d="${segments.join(' ')}"/>${axes.join('')}` +
    `<text x="${LEFT + 2.5 * CELL}" y="${h - 4}" text-anchor="middle" class="axis-label">Likelihood</text><text x="14" y="${TOP + 2.5 * CELL}" text-anchor="middle" transform="rotate(-90 14 ${TOP + 2.5 * CELL})" class="axis-label">Impact</text></svg>`
  );
}
