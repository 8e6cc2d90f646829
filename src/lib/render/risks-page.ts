/**
 * What the risk register shows: the whole organisation's counts, both heat maps (every risk
 * counted, the shown ones named) with their text version, and the table of shown risks with
 * their filters. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { BAND_LABEL, toSvgHeatMap } from './heatmap.ts';
import { ofThemRestricted } from './figure.ts';
import { appetiteBands, bandOf, type AppetiteBand, type HeatMapCell } from '../analytics/risk.ts';
import { must } from '../model/internal.ts';
import { toJsonCell, type TableJson } from './table-json.ts';
import type { RecordRefView } from './record-ref.ts';
import { compareTitles } from './title-order.ts';

/**
 * How many risks a heat-map cell names before it says how many more (the register lists all).
 * Five: at 5,000 risks the 50 cells' names were a third of the page (98 KB, Lighthouse 99 on a
 * phone); a few names show what a cell holds, the register the rest.
 */
export const CELL_CAP = 5;

/** One entry of the heat-map legend: a colour's band and the scores it covers. */
export interface LegendEntry {
  /** The band, also the cell's class in the SVG (the colour). */
  band: AppetiteBand;
  /** "Above appetite: needs treatment". */
  label: string;
  /** "score 10–17". */
  range: string;
}

/** The risks of one heat-map cell, the target of the cell's link. */
export interface CellList {
  /** Fragment id, `cell-<inherent|residual>-L<likelihood>-I<impact>`. */
  id: string;
  /** "Likelihood 4, impact 3: score 12, above appetite". */
  heading: string;
  band: AppetiteBand;
  /** The shown risks, by title: the first `CELL_CAP`. */
  risks: { title: string; href: string }[];
  /** Shown risks of the cell beyond those named (absent when all are). */
  more?: number;
  /** "2 restricted" when the edition leaves some of the cell's risks out. */
  restricted?: string;
}

export interface HeatMapView {
  /** "Inherent" or "Residual (after controls)". */
  heading: string;
  svg: string;
  caption: string;
  /** One line per cell with risks, naming risks by title: "Likelihood 3, impact 4 (score 12, above appetite): Fire, Flood and 1 restricted". */
  cells: string[];
  /** "Risks by cell, inherent": the heading over `lists`. */
  listsHeading: string;
  /** One list per cell with risks, in matrix reading order; each cell of the SVG links to its list. */
  lists: CellList[];
}

export interface RiskRow {
  key: RecordKey;
  category: string;
  inherent: number;
  residual: number;
  aboveAppetite: boolean;
  untreatedAboveAppetite: boolean;
  /** The treatment, or "none". */
  treatment: string;
  /** Title of the owner, "restricted record" when the edition does not name it. */
  ownerTitle: string;
}

export interface RisksPageView {
  /** "30 risks (4 not named in this edition)". */
  count: string;
  appetite: number;
  /** What each heat-map colour means, lowest band first. */
  legend: LegendEntry[];
  /** Open risks above appetite with no treatment (whole organisation), and what the figure counts. */
  untreated: { total: number; label: string };
  heatMaps: HeatMapView[];
  /** Categories of the shown risks, sorted: the filter's options. */
  categories: string[];
  rows: RiskRow[];
}

const LEGEND_LABEL: Record<AppetiteBand, string> = {
  within: 'Within appetite: accepted',
  above: 'Above appetite: needs treatment',
  'far-above': 'Far above appetite (twice the appetite or more): treat first',
};

/** The fragment id of a cell's list of risks. */
const cellId = (which: string, c: HeatMapCell): string =>
  `cell-${which}-L${c.likelihood}-I${c.impact}`;

/** The risk register of one edition; `href` makes a shown record's link. */
export function toRisksPage(
  site: Published,
  href: (key: RecordKey) => string,
  cap: number = CELL_CAP,
): RisksPageView {
  const { risks, model } = site;
  const appetite = model.settings.riskAppetite;
  const untreated = risks.count((r) => r.untreatedAboveAppetite);
  const titleOf = new Map(risks.items.map((r) => [r.id, r.title]));
  const heatMaps = (['inherent', 'residual'] as const).map((which): HeatMapView => {
    const map = risks.heatMaps[which];
    const lists = map.cells
      .filter((c) => c.count)
      .map((c): CellList => {
        const band = bandOf(c.score, appetite);
        const left = c.count - c.riskIds.length;
        const named = c.riskIds
          .map((id) => ({
            title: must(titleOf.get(id), `heat-map risk ${id} among the shown risks`),
            href: href(keyOf('risks', id)),
          }))
          .sort((a, b) => compareTitles(a.title, b.title) || (a.href < b.href ? -1 : 1));
        return {
          id: cellId(which, c),
          heading: `Likelihood ${c.likelihood}, impact ${c.impact}: score ${c.score}, ${BAND_LABEL[band]}`,
          band,
          risks: named.slice(0, cap),
          more: named.length > cap ? named.length - cap : undefined,
          restricted: left ? `${left} restricted` : undefined,
        };
      });
    return {
      heading: which === 'inherent' ? 'Inherent' : 'Residual (after controls)',
      svg: toSvgHeatMap(`${which} risk heat map`, map, appetite, (c) => `#${cellId(which, c)}`),
      caption: `Number of open risks per cell, ${which}. Select a cell to list its risks.`,
      // What the chart shows, as text: each cell's count (the lists below name its risks).
      cells: map.cells
        .filter((c) => c.count)
        .map(
          (c) =>
            `Likelihood ${c.likelihood}, impact ${c.impact} ` +
            `(score ${c.score}, ${BAND_LABEL[bandOf(c.score, appetite)]}): ${c.count} risk${c.count === 1 ? '' : 's'}`,
        ),
      listsHeading: `Risks by cell, ${which}`,
      lists,
    };
  });
  return {
    count:
      `${risks.items.length + risks.restricted} risks` +
      (risks.restricted ? ` (${risks.restricted} not named in this edition)` : ''),
    appetite,
    legend: appetiteBands(appetite).map((b) => ({
      band: b.band,
      label: LEGEND_LABEL[b.band],
      range: b.from === b.to ? `score ${b.from}` : `score ${b.from}–${b.to}`,
    })),
    untreated: {
      total: untreated.total,
      label: `open risks are above appetite with no treatment${ofThemRestricted(untreated)}`,
    },
    heatMaps,
    categories: [...new Set(risks.items.map((r) => r.category))].sort(),
    rows: risks.items.map((r) => ({
      key: keyOf('risks', r.id),
      category: r.category,
      inherent: r.inherent.score,
      residual: r.residual.score,
      aboveAppetite: r.aboveAppetite,
      untreatedAboveAppetite: r.untreatedAboveAppetite,
      treatment: r.treatment ?? 'none',
      ownerTitle: model.index.get(keyOf('teams', r.owner))?.data.title ?? 'restricted record',
    })),
  };
}

/** The risk register's filters, in the order of its rows' data attributes. */
export const RISK_FILTERS = ['category', 'above'];

/** Every row of the register as `risks/rows.json`: the cells the page's table renders. */
export function toRisksJson(
  view: RisksPageView,
  ref: (key: RecordKey) => RecordRefView,
  total: number,
): TableJson {
  return {
    total,
    data: RISK_FILTERS,
    head: 0,
    rows: view.rows.map((r) => {
      const link = ref(r.key);
      return [
        [r.category, r.aboveAppetite ? 'yes' : 'no'],
        toJsonCell([link.href ? [link.label, link.href] : { t: link.label, c: 'restricted' }]),
        r.category,
        toJsonCell([String(r.inherent)], String(r.inherent)),
        toJsonCell(
          [String(r.residual) + (r.aboveAppetite ? ' (above appetite)' : '')],
          String(r.residual),
          r.aboveAppetite ? 'late' : undefined,
        ),
        toJsonCell([r.treatment], undefined, r.untreatedAboveAppetite ? 'late' : undefined),
        r.ownerTitle,
      ];
    }),
  };
}
