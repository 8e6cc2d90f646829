/**
 * Risk scoring on the 5x5 matrix: inherent and residual score (likelihood x impact), whether the
 * residual score is above the organisation's appetite, the heat map and the appetite line.
 *
 * Guarantees: a residual likelihood or impact that is not written falls back to the inherent
 * one (no controls yet); "above appetite" means residual score strictly greater than
 * settings.riskAppetite; the heat map always has all 25 cells in matrix reading order (impact 5
 * down to 1, likelihood 1 to 5 within a row) and leaves closed risks out; every list is sorted,
 * so output is deterministic.
 * The appetite bands are defined here only (appetiteBands, bandOf): a score at most the appetite
 * is "within", above it "above", and from twice the appetite "far above" (when that fits on the
 * 1-25 scale); "above appetite" everywhere (scores, heat-map colours, the appetite line) is
 * bandOf(score) !== 'within'.
 * Complexity: scoreRisks O(r log r), toHeatMap O(r log r), appetiteLine O(25), appetiteBands
 * O(1); ratingOf, residualOf, bandOf and isUntreatedAboveAppetite O(1), for whoever needs one
 * risk's figures.
 * Reference: ISO 31000 risk evaluation; ISO 22301 8.2.3; docs/domain.md §11.
 */
import type { Risk } from '../schema/risk.ts';
import type { Model } from '../model/model.ts';

/** A position on the matrix with its score. */
export interface RiskRating {
  /** 1 (rare) to 5 (almost certain). */
  likelihood: number;
  /** 1 (minor) to 5 (severe). */
  impact: number;
  /** likelihood x impact, 1 to 25. */
  score: number;
}

/** The scores of one risk and how they stand against the appetite. */
export interface RiskScore {
  /** The risk's id. */
  id: string;
  /** The risk's title. */
  title: string;
  /** Team that owns the risk (a `teams` id). */
  owner: string;
  /** Risk category. */
  category: Risk['category'];
  /** open or closed. */
  status: Risk['status'];
  /** Before controls. */
  inherent: RiskRating;
  /** After controls; each value not written in the record is the inherent one. */
  residual: RiskRating;
  /** How the risk is treated; undefined when untreated. */
  treatment?: Risk['treatment'];
  /** Residual score > settings.riskAppetite. */
  aboveAppetite: boolean;
  /** Above appetite, no treatment and still open: needs a decision (docs/domain.md §10). */
  untreatedAboveAppetite: boolean;
}

/** One cell of the heat map. */
export interface HeatMapCell {
  /** 1 to 5. */
  likelihood: number;
  /** 1 to 5. */
  impact: number;
  /** likelihood x impact. */
  score: number;
  /** Ids of the risks in the cell, sorted. */
  riskIds: string[];
  /** How many risks are in the cell (an edition may name fewer of them). */
  count: number;
}

/** A 5x5 heat map: 25 cells, impact 5 to 1 (rows, top down), likelihood 1 to 5 within a row. */
export interface HeatMap {
  cells: HeatMapCell[];
}

/** A cell position on the matrix. */
export interface MatrixCell {
  likelihood: number;
  impact: number;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

/** The highest score on the matrix (5 x 5). */
export const MAX_SCORE = 25;

/** Where a score stands against the appetite: within (at most it), above, far above (>= 2x). */
export type AppetiteBand = 'within' | 'above' | 'far-above';

/** One band of scores: its name and the scores it covers, inclusive. */
export interface AppetiteBandRange {
  band: AppetiteBand;
  /** Lowest score in the band, 1 to 25. */
  from: number;
  /** Highest score in the band, 1 to 25, >= from. */
  to: number;
}

/**
 * The bands of the 1-25 scale for `appetite` (settings.riskAppetite), lowest first, empty ones
 * left out: within 1..appetite, above appetite+1..2*appetite-1, far above 2*appetite..25.
 * Appetite 9 gives within 1-9, above 10-17, far above 18-25; appetite 25 gives within only.
 */
export function appetiteBands(appetite: number): AppetiteBandRange[] {
  const far = Math.min(2 * appetite, MAX_SCORE + 1);
  const bands: AppetiteBandRange[] = [
    { band: 'within', from: 1, to: Math.min(appetite, MAX_SCORE) },
    { band: 'above', from: appetite + 1, to: far - 1 },
    { band: 'far-above', from: far, to: MAX_SCORE },
  ];
  return bands.filter((b) => b.from <= b.to);
}

/** The band of `score` for `appetite`; see appetiteBands. */
export const bandOf = (score: number, appetite: number): AppetiteBand =>
  score <= appetite ? 'within' : score >= 2 * appetite ? 'far-above' : 'above';

/** True when `score` is above `appetite`: the risk needs treatment. */
export const isAboveAppetite = (score: number, appetite: number): boolean =>
  bandOf(score, appetite) !== 'within';

/** The 25 positions in matrix reading order: impact 5..1, then likelihood 1..5. */
function matrixCells(): MatrixCell[] {
  return [...LEVELS]
    .reverse()
    .flatMap((impact) => LEVELS.map((likelihood) => ({ likelihood, impact })));
}

/** A position on the matrix with its score, likelihood x impact. */
export const ratingOf = (likelihood: number, impact: number): RiskRating => ({
  likelihood,
  impact,
  score: likelihood * impact,
});

/** The rating of a risk before controls. */
export const inherentOf = (r: Risk): RiskRating => ratingOf(r.likelihood, r.impact);

/** The rating of a risk after controls: each residual value not written is the inherent one. */
export const residualOf = (r: Risk): RiskRating =>
  ratingOf(r.residualLikelihood ?? r.likelihood, r.residualImpact ?? r.impact);

/** True for an open risk whose residual score is above `appetite` and that has no treatment: it needs a decision. */
export const isUntreatedAboveAppetite = (r: Risk, appetite: number): boolean =>
  isAboveAppetite(residualOf(r).score, appetite) &&
  r.treatment === undefined &&
  r.status === 'open';

/**
 * Scores every risk of the model (open and closed), sorted by residual score descending, then
 * inherent score descending, then id.
 */
export function scoreRisks(model: Model): RiskScore[] {
  const appetite = model.settings.riskAppetite;
  return model.byKind.risks
    .map((entry): RiskScore => {
      const r = entry.data;
      const inherent = inherentOf(r);
      const residual = residualOf(r);
      const aboveAppetite = isAboveAppetite(residual.score, appetite);
      return {
        id: entry.id,
        title: r.title,
        owner: r.owner,
        category: r.category,
        status: r.status,
        inherent,
        residual,
        treatment: r.treatment,
        aboveAppetite,
        untreatedAboveAppetite: isUntreatedAboveAppetite(r, appetite),
      };
    })
    .sort(
      (a, b) =>
        b.residual.score - a.residual.score ||
        b.inherent.score - a.inherent.score ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Places the open risks on the 5x5 matrix by their inherent or residual rating. Closed risks
 * are left out. Always returns all 25 cells, empty ones with no ids.
 */
export function toHeatMap(scores: RiskScore[], which: 'inherent' | 'residual'): HeatMap {
  const ids = new Map<string, string[]>();
  for (const s of scores) {
    if (s.status === 'closed') continue;
    const { likelihood, impact } = s[which];
    const key = `${likelihood}x${impact}`;
    const list = ids.get(key);
    if (list) list.push(s.id);
    else ids.set(key, [s.id]);
  }
  return {
    cells: matrixCells().map(({ likelihood, impact }) => ({
      likelihood,
      impact,
      score: likelihood * impact,
      riskIds: (ids.get(`${likelihood}x${impact}`) ?? []).sort(),
      count: ids.get(`${likelihood}x${impact}`)?.length ?? 0,
    })),
  };
}

/**
 * The cells whose score is above the appetite, in matrix reading order (impact 5..1, then
 * likelihood 1..5), so a renderer can shade them or draw the boundary around them.
 */
export function appetiteLine(appetite: number): MatrixCell[] {
  return matrixCells().filter((c) => isAboveAppetite(c.likelihood * c.impact, appetite));
}
