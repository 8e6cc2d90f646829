/**
 * no-approved-plan: a tier 1-2 service or business function that no approved plan covers.
 * Why: a critical record without an approved plan has no agreed way to be recovered; a draft
 * or retired plan does not count, and the message names those that exist so they get approved.
 * Severity (CRITERIA): high for a tier-1 record nothing prepares for (no plan of any status, and
 * for a service no workaround or alternate either); medium for a tier-1 record with a plan
 * still to approve or a workaround, and for a tier-2 record without any plan; low for a tier-2
 * record whose plan is still to approve. Tiers from the recovery analysis, so a service a
 * tier-1 function needs is tier 1 without a declared RTO.
 * Standard: ISO 22301 8.4.4 (business continuity plans), DORA Art. 11.
 */
import { toFinding } from '../../model/finding.ts';
import { join, ref, text } from '../../model/text.ts';
import { isCriticalTier } from '../context.ts';
import type { GapOf, GapRule, GapSeverity } from '../gap.ts';

const CRITERIA =
  'High: a tier-1 service or function that no plan covers at all, and for a service no workaround or alternate either. Medium: a tier-1 record whose plan is still a draft, or that has a workaround; a tier-2 record without any plan. Low: a tier-2 record whose plan is still to approve.';

/** The no-approved-plan rule: tier 1-2 services and functions no approved plan covers. */
export const noApprovedPlan: GapRule<'no-approved-plan'> = {
  id: 'no-approved-plan',
  criteria: CRITERIA,
  find(ctx) {
    const gaps: GapOf<'no-approved-plan'>[] = [];
    for (const x of ctx.recovery.nodes) {
      const { tier } = x;
      if (tier === undefined || !isCriticalTier(tier) || ctx.approvedPlansOf(x.key).length > 0)
        continue;
      const others = ctx.otherPlansOf(x.key);
      const field = x.kind === 'services' ? 'services' : 'functions';
      const noun = x.kind === 'services' ? 'service' : 'function';
      const subject = ref(x.key);
      const prepared = others.length > 0 || (x.kind === 'services' && ctx.hasAlternate(x.key));
      const severity: GapSeverity =
        tier === 1 ? (prepared ? 'medium' : 'high') : others.length > 0 ? 'low' : 'medium';
      gaps.push(
        toFinding({
          key: x.key,
          rule: 'no-approved-plan',
          severity,
          message: text`Tier ${tier} ${noun} ${subject} is not covered by any approved plan${
            others.length > 0
              ? text`; only by ${join(others.map((p) => text`${ref(p.key)} (${p.data.status})`))}`
              : ''
          }.`,
          fix:
            others.length > 0
              ? text`Get ${join(others.map((p) => ref(p.key)))} reviewed and approved (status: approved), or add ${subject} to the covers.${field} of an approved plan.`
              : text`Write a plan that lists ${subject} under covers.${field} and get it approved (status: approved).`,
        }),
      );
    }
    return gaps;
  },
};
