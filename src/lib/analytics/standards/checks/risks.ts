/**
 * Check of the risk assessment: open risks scored, those above appetite treated, reviewed on
 * their cycle. Scores and the appetite come from the risk analysis (risk.ts), review status
 * from review-due.
 * Reference: ISO 22301 8.2.3; ISO 31000 risk evaluation and treatment.
 */
import { keyOf } from '../../../model/key.ts';
import { text, type Text } from '../../../model/text.ts';
import type { Check } from '../requirement.ts';
import { judge, lateItems, lateReason } from './judge.ts';

/**
 * risks-treated. Looks at every open risk. One passes when it is not above the appetite with
 * no treatment chosen (residual score over settings.riskAppetite and no `treatment`) and its
 * review is not overdue or never done. Met when all pass, partly when some do, not met when
 * none does or no open risk is recorded.
 */
export const risksTreated: Check = {
  evidencedBy:
    'The risk register (risks/): inherent and residual likelihood and impact, the treatment chosen and what mitigates it, and each risk’s review date.',
  rule: 'Every open risk is scored (inherent and residual); one above the risk appetite needs a treatment, and every open risk a review that is not overdue. Met: all open risks; partly: some; not met: none, or no open risk recorded.',
  run(input) {
    const { ctx, risks } = input;
    const appetite = ctx.model.settings.riskAppetite;
    const judged = risks
      .filter((r) => r.status === 'open')
      .map((r) => {
        const key = keyOf('risks', r.id);
        const reasons: Text[] = [];
        if (r.untreatedAboveAppetite)
          reasons.push(
            text`residual score ${r.residual.score} is above the appetite of ${appetite} and no treatment is chosen (treatment)`,
          );
        for (const item of lateItems(input, 'review', key))
          reasons.push(lateReason(item, 'review'));
        return { key, reasons };
      });
    return judge(judged, {
      what: 'open risks treated where above appetite and reviewed on cycle',
      empty: { status: 'not-met', summary: 'No open risk is recorded' },
    });
  },
};
