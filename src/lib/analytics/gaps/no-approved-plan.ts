/**
 * no-approved-plan: a tier 1-2 service or business function that no approved plan covers.
 * Why: a critical record without an approved plan has no agreed way to be recovered; a draft
 * or retired plan does not count, and the message names those that exist so they get approved.
 * Severity: high for tier 1, medium for tier 2. Tiers from the recovery analysis, so a service
 * a tier-1 function needs is tier 1 without a declared RTO.
 * Standard: ISO 22301 8.4.4 (business continuity plans), DORA Art. 11.
 */
import { toFinding } from '../../model/finding.ts';
import { join, ref, text } from '../../model/text.ts';
import { isCriticalTier } from '../context.ts';
import type { GapOf, GapRule } from '../gap.ts';

/** The no-approved-plan rule: tier 1-2 services and functions no approved plan covers. */
export const noApprovedPlan: GapRule<'no-approved-plan'> = {
  id: 'no-approved-plan',
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
      gaps.push(
        toFinding({
          key: x.key,
          rule: 'no-approved-plan',
          severity: tier === 1 ? 'high' : 'medium',
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
