/**
 * Continuity gaps (docs/domain.md §10): what is missing or broken in the continuity programme,
 * each gap naming the record to fix, what is wrong with the figures, and how to fix it. One
 * rule per file in this folder (its header says what it finds, why, and the standard behind
 * it), registered once in GAP_RULES. Overdue and never-done reviews are not repeated here:
 * review-due lists them. Scenario coverage is in coverage.ts.
 *
 * Guarantees: pure and deterministic (asOf from the model, never the clock); one gap per rule
 * and record, except role-without-alternate (one per role of the team) and
 * plan-channel-depends-on-recovery (one per channel of the plan); a total, stable order
 * (severity, rule in GAP_RULES order, key, message as formatted with ids); every record a
 * gap's texts name is a record of the model.
 * Complexity: O(records + references + exercise results) plus the impact enumeration of the
 * plans' covered services and of every service, vendor and location (O(nodes x bits / 32)
 * each, see graph/impact.ts), plus O(g log g) to sort g gaps.
 * Reference: ISO 22301 8.3-8.5, DORA Art. 11 and 28, NIST SP 800-34 3.4; docs/domain.md §10.
 */
import { must } from '../../model/internal.ts';
import { formatText } from '../../model/text.ts';
import type { AnalysisContext } from '../context.ts';
import { GAP_SEVERITIES, type GapOf, type GapSeverity } from '../gap.ts';
import { noApprovedPlan } from './no-approved-plan.ts';
import { targetNotMetInExercise } from './target-not-met-in-exercise.ts';
import { targetUnreachable } from './target-unreachable.ts';
import { untreatedRisk } from './untreated-risk.ts';
import { vendorWithoutExit } from './vendor-without-exit.ts';
import { roleWithoutAlternate } from './role-without-alternate.ts';
import { personInManyRoles } from './person-in-many-roles.ts';
import { planChannelDependsOnRecovery } from './plan-channel-depends-on-recovery.ts';
import { singlePointOfFailure } from './single-point-of-failure.ts';
import { overDowntimeBudget } from './over-downtime-budget.ts';

export { GAP_SEVERITIES, type GapSeverity };

/** Every rule, in the order gaps of equal severity are listed. */
export const GAP_RULES = [
  noApprovedPlan,
  targetNotMetInExercise,
  targetUnreachable,
  overDowntimeBudget,
  untreatedRisk,
  vendorWithoutExit,
  roleWithoutAlternate,
  personInManyRoles,
  planChannelDependsOnRecovery,
  singlePointOfFailure,
] as const;

/** The id of a gap rule ("untreated-risk"). */
export type GapRuleId = (typeof GAP_RULES)[number]['id'];

/** One gap: the record to fix (key), the rule, how severe, what is wrong and how to fix it. */
export type Gap = GapOf<GapRuleId>;

/** The ids of GAP_RULES, in order. */
export const GAP_RULE_IDS: readonly GapRuleId[] = GAP_RULES.map((r) => r.id);

const RULE_RANK = new Map<string, number>(GAP_RULE_IDS.map((id, i) => [id, i]));
const SEVERITY_RANK = new Map<string, number>(GAP_SEVERITIES.map((s, i) => [s, i]));

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
const compareWithinRule = (a: Gap, b: Gap) =>
  cmp(a.key, b.key) || cmp(formatText(a.message), formatText(b.message));

/**
 * Sorts gaps by severity, rule, key and message: one bucket per severity and rule, each
 * sorted by key and message unless it already is (most rules find gaps in key order).
 */
function sortGaps(gaps: Gap[]): Gap[] {
  const buckets: Gap[][] = Array.from(
    { length: GAP_SEVERITIES.length * GAP_RULES.length },
    () => [],
  );
  for (const g of gaps) {
    const severity = must(SEVERITY_RANK.get(g.severity), 'the rank of a gap severity');
    const rule = must(RULE_RANK.get(g.rule), 'the rank of a gap rule');
    buckets[severity * GAP_RULES.length + rule].push(g);
  }
  const out: Gap[] = [];
  for (const bucket of buckets) {
    if (bucket.some((g, j) => j > 0 && compareWithinRule(bucket[j - 1], g) > 0))
      bucket.sort(compareWithinRule);
    for (const g of bucket) out.push(g);
  }
  return out;
}

/**
 * Finds every gap of the context's model: every rule of GAP_RULES, in order.
 *
 * Order: severity (high, medium, low), then rule (GAP_RULES order), then key, then message.
 */
export function findGaps(ctx: AnalysisContext): Gap[] {
  const gaps: Gap[] = [];
  for (const rule of GAP_RULES) for (const g of rule.find(ctx)) gaps.push(g);
  return sortGaps(gaps);
}
