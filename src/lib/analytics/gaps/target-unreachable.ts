/**
 * target-unreachable: a service or function whose achievable RTO after a wide outage is beyond
 * its target RTO (rto.gap > 0), with the bottleneck path that decides it.
 * Why: the dependencies must be back before the record can be, so a target the chain of
 * restores cannot meet will be missed in a real outage whatever the plan says.
 * Severity: high for tier 1, medium otherwise.
 * Standard: ISO 22301 8.3 (strategies that meet the recovery objectives), NIST SP 800-34 3.4.
 */
import { formatDuration as fd } from '../../schema/duration.ts';
import { toFinding } from '../../model/finding.ts';
import { pathText, ref, text } from '../../model/text.ts';
import type { GapOf, GapRule } from '../gap.ts';

/** The same for every gap of the rule: made once (a text is never modified). */
const FIX = text`Shorten the slowest restores on the bottleneck path (standby capacity, automation, measured and rehearsed times), make a dependency soft with a workaround, or agree a looser target with the business.`;

/** The target-unreachable rule: services and functions that cannot be back within their target RTO after a wide outage. */
export const targetUnreachable: GapRule<'target-unreachable'> = {
  id: 'target-unreachable',
  find(ctx) {
    const gaps: GapOf<'target-unreachable'>[] = [];
    for (const x of ctx.recovery.nodes) {
      if (x.rto.gap === undefined || x.rto.gap <= 0) continue;
      gaps.push(
        toFinding({
          key: x.key,
          rule: 'target-unreachable',
          severity: x.tier === 1 ? 'high' : 'medium',
          message: text`After a wide outage ${ref(x.key)} can be back in ${fd(x.rto.achievable)}, ${fd(x.rto.gap)} beyond its target RTO of ${fd(x.rto.target)}; bottleneck: ${pathText(x.rto.bottleneck)}.`,
          fix: FIX,
        }),
      );
    }
    return gaps;
  },
};
