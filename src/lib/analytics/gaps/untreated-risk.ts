/**
 * untreated-risk: an open risk whose residual score is above the risk appetite and that has
 * no treatment recorded.
 * Why: a risk above appetite needs a decision (mitigate, accept, transfer or avoid); without
 * one it is neither controlled nor knowingly accepted.
 * Severity (CRITERIA): high when the residual score is far above the appetite (twice it or
 * more, the heat map's top band) or its residual impact is the top of the scale (5); medium
 * otherwise.
 * Standard: ISO 31000 6.5 (risk treatment), ISO 22301 8.2.3.
 */
import { toFinding } from '../../model/finding.ts';
import { text } from '../../model/text.ts';
import { bandOf, isUntreatedAboveAppetite, residualOf } from '../risk.ts';
import type { GapOf, GapRule } from '../gap.ts';

const CRITERIA =
  "High: the residual score is far above the appetite (twice it or more, the heat map's top band), or its residual impact is 5, the top of the scale. Medium: any other untreated risk above the appetite.";

/** The same for every gap of the rule: made once (a text is never modified). */
const FIX = text`Decide a treatment (mitigate, accept, transfer or avoid) with the risk owner, record it in treatment, and link the controlling plans or policies in mitigatedBy.`;

/** The untreated-risk rule: open risks above appetite without a treatment. */
export const untreatedRisk: GapRule<'untreated-risk'> = {
  id: 'untreated-risk',
  criteria: CRITERIA,
  find(ctx) {
    const appetite = ctx.model.settings.riskAppetite;
    const gaps: GapOf<'untreated-risk'>[] = [];
    for (const r of ctx.model.byKind.risks) {
      if (!isUntreatedAboveAppetite(r.data, appetite)) continue;
      const residual = residualOf(r.data);
      gaps.push(
        toFinding({
          key: r.key,
          rule: 'untreated-risk',
          severity:
            bandOf(residual.score, appetite) === 'far-above' || residual.impact === 5
              ? 'high'
              : 'medium',
          message: text`Residual risk ${residual.score} (likelihood ${residual.likelihood} x impact ${residual.impact}) is above the appetite of ${appetite} and no treatment is recorded.`,
          fix: FIX,
        }),
      );
    }
    return gaps;
  },
};
