/**
 * What the risk register shows: the whole organisation's counts, both heat maps (every risk
 * counted, the shown ones named) with their text version, and the table of shown risks with
 * their filters. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { toSvgHeatMap } from './heatmap.ts';
import { ofThemRestricted } from './figure.ts';

export interface HeatMapView {
  /** "Inherent" or "Residual (after controls)". */
  heading: string;
  svg: string;
  caption: string;
  /** One line per cell with risks: "Likelihood 3, impact 4 (score 12, above appetite): a, b and 1 restricted". */
  cells: string[];
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
  /** Open risks above appetite with no treatment (whole organisation), and what the figure counts. */
  untreated: { total: number; label: string };
  heatMaps: HeatMapView[];
  /** Categories of the shown risks, sorted: the filter's options. */
  categories: string[];
  rows: RiskRow[];
}

/** The risk register of one edition. */
export function toRisksPage(site: Published): RisksPageView {
  const { risks, model } = site;
  const appetite = model.settings.riskAppetite;
  const untreated = risks.count((r) => r.untreatedAboveAppetite);
  const heatMaps = (['inherent', 'residual'] as const).map((which) => {
    const map = risks.heatMaps[which];
    return {
      heading: which === 'inherent' ? 'Inherent' : 'Residual (after controls)',
      svg: toSvgHeatMap(`${which} risk heat map`, map, appetite),
      caption: `Number of open risks per cell, ${which}.`,
      cells: map.cells
        .filter((c) => c.count)
        .map((c) => {
          const left = c.count - c.riskIds.length;
          const named = [c.riskIds.join(', '), left ? `${left} restricted` : '']
            .filter(Boolean)
            .join(' and ');
          return (
            `Likelihood ${c.likelihood}, impact ${c.impact} (score ${c.score}` +
            `${c.score > appetite ? ', above appetite' : ''}): ${named}`
          );
        }),
    };
  });
  return {
    count:
      `${risks.items.length + risks.restricted} risks` +
      (risks.restricted ? ` (${risks.restricted} not named in this edition)` : ''),
    appetite,
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
