/**
 * The shape of a gap and of a gap rule, and what rules share to write their messages. The
 * rules are in gaps/, one per file, registered in gaps/index.ts (GAP_RULES).
 */
import type { Finding } from '../model/finding.ts';
import { join, text, type Ref, type Text } from '../model/text.ts';
import type { AnalysisContext } from './context.ts';

/**
 * How urgent a gap is. High is the few things to fix this week: a tier-1 business function
 * that will miss its target badly, a failure that stops most of the business, something
 * nothing prepares for. Medium is this quarter's work; low is known and tolerable for now.
 * Each rule states its criteria (GapRule.criteria), from the tier of what is affected, how far
 * a target is missed, and whether a workaround, substitute or plan exists.
 */
export type GapSeverity = 'high' | 'medium' | 'low';

/** Severities, most urgent first: the primary sort order of the list. */
export const GAP_SEVERITIES: readonly GapSeverity[] = ['high', 'medium', 'low'];

/** A gap found by the rule `Id`: the record to fix, what is wrong and how to fix it. */
export type GapOf<Id extends string> = Finding<GapSeverity, Id>;

/** One gap rule: its id (the file name) and the gaps it finds in a context. */
export interface GapRule<Id extends string = string> {
  /** Stable id, for tests, filters and page anchors ("untreated-risk"). */
  readonly id: Id;
  /** How it decides a gap's severity, as the gaps page says it: "High: ... Medium: ... Low: ...". */
  readonly criteria: string;
  /** Every gap of this rule, one per record (or per role, per channel: see the rule). */
  find(ctx: AnalysisContext): GapOf<Id>[];
}

/** The most records one message lists; the record's page and API document list them all. */
export const LISTED = 10;

/** At most LISTED of `items`, then how many more of `total`: keeps a message short however much one record affects. */
export function listSome(items: readonly (Ref | Text | string)[], total = items.length): Text {
  const shown = items.slice(0, LISTED);
  return total > shown.length ? text`${join(shown)} and ${total - shown.length} more` : join(shown);
}

/** "1 tier-1 function", "2 tier-1 functions". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
