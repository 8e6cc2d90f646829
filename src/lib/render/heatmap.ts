/**
 * The 5x5 risk matrix as SVG: likelihood across, impact up, the number of risks in each cell,
 * each cell coloured by its appetite band (analytics/risk.ts appetiteBands: within, above, far
 * above) with the appetite boundary drawn as a line between within and above. Counts are
 * written in the cells (never colour alone); a cell with risks can be a link to the list of
 * its risks.
 */
import { escapeXml as x } from './escape.ts';
import { bandOf, isAboveAppetite, type HeatMap, type HeatMapCell } from '../analytics/risk.ts';

const CELL = 64;
const LEFT = 70;
const TOP = 10;

/** The words for each appetite band, as the heat map, its legend and its text say them. */
export const BAND_LABEL = {
  within: 'within appetite',
  above: 'above appetite',
  'far-above': 'far above appetite',
} as const;

/**
 * SVG of one heat map (inherent or residual) with the appetite boundary. `linkOf` gives the
 * href of a cell's list of risks (only asked for cells with risks); without it no cell links.
 */
export function toSvgHeatMap(
  title: string,
  map: HeatMap,
  appetite: number,
  linkOf?: (cell: HeatMapCell) => string,
): string {
  const cells = map.cells.map((c) => {
    const cx = LEFT + (c.likelihood - 1) * CELL;
    const cy = TOP + (5 - c.impact) * CELL;
    const band = bandOf(c.score, appetite);
    const label = `Likelihood ${c.likelihood}, impact ${c.impact}: score ${c.score}, ${BAND_LABEL[band]}, ${c.count} risk${c.count === 1 ? '' : 's'}`;
    const linked = c.count > 0 && linkOf !== undefined;
    // One title per cell: a link's names it and is its tooltip (SVG-AAM), else the square's.
    const cell =
      `<g class="cell ${band}"><rect x="${cx}" y="${cy}" width="${CELL}" height="${CELL}">${linked ? '' : `<title>${x(label)}</title>`}</rect>` +
      `<text x="${cx + CELL / 2}" y="${cy + CELL / 2}" dominant-baseline="central" text-anchor="middle" class="${c.count ? 'count' : 'zero'}">${c.count || '·'}</text></g>`;
    return linked
      ? `<a href="${x(linkOf(c))}"><title>${x(`${label}: list them`)}</title>${cell}</a>`
      : cell;
  });
  // The appetite boundary: a step line between cells within and above appetite.
  const above = (l: number, i: number) => isAboveAppetite(l * i, appetite);
  const segments: string[] = [];
  for (let l = 1; l <= 5; l++)
    for (let i = 1; i <= 5; i++) {
      if (l < 5 && above(l, i) !== above(l + 1, i))
        segments.push(`M${LEFT + l * CELL},${TOP + (5 - i) * CELL} v${CELL}`);
      if (i < 5 && above(l, i) !== above(l, i + 1))
        segments.push(`M${LEFT + (l - 1) * CELL},${TOP + (5 - i) * CELL} h${CELL}`);
    }
  const axes = [1, 2, 3, 4, 5].map(
    (v) =>
      `<text x="${LEFT + (v - 0.5) * CELL}" y="${TOP + 5 * CELL + 18}" text-anchor="middle">${v}</text><text x="${LEFT - 10}" y="${TOP + (5.5 - v) * CELL}" text-anchor="end" dominant-baseline="central">${v}</text>`,
  );
  const w = LEFT + 5 * CELL + 10;
  const h = TOP + 5 * CELL + 44;
  const id = `h-${x(title.replace(/\W+/g, '-'))}`;
  return (
    `<svg class="heatmap" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="${id}"><title id="${id}">${x(title)}</title>${cells.join('')}` +
    (segments.length ? `<path class="appetite" d="${segments.join(' ')}"/>` : '') +
    axes.join('') +
    `<text x="${LEFT + 2.5 * CELL}" y="${h - 4}" text-anchor="middle" class="axis-label">Likelihood</text><text x="14" y="${TOP + 2.5 * CELL}" text-anchor="middle" transform="rotate(-90 14 ${TOP + 2.5 * CELL})" class="axis-label">Impact</text></svg>`
  );
}
