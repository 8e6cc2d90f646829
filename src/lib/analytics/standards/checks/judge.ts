/**
 * What every check shares: judging a population of records one by one (each passes, or fails
 * with reasons) into a requirement's result by the one status rule, and the small lookups the
 * checks read from the analyses (late review items per record, gaps per record, the approved
 * plans for tier 1-2 records).
 *
 * The status rule (judge): met when every record judged passes; partly when some do and some
 * do not; not met when none does, or when a blocking failure is given; with nothing to judge,
 * what the check says (`empty`): usually not met (nothing exists that could show it), not
 * applicable where truly so.
 *
 * Guarantees: pure and deterministic; evidence in key order, each key once; shortfalls one per
 * record (its reasons joined in the order found), blocking ones first, then in key order, then
 * those naming no record; lookups are built once per input and shared.
 * Complexity: judge O(n log n) for n judged records; the indexes O(review items + gaps + plans).
 */
import type { Entry } from '../../../model/model.ts';
import { keyOf, type RecordKey } from '../../../model/key.ts';
import { join, text, type Text } from '../../../model/text.ts';
import { isLate, type ReviewCheck, type ReviewItem } from '../../review-due.ts';
import type { Gap, GapRuleId } from '../../gaps/index.ts';
import type {
  CheckInput,
  RequirementResult,
  RequirementStatus,
  Shortfall,
} from '../requirement.ts';

/** One record judged: passes when it has no reasons to fail. */
export interface Judged {
  /** The record judged (for a finding: its exercise). */
  key: RecordKey;
  /** Why it fails, each a short phrase ("no stand-down criteria (standDown)"); empty when it passes. */
  reasons: Text[];
}

/** How to word and decide a result besides the counts. */
export interface JudgeOptions {
  /** What is counted, after "N of M": "tier 1-2 business functions with a complete, approved and current BIA". */
  what: string;
  /** With nothing to judge: the status and what to say instead of the counts. */
  empty: { status: RequirementStatus; summary: string };
  /** Failures that make the requirement not met whatever else passes, listed first. */
  blocking?: readonly Shortfall[];
  /** Failures that name no record (a scenario no plan is written for), listed last; each counts as one record judged. */
  unkeyed?: readonly { passes: boolean; reason: Text; evidence?: readonly RecordKey[] }[];
}

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

/** A phrase without the full stop it may end with (a gap's message is a sentence of its own). */
function withoutStop(t: Text): Text {
  const last = t[t.length - 1];
  return typeof last === 'string' && last.endsWith('.')
    ? [...t.slice(0, -1), last.slice(0, -1)]
    : t;
}

/**
 * Phrases as one sentence: each without its own full stop, joined by "; ", the first letter
 * capitalised, one full stop at the end.
 */
export function toSentence(phrases: readonly Text[]): Text {
  const t = join(phrases.map(withoutStop), '; ');
  const first = t[0];
  const head =
    typeof first === 'string' ? [first.charAt(0).toUpperCase() + first.slice(1), ...t.slice(1)] : t;
  return text`${head}.`;
}

/** The result of judging `items` (one or more per record) by the status rule in the header. */
export function judge(items: readonly Judged[], o: JudgeOptions): RequirementResult {
  const failing = new Map<RecordKey, Text[]>();
  const passing = new Set<RecordKey>();
  let met = 0;
  for (const item of items) {
    if (item.reasons.length === 0) {
      met++;
      passing.add(item.key);
      continue;
    }
    const reasons = failing.get(item.key);
    if (reasons) reasons.push(...item.reasons);
    else failing.set(item.key, [...item.reasons]);
  }
  const evidence = new Set([...passing].filter((k) => !failing.has(k)));
  const unkeyed = o.unkeyed ?? [];
  for (const u of unkeyed) {
    if (u.passes) met++;
    for (const k of u.evidence ?? []) evidence.add(k);
  }
  const total = items.length + unkeyed.length;
  const blocking = o.blocking ?? [];
  const missing: Shortfall[] = [
    ...blocking,
    ...[...failing]
      .sort(([a], [b]) => cmp(a, b))
      .map(([key, reasons]) => ({ key, reason: toSentence(reasons) })),
    ...unkeyed.filter((u) => !u.passes).map((u) => ({ reason: u.reason })),
  ];
  const status: RequirementStatus =
    total === 0
      ? blocking.length > 0
        ? 'not-met'
        : o.empty.status
      : blocking.length > 0 || met === 0
        ? 'not-met'
        : met === total
          ? 'met'
          : 'partly';
  return {
    status,
    evidence: [...evidence].sort(cmp),
    missing,
    met,
    total,
    summary: total === 0 ? o.empty.summary : `${met} of ${total} ${o.what}`,
  };
}

/** Per input, the late review items by check and record, and the gaps by rule and record. */
interface Indexes {
  late: Map<string, ReviewItem[]>;
  items: Map<string, ReviewItem[]>;
  gaps: Map<string, Gap[]>;
}
const INDEXES = new WeakMap<CheckInput, Indexes>();

function indexesOf(input: CheckInput): Indexes {
  let ix = INDEXES.get(input);
  if (!ix) {
    ix = { late: new Map(), items: new Map(), gaps: new Map() };
    const add = <T>(m: Map<string, T[]>, k: string, v: T) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const r of input.reviews) {
      add(ix.items, `${r.check} ${r.key}`, r);
      if (isLate(r)) add(ix.late, `${r.check} ${r.key}`, r);
    }
    for (const g of input.gaps) add(ix.gaps, `${g.rule} ${g.key}`, g);
    INDEXES.set(input, ix);
  }
  return ix;
}

/** The review items of `check` for `key` that are late (overdue or never done), in list order. */
export const lateItems = (input: CheckInput, check: ReviewCheck, key: RecordKey): ReviewItem[] =>
  indexesOf(input).late.get(`${check} ${key}`) ?? [];

/** Every review item of `check` for `key`, late or not, in list order. */
export const reviewItems = (input: CheckInput, check: ReviewCheck, key: RecordKey): ReviewItem[] =>
  indexesOf(input).items.get(`${check} ${key}`) ?? [];

/** The gaps of `rule` about `key`, in list order. */
export const gapsOf = (input: CheckInput, rule: GapRuleId, key: RecordKey): Gap[] =>
  indexesOf(input).gaps.get(`${rule} ${key}`) ?? [];

/**
 * Why a late review item fails, as a phrase: for a review "never reviewed (lastReviewed)" or
 * "review overdue since 2026-03-18"; for another check `what` "never done" or "overdue since".
 */
export function lateReason(item: ReviewItem, what: string): Text {
  if (item.status === 'never' || item.due === undefined)
    return what === 'review' ? ['never reviewed (lastReviewed)'] : text`${what} never done`;
  return text`${what} overdue since ${item.due}`;
}

/** True for a plan that covers a tier 1-2 service or function. */
export function coversCritical(input: CheckInput, plan: Entry<'plans'>): boolean {
  const { ctx } = input;
  return (
    plan.data.covers.services.some((id) => ctx.isCritical(keyOf('services', id))) ||
    plan.data.covers.functions.some((id) => ctx.isCritical(keyOf('bia', id)))
  );
}

/** The approved plans covering a tier 1-2 service or function, in id order. */
export const criticalPlans = (input: CheckInput): Entry<'plans'>[] =>
  input.ctx.model.byKind.plans.filter(
    (p) => p.data.status === 'approved' && coversCritical(input, p),
  );

/** The tier 1-2 services and functions of the recovery analysis, in its order (functions, then services). */
export const criticalNodes = (input: CheckInput) =>
  input.ctx.recovery.nodes.filter((x) => input.ctx.isCritical(x.key));
