/**
 * target-unreachable: a service or function whose achievable RTO after a wide outage is beyond
 * its target RTO (rto.gap > 0), with the bottleneck path that decides it.
 * Why: the dependencies must be back before the record can be, so a target the chain of
 * restores cannot meet will be missed in a real outage whatever the plan says.
 * Severity (CRITERIA): a business function is high when it is tier 1 and misses its target by
 * half of it or more, or cannot be back within its MTPD (declared, else derived from its impact
 * table); medium for any other tier-1 miss, or a lower tier missing by its target or more; low
 * otherwise. A service's miss shows in the functions that need it, which carry the business
 * severity: a service is medium when it misses by its target or more, low otherwise.
 * Standard: ISO 22301 8.3 (strategies that meet the recovery objectives), NIST SP 800-34 3.4.
 */
import { formatDuration as fd } from '../../schema/duration.ts';
import { toFinding } from '../../model/finding.ts';
import { pathText, ref, text } from '../../model/text.ts';
import type { NodeRecovery } from '../recovery.ts';
import type { GapOf, GapRule, GapSeverity } from '../gap.ts';

const CRITERIA =
  'Business functions: high when tier 1 and the target RTO is missed by half of it or more, or the function cannot be back within its MTPD; medium for any other tier-1 miss, or a lower tier missing by its target or more; low otherwise. Services: the functions that need them carry the business severity, so medium when the target is missed by its own length or more (twice as long), low otherwise.';

/** The severity of a miss (gap > 0, target defined); `mtpd` of a function. */
function severityOf(x: NodeRecovery, mtpd: number | undefined): GapSeverity {
  const { gap = 0, target = 0, achievable = 0 } = x.rto;
  if (x.kind === 'services') return gap >= target ? 'medium' : 'low';
  if (mtpd !== undefined && achievable > mtpd) return 'high';
  if (x.tier === 1) return gap >= target / 2 ? 'high' : 'medium';
  return gap >= target ? 'medium' : 'low';
}

/** The same for every gap of the rule: made once (a text is never modified). */
const FIX = text`Shorten the slowest restores on the bottleneck path (standby capacity, automation, measured and rehearsed times), make a dependency soft with a workaround, or agree a looser target with the business.`;

/** The target-unreachable rule: services and functions that cannot be back within their target RTO after a wide outage. */
export const targetUnreachable: GapRule<'target-unreachable'> = {
  id: 'target-unreachable',
  criteria: CRITERIA,
  find(ctx) {
    const gaps: GapOf<'target-unreachable'>[] = [];
    for (const x of ctx.recovery.nodes) {
      if (x.rto.gap === undefined || x.rto.gap <= 0) continue;
      const declared = (ctx.model.index.get(x.key)?.data as { mtpd?: number } | undefined)?.mtpd;
      gaps.push(
        toFinding({
          key: x.key,
          rule: 'target-unreachable',
          severity: severityOf(x, declared ?? x.derivedMtpd),
          message: text`After a wide outage ${ref(x.key)} can be back in ${fd(x.rto.achievable)}, ${fd(x.rto.gap)} beyond its target RTO of ${fd(x.rto.target)}; bottleneck: ${pathText(x.rto.bottleneck)}.`,
          fix: FIX,
        }),
      );
    }
    return gaps;
  },
};
