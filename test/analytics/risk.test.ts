import { describe, it, expect } from 'vitest';
import { modelOf, MINIMAL, type Rec } from '../helpers.ts';
import {
  scoreRisks,
  toHeatMap,
  appetiteLine,
  appetiteBands,
  bandOf,
  type RiskScore,
} from '../../src/lib/analytics/risk.ts';
import { sampleModel } from './sample.ts';

const risk = (id: string, data: Record<string, unknown>): Rec => ({
  kind: 'risks',
  id,
  data: { ...MINIMAL.risks, ...data },
});

/** Scores of a model built from literals; the fixture itself must be free of errors. */
function scoresOf(recs: Rec[], settings: unknown = {}): RiskScore[] {
  const model = modelOf(recs, settings);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return scoreRisks(model);
}

// Default appetite 9: residual scores of 10 and more are above it.
//   id          inherent  residual          treatment  status
//   controlled  4x5=20    3x3=9             mitigate   open
//   bare        3x4=12    (none) 3x4=12     -          open
//   half        5x4=20    2x(4)=8           mitigate   open
//   accepted    4x4=16    (none) 4x4=16     accept     open
//   gone        5x5=25    (none) 5x5=25     -          closed
//   edge        5x2=10    (none) 5x2=10     -          open
const REGISTER = [
  risk('controlled', {
    likelihood: 4,
    impact: 5,
    residualLikelihood: 3,
    residualImpact: 3,
    treatment: 'mitigate',
  }),
  risk('bare', { likelihood: 3, impact: 4 }),
  risk('half', { likelihood: 5, impact: 4, residualLikelihood: 2, treatment: 'mitigate' }),
  risk('accepted', { likelihood: 4, impact: 4, treatment: 'accept' }),
  risk('gone', { likelihood: 5, impact: 5, status: 'closed' }),
  risk('edge', { likelihood: 5, impact: 2 }),
];
const byId = (scores: RiskScore[], id: string) => scores.find((s) => s.id === id)!;

describe('scoreRisks', () => {
  it('scores inherent and residual risk as likelihood times impact', () => {
    expect(byId(scoresOf(REGISTER), 'controlled')).toEqual({
      id: 'controlled',
      title: 'controlled',
      owner: 'ops',
      category: 'cyber',
      status: 'open',
      inherent: { likelihood: 4, impact: 5, score: 20 },
      residual: { likelihood: 3, impact: 3, score: 9 },
      treatment: 'mitigate',
      aboveAppetite: false,
      untreatedAboveAppetite: false,
    });
  });

  it('falls back to the inherent value for each residual value not written', () => {
    const scores = scoresOf(REGISTER);
    expect(byId(scores, 'bare').residual).toEqual({ likelihood: 3, impact: 4, score: 12 });
    expect(byId(scores, 'half').residual).toEqual({ likelihood: 2, impact: 4, score: 8 });
  });

  it('is above appetite only when the residual score is strictly greater than the appetite', () => {
    const scores = scoresOf(REGISTER);
    expect(byId(scores, 'controlled').aboveAppetite).toBe(false);
    expect(byId(scores, 'edge').aboveAppetite).toBe(true);
  });

  it('flags only open, untreated risks above appetite', () => {
    expect(
      scoresOf(REGISTER)
        .filter((s) => s.untreatedAboveAppetite)
        .map((s) => s.id),
    ).toEqual(['bare', 'edge']);
    expect(byId(scoresOf(REGISTER), 'accepted')).toMatchObject({
      aboveAppetite: true,
      untreatedAboveAppetite: false,
    });
    expect(byId(scoresOf(REGISTER), 'gone')).toMatchObject({
      aboveAppetite: true,
      untreatedAboveAppetite: false,
    });
  });

  it('uses the appetite from settings', () => {
    const scores = scoresOf(REGISTER, { riskAppetite: 12 });
    expect(scores.filter((s) => s.aboveAppetite).map((s) => s.id)).toEqual(['gone', 'accepted']);
    expect(scores.some((s) => s.untreatedAboveAppetite)).toBe(false);
  });

  it('leaves treatment undefined for an untreated risk', () => {
    expect(byId(scoresOf(REGISTER), 'bare').treatment).toBeUndefined();
  });

  it('sorts by residual score, then inherent score, both descending, then id', () => {
    const scores = scoresOf([
      ...REGISTER,
      risk('also-bare', { likelihood: 4, impact: 3 }),
      risk('twin', { likelihood: 5, impact: 5, residualLikelihood: 3, residualImpact: 4 }),
    ]);
    expect(scores.map((s) => `${s.id} ${s.residual.score}/${s.inherent.score}`)).toEqual([
      'gone 25/25',
      'accepted 16/16',
      'twin 12/25',
      'also-bare 12/12',
      'bare 12/12',
      'edge 10/10',
      'controlled 9/20',
      'half 8/20',
    ]);
  });

  it('returns no scores for a model without risks', () => {
    expect(scoresOf([])).toEqual([]);
  });

  it('flags exactly the three deliberate untreated risks in the sample organisation', () => {
    const model = sampleModel();
    expect(
      scoreRisks(model)
        .filter((s) => s.untreatedAboveAppetite)
        .map((s) => s.id)
        .sort(),
    ).toEqual([
      'risk-key-person-database-lead',
      'risk-payment-provider-outage',
      'risk-sso-provider-outage',
    ]);
  });
});

describe('toHeatMap', () => {
  it('has 25 cells read top-down as a matrix: impact 5 to 1, likelihood 1 to 5', () => {
    const { cells } = toHeatMap([], 'inherent');
    expect(cells).toHaveLength(25);
    expect(cells.slice(0, 6).map((c) => `${c.likelihood}x${c.impact}=${c.score}`)).toEqual([
      '1x5=5',
      '2x5=10',
      '3x5=15',
      '4x5=20',
      '5x5=25',
      '1x4=4',
    ]);
    expect(cells.at(-1)).toEqual({ likelihood: 5, impact: 1, score: 5, riskIds: [], count: 0 });
  });

  it('places open risks by residual rating and leaves closed risks out', () => {
    const filled = toHeatMap(scoresOf(REGISTER), 'residual').cells.filter((c) => c.riskIds.length);
    expect(filled.map((c) => `${c.likelihood}x${c.impact} ${c.riskIds.join(',')}`)).toEqual([
      '2x4 half',
      '3x4 bare',
      '4x4 accepted',
      '3x3 controlled',
      '5x2 edge',
    ]);
  });

  it('places open risks by inherent rating, with ids sorted in a shared cell', () => {
    const filled = toHeatMap(scoresOf(REGISTER), 'inherent').cells.filter((c) => c.riskIds.length);
    expect(filled.map((c) => `${c.likelihood}x${c.impact} ${c.riskIds.join(',')}`)).toEqual([
      '4x5 controlled',
      '3x4 bare',
      '4x4 accepted',
      '5x4 half',
      '5x2 edge',
    ]);
    const shared = toHeatMap(
      scoresOf([
        risk('zulu', { likelihood: 2, impact: 2 }),
        risk('alpha', { likelihood: 2, impact: 2 }),
      ]),
      'inherent',
    );
    expect(shared.cells.find((c) => c.likelihood === 2 && c.impact === 2)!.riskIds).toEqual([
      'alpha',
      'zulu',
    ]);
  });

  it('counts every open risk exactly once', () => {
    const total = toHeatMap(scoresOf(REGISTER), 'residual').cells.reduce(
      (n, c) => n + c.riskIds.length,
      0,
    );
    expect(total).toBe(REGISTER.length - 1);
  });
});

describe('appetiteLine', () => {
  it('lists the cells scoring above the appetite, in matrix order', () => {
    expect(appetiteLine(9).map((c) => `${c.likelihood}x${c.impact}`)).toEqual([
      '2x5',
      '3x5',
      '4x5',
      '5x5',
      '3x4',
      '4x4',
      '5x4',
      '4x3',
      '5x3',
      '5x2',
    ]);
  });

  it('lists every cell for an appetite of zero and none for 25', () => {
    expect(appetiteLine(0)).toHaveLength(25);
    expect(appetiteLine(25)).toEqual([]);
  });

  it('agrees with aboveAppetite of the scores', () => {
    const line = new Set(appetiteLine(9).map((c) => `${c.likelihood}x${c.impact}`));
    for (const s of scoresOf(REGISTER))
      expect(line.has(`${s.residual.likelihood}x${s.residual.impact}`), s.id).toBe(s.aboveAppetite);
  });
});

describe('appetiteBands', () => {
  it('splits 1-25 into within (at most the appetite), above, and far above (twice or more)', () => {
    expect(appetiteBands(9)).toEqual([
      { band: 'within', from: 1, to: 9 },
      { band: 'above', from: 10, to: 17 },
      { band: 'far-above', from: 18, to: 25 },
    ]);
    expect(appetiteBands(4).map((b) => [b.from, b.to])).toEqual([
      [1, 4],
      [5, 7],
      [8, 25],
    ]);
  });

  it('leaves out a band that does not fit on the scale', () => {
    expect(appetiteBands(13).map((b) => b.band)).toEqual(['within', 'above']);
    expect(appetiteBands(25)).toEqual([{ band: 'within', from: 1, to: 25 }]);
    expect(appetiteBands(1).map((b) => b.band)).toEqual(['within', 'far-above']);
  });

  it('covers every score once, agreeing with bandOf and with the appetite line', () => {
    for (let appetite = 1; appetite <= 25; appetite++) {
      const bands = appetiteBands(appetite);
      for (let score = 1; score <= 25; score++) {
        const holding = bands.filter((b) => b.from <= score && score <= b.to);
        expect(
          holding.map((b) => b.band),
          `${score} at ${appetite}`,
        ).toEqual([bandOf(score, appetite)]);
      }
      const line = appetiteLine(appetite);
      expect(line.every((c) => bandOf(c.likelihood * c.impact, appetite) !== 'within')).toBe(true);
      expect(line).toHaveLength(
        appetiteLine(0).filter((c) => c.likelihood * c.impact > appetite).length,
      );
    }
  });
});
