/**
 * Check of a policy of one topic (continuity, backup, ...): approved, in force, with measurable
 * objectives, reviewed on its cycle. The topic is the policy's `topic` field; review status
 * from review-due.
 * Reference: ISO 22301 5.2, DORA Art. 11(1) and 12(1), RTS 2024/1774 Art. 24, NIST SP 800-34
 * §3.1 (SP 800-53 CP-1).
 */
import { text, type Text } from '../../../model/text.ts';
import type { Policy } from '../../../schema/policy.ts';
import type { Check } from '../requirement.ts';
import { judge, lateItems, lateReason } from './judge.ts';

/** A policy topic (the `topic` field of a policy), and how texts call it. */
type Topic = NonNullable<Policy['topic']>;

/**
 * policy-in-force (per topic). Looks at every policy of `topic` that is not retired. One passes
 * when it is approved (status approved, approvedBy and approvedOn), in force (effectiveFrom, if
 * set, not after asOf), sets measurable objectives (objectives) and its review is not overdue or
 * never done. Met when all pass, partly when some do, not met when none does or no policy has the
 * topic.
 */
export function policyInForce(topic: Topic, name: string): Check {
  return {
    evidencedBy: `The ${name} (a policy with topic: ${topic}): status, approvedBy and approvedOn, effectiveFrom, objectives and review date.`,
    rule: `A policy with topic ${topic} must exist; every one that is not retired needs to be approved (status, approvedBy, approvedOn), in force (effectiveFrom not after today), to set objectives and to be reviewed within its cycle. Met: all of them; partly: some; not met: none, or no such policy.`,
    run(input) {
      const { asOf } = input.ctx.model;
      const judged = input.ctx.model.byKind.policies
        .filter((p) => p.data.topic === topic && p.data.status !== 'retired')
        .map((p) => {
          const d = p.data;
          const reasons: Text[] = [];
          if (d.status !== 'approved') reasons.push([`${d.status}, not approved (status)`]);
          else if (d.approvedBy === undefined || d.approvedOn === undefined)
            reasons.push(['no approver or approval date (approvedBy, approvedOn)']);
          if (d.effectiveFrom !== undefined && d.effectiveFrom > asOf)
            reasons.push(text`not in force until ${d.effectiveFrom} (effectiveFrom)`);
          if (d.objectives.length === 0) reasons.push(['sets no objectives (objectives)']);
          for (const item of lateItems(input, 'review', p.key))
            reasons.push(lateReason(item, 'review'));
          return { key: p.key, reasons };
        });
      return judge(judged, {
        what: `policies with topic ${topic} approved, in force and reviewed on cycle`,
        empty: {
          status: 'not-met',
          summary: `No policy has topic: ${topic} (write the ${name}, or set topic on it)`,
        },
      });
    },
  };
}
