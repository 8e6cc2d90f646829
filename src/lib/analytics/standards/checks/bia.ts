/**
 * Checks of the business impact analyses: each business function's BIA complete, approved and
 * current; the recovery objectives set per function. Tiers, the derived MTPD and review status
 * come from the recovery analysis and review-due; nothing is recomputed here.
 * Reference: ISO 22301 8.2.2, DORA Art. 11(5) and 12(6), NIST SP 800-34 §3.2.
 */
import { keyOf } from '../../../model/key.ts';
import type { Text } from '../../../model/text.ts';
import type { NodeRecovery } from '../../recovery.ts';
import type { Check } from '../requirement.ts';
import { judge, lateItems, lateReason, type Judged } from './judge.ts';

const NO_BIA = { status: 'not-met' as const, summary: 'No business function has a BIA record' };

/**
 * bia-complete. Looks at every business function in tier 1-2, and every function with no tier
 * (no RTO, so its priority is not decided). One passes when its BIA has an impact table, an
 * RTO, an MTPD (declared, or derived from the impact table), an approver and approval date, and
 * a review that is not overdue or never done. Met when all pass, partly when some do, not met
 * when none does or there is no BIA at all; not applicable when BIAs exist and none is in tier
 * 1-2 or untiered.
 */
export const biaComplete: Check = {
  evidencedBy:
    'The BIA record of each business function (bia/): its impact table, RTO and MTPD, approvedBy and approvedOn, and its review date.',
  rule: 'Every business function in tier 1-2, and every function without an RTO (its tier is not decided), needs an impact table, an RTO, an MTPD (declared or derived from the impacts), an approval (approvedBy, approvedOn) and a review that is not overdue. Met: all of them; partly: some; not met: none, or no BIA at all.',
  run(input) {
    const { ctx } = input;
    const fns = ctx.recovery.nodes.filter((x) => x.kind === 'bia');
    const judged: Judged[] = fns
      .filter((x) => x.tier === undefined || ctx.isCritical(x.key))
      .map((x) => {
        const d = ctx.model.index.get(x.key)?.data as
          | {
              impacts?: Record<string, unknown>;
              rto?: number;
              mtpd?: number;
              approvedBy?: string;
              approvedOn?: string;
            }
          | undefined;
        const reasons: Text[] = [];
        if (Object.keys(d?.impacts ?? {}).length === 0) reasons.push(['no impact table (impacts)']);
        if (d?.rto === undefined) reasons.push(['no RTO, so no tier (rto)']);
        if (d?.mtpd === undefined && x.derivedMtpd === undefined)
          reasons.push(['no MTPD, declared or derived from the impacts (mtpd)']);
        if (d?.approvedBy === undefined || d?.approvedOn === undefined)
          reasons.push(['not approved (approvedBy, approvedOn)']);
        for (const r of lateItems(input, 'review', x.key)) reasons.push(lateReason(r, 'review'));
        return { key: x.key, reasons };
      });
    return judge(judged, {
      what: 'tier 1-2 or untiered business functions with a complete, approved and current BIA',
      empty:
        fns.length === 0
          ? NO_BIA
          : { status: 'not-applicable', summary: 'No business function is in tier 1 or 2' },
    });
  },
};

/**
 * What one function lacks of its objectives: RTO and RPO, and with `mtpd` the MTPD (declared or
 * derived from the impact table).
 */
function missingObjectives(
  x: NodeRecovery,
  data: { rto?: number; rpo?: number; mtpd?: number } | undefined,
  mtpd: boolean,
): Text[] {
  const out: Text[] = [];
  if (data?.rto === undefined) out.push(['no RTO (rto)']);
  if (data?.rpo === undefined) out.push(['no RPO (rpo)']);
  if (mtpd && data?.mtpd === undefined && x.derivedMtpd === undefined)
    out.push(['no MTPD, declared or derived from the impacts (mtpd)']);
  return out;
}

/**
 * objectives-set (with or without the MTPD). Looks at every business function. One passes when
 * its BIA declares an RTO and an RPO, and (with `mtpd`) has an MTPD, declared or derived from
 * its impact table. Met when all pass, partly when some do, not met when none does or there is
 * no BIA.
 */
export function objectivesSet(options: { mtpd: boolean }): Check {
  const what = options.mtpd ? 'an MTPD, an RTO and an RPO' : 'an RTO and an RPO';
  return {
    evidencedBy: `The BIA record of each business function (bia/): ${options.mtpd ? 'mtpd (or the impact table it is derived from), ' : ''}rto and rpo.`,
    rule: `Every business function needs ${what}${options.mtpd ? ' (the MTPD declared or derived from its impact table)' : ''}. Met: all functions; partly: some; not met: none, or no BIA at all.`,
    run(input) {
      const { ctx } = input;
      const judged = ctx.recovery.nodes
        .filter((x) => x.kind === 'bia')
        .map((x) => ({
          key: x.key,
          reasons: missingObjectives(
            x,
            ctx.model.index.get(keyOf('bia', x.id))?.data as { rto?: number } | undefined,
            options.mtpd,
          ),
        }));
      return judge(judged, { what: `business functions with ${what}`, empty: NO_BIA });
    },
  };
}
