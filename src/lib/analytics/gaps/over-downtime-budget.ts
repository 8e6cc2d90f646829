/**
 * over-downtime-budget: a service whose real downtime in the 365 days up to asOf exceeds the
 * budget its availability target allows (availability.ts).
 * Why: the target is what the business was promised; once the year's budget is spent, every
 * further outage breaks the promise, so the causes (the incidents' findings) need fixing first.
 * Severity (CRITERIA): high for tier 1, or any service down for twice its budget or more;
 * medium for tier 2; low otherwise.
 * Standard: ITIL 4 availability management; ISO 22301 9.1 (monitoring against objectives);
 * DORA Art. 11(6).
 */
import { formatDuration as fd } from '../../schema/duration.ts';
import { toFinding } from '../../model/finding.ts';
import { ref, text } from '../../model/text.ts';
import type { GapOf, GapRule, GapSeverity } from '../gap.ts';
import { listSome, plural } from '../gap.ts';

const CRITERIA =
  'High: a tier-1 service, or any service down for twice its yearly budget or more. Medium: a tier-2 service. Low: otherwise.';

/** A budget of minutes as people read it: "52.6m" below an hour, else the duration ("4h 23m"). */
export const formatBudget = (minutes: number): string =>
  minutes < 60 ? `${Math.round(minutes * 10) / 10}m` : fd(Math.round(minutes));

/** The over-downtime-budget rule: services down for longer than their availability target allows in the last year. */
export const overDowntimeBudget: GapRule<'over-downtime-budget'> = {
  id: 'over-downtime-budget',
  criteria: CRITERIA,
  find(ctx) {
    const gaps: GapOf<'over-downtime-budget'>[] = [];
    for (const a of ctx.availability.services) {
      if (!a.overBudget || a.target === undefined || a.year.budget === undefined) continue;
      const tier = ctx.tierOf(a.key);
      const severity: GapSeverity =
        tier === 1 || a.year.downtime >= 2 * a.year.budget ? 'high' : tier === 2 ? 'medium' : 'low';
      gaps.push(
        toFinding({
          key: a.key,
          rule: 'over-downtime-budget',
          severity,
          message: text`${ref(a.key)} was down for ${formatBudget(a.year.downtime)} in the last 365 days in ${plural(a.incidents.length, 'incident')} (${listSome(a.incidents.map(ref))}): availability ${a.year.achieved} % against a target of ${a.target} %, which allows ${formatBudget(a.year.budget)} a year.`,
          fix: text`Close the lessons learned of those incidents, remove the cause (redundancy, safer changes, faster restore), or agree a lower availability target with the business and record it in ${a.targetSource === 'service' ? 'the service' : 'organisation.yaml (availability.byTier)'}.`,
        }),
      );
    }
    return gaps;
  },
};
