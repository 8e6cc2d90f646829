/**
 * The shape of a standard's checklist: a requirement (what the standard asks, what in the
 * knowledge base evidences it, the rule that decides its status, and the check that applies
 * the rule), its result, and the facts every check reads. One file per standard in this
 * folder lists its requirements; the checks they share are in checks/, one subject per file.
 *
 * A check is pure: the analyses of one model in (CheckInput, computed once by `analyse`),
 * plain data out; "today" is the model's asOf. A result names records only by key (and inside
 * reasons by reference), so an edition can count what it does not name.
 */
import type { RecordKey } from '../../model/key.ts';
import type { Text } from '../../model/text.ts';
import type { AnalysisContext } from '../context.ts';
import type { ReviewItem } from '../review-due.ts';
import type { Gap } from '../gaps/index.ts';
import type { Readiness } from '../readiness.ts';
import type { RiskScore } from '../risk.ts';
import type { Coverage } from '../coverage.ts';

/**
 * Where a requirement stands: met (everything it checks passes), partly (some but not all),
 * not-met (none passes, nothing exists to check, or a blocking failure), not-applicable (the
 * knowledge base holds nothing the requirement is about, and that is no failure: no exercise
 * finding was ever raised, so none can be late).
 */
export type RequirementStatus = 'met' | 'partly' | 'not-met' | 'not-applicable';

/** Statuses, worst first: the order counts and badges are given in. */
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = [
  'not-met',
  'partly',
  'met',
  'not-applicable',
];

/** Something missing or failing: the record to fix (when one stands for it) and why. */
export interface Shortfall {
  /**
   * The record to fix. Undefined when no record stands for what is missing (no crisis
   * communication plan exists; no plan is written for a scenario).
   */
  key?: RecordKey;
  /** Why, in a short sentence or two; names records by reference. */
  reason: Text;
}

/** What a check found. */
export interface RequirementResult {
  /** Met, partly, not met or not applicable, by the requirement's rule. */
  status: RequirementStatus;
  /** The records that show the requirement is met, in key order, each once. */
  evidence: RecordKey[];
  /** What is missing or failing, blocking failures first, then in key order; one per record. */
  missing: Shortfall[];
  /** How many of the records the rule looks at pass it. */
  met: number;
  /** How many records the rule looks at (0 when there are none). */
  total: number;
  /**
   * The counts in words, naming no record: "10 of 12 tier 1-2 business functions with a
   * complete, approved and current BIA". The whole organisation's figures, in every edition.
   */
  summary: string;
}

/** What every check reads: the analyses of one model, each computed once by `analyse`. */
export interface CheckInput {
  /** The analysis context: the model, recovery figures, tiers, plan cover, exercise history. */
  ctx: AnalysisContext;
  /** The review-due list (reviews, exercises, contacts, training, findings, audits). */
  reviews: readonly ReviewItem[];
  /** Every gap. */
  gaps: readonly Gap[];
  /** Readiness per service and function. */
  readiness: Readiness;
  /** Risk scores. */
  risks: readonly RiskScore[];
  /** Scenario coverage of tier 1-2 services. */
  coverage: Coverage;
}

/** A check of the knowledge base that one or more requirements apply. */
export interface Check {
  /** What in the knowledge base evidences the requirement, in a sentence. */
  evidencedBy: string;
  /** The rule that decides the status, in words: what passes, when it is met, partly, not met. */
  rule: string;
  /** Applies the rule. */
  run(input: CheckInput): RequirementResult;
}

/** One requirement of a standard, with the check that decides where it stands. */
export interface Requirement extends Check {
  /** Stable id inside its standard, for anchors, CSV rows and tests: "8.2.2", "art-11-6". */
  id: string;
  /** The clause or article as cited: "8.2.2", "Art. 11(6)(a)", "§3.2; CP-2". */
  ref: string;
  /** A short title: "Business impact analysis". */
  title: string;
  /** What the standard asks, in one sentence of our own words (not the standard's text). */
  asks: string;
}

/** A standard and its checklist. */
export interface Standard {
  /** Stable id, the page's address: "iso-22301". */
  id: string;
  /** As it is cited: "ISO 22301:2019". */
  title: string;
  /** What it is, in a few words: "Business continuity management systems: requirements". */
  name: string;
  /** Which parts the checklist covers, and what it leaves to the auditor, in a sentence or two. */
  scope: string;
  /** Its requirements, in the standard's order. */
  requirements: readonly Requirement[];
}

/** One requirement with its result. */
export interface RequirementCheck {
  requirement: Requirement;
  result: RequirementResult;
}

/** A standard's checklist as computed for one model. */
export interface StandardChecklist {
  standard: Standard;
  /** One per requirement, in the standard's order. */
  requirements: RequirementCheck[];
  /** How many requirements have each status. */
  counts: Record<RequirementStatus, number>;
}
