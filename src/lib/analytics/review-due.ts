/**
 * What is due for review: every recurring check of the continuity programme, with its due date
 * and status relative to `model.asOf` (never the clock), grouped by owning team.
 *
 * Checks (DOMAIN.md item 9):
 * - review: records with review fields (services, bia, plans, policies, risks, teams, vendors,
 *   locations, guides), due `reviewEvery` (or settings.review.defaultEveryMonths) months after
 *   `lastReviewed`. Retired services, plans and policies and closed risks are left out.
 * - exercise: approved plans covering a tier 1-2 service or function, due
 *   settings.review.exerciseEveryMonths after the latest completed exercise of the plan dated
 *   on or before asOf (DORA Art. 11(6), ISO 22301 8.5).
 * - contact: people, due settings.review.contactVerifyMonths after `contactVerified`.
 * - training: each person and subject, due settings.review.trainingRefreshMonths after the
 *   latest completion.
 * - finding: open or in-progress exercise findings that have a due date.
 * - audit: vendors, due `auditEvery` months after `lastAudit` (DORA Art. 28).
 *
 * Guarantees: pure and deterministic; month arithmetic clamps to the month end (Jan 31 + 1
 * month = Feb 28); the list has a total, stable order (see `listReviewsDue`).
 * Complexity: O(records + training entries + findings + exercises x plans referenced), plus
 * O(n log n) to sort the n items.
 */
import { KINDS, type Kind } from '../schema/index.ts';
import { addDays, addMonths, daysBetween } from '../schema/date.ts';
import { getEntry, type Entry, type Model } from '../model/model.ts';
import { tierOf } from './tiers.ts';

/** What kind of recurring check an item is. */
export type ReviewCheck = 'review' | 'exercise' | 'contact' | 'training' | 'finding' | 'audit';

/** Every check, in the order items of equal status, date, kind and id are listed. */
export const REVIEW_CHECKS: readonly ReviewCheck[] = ['review', 'exercise', 'contact', 'training', 'finding', 'audit'];

/**
 * Where a check stands on `asOf`: overdue (due date passed), never (never done, so no due
 * date), due-soon (due within settings.review.dueSoonDays, today included) or current.
 */
export type ReviewStatus = 'overdue' | 'due-soon' | 'current' | 'never';

/** Statuses from most to least urgent: the primary sort order of the list. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['overdue', 'never', 'due-soon', 'current'];

/** One recurring check of one record. */
export interface ReviewItem {
  /** Kind of the record the check belongs to (for a finding: `exercises`). */
  kind: Kind;
  /** Id of the record (for a finding: the exercise id). */
  id: string;
  /** Title of the record (for a finding: the finding's title). */
  title: string;
  /** Team accountable for the check (a `teams` id): the record's owner, or the finding's owner. */
  owner: string;
  /** Which check this is. */
  check: ReviewCheck;
  /** Date the check falls due (YYYY-MM-DD); undefined when it was never done. */
  due?: string;
  /** Status on `model.asOf`. */
  status: ReviewStatus;
  /** Days past the due date, positive; only when status is overdue. */
  daysLate?: number;
  /** One human sentence saying what the due date is based on. */
  detail: string;
}

/** The items of one owning team. */
export interface OwnerGroup {
  /** The team (a `teams` id). */
  owner: string;
  /** Its items, in list order. */
  items: ReviewItem[];
}

/** Kinds whose schema has the review fields (lastReviewed, reviewEvery, approvedBy, approvedOn). */
const REVIEWED_KINDS = ['services', 'bia', 'plans', 'policies', 'risks', 'teams', 'vendors', 'locations', 'guides'] as const;
type ReviewedKind = (typeof REVIEWED_KINDS)[number];

/** The highest tier number that must be exercised on the DORA cycle. */
const EXERCISED_TIERS = 2;

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

/** True for records that no longer need reviewing: retired services, plans, policies; closed risks. */
function isInactive(entry: Entry<ReviewedKind>): boolean {
  const data = entry.data as { lifecycle?: string; status?: string };
  if (entry.kind === 'services') return data.lifecycle === 'retired';
  if (entry.kind === 'plans' || entry.kind === 'policies') return data.status === 'retired';
  if (entry.kind === 'risks') return data.status === 'closed';
  return false;
}

/** Status and lateness of a due date on `asOf`. */
function statusOf(due: string | undefined, asOf: string, dueSoonDays: number): Pick<ReviewItem, 'status' | 'daysLate'> {
  if (due === undefined) return { status: 'never' };
  if (due < asOf) return { status: 'overdue', daysLate: daysBetween(due, asOf) };
  if (due <= addDays(asOf, dueSoonDays)) return { status: 'due-soon' };
  return { status: 'current' };
}

/** Latest completed exercise (date <= asOf) of each plan: plan id -> { date, exercise id }. */
function lastExercised(model: Model): Map<string, { date: string; exercise: string }> {
  const last = new Map<string, { date: string; exercise: string }>();
  for (const ex of model.byKind.exercises) {
    const { status, date, plans } = ex.data;
    if (status !== 'completed' || date > model.asOf) continue;
    for (const plan of plans) {
      const seen = last.get(plan);
      // Exercises are visited in id order, so a tie on date keeps the first id.
      if (!seen || date > seen.date) last.set(plan, { date, exercise: ex.id });
    }
  }
  return last;
}

/** True when an approved plan covers a service or function in tier 1 or 2. */
function coversCriticalRecord(model: Model, plan: Entry<'plans'>): boolean {
  const tiers = model.settings.tiers;
  const critical = (rto: number | undefined) => {
    const tier = tierOf(rto, tiers);
    return tier !== undefined && tier <= EXERCISED_TIERS;
  };
  return plan.data.covers.services.some((id) => critical(getEntry(model, 'services', id)?.data.rto))
    || plan.data.covers.functions.some((id) => critical(getEntry(model, 'bia', id)?.data.rto));
}

/** Title of a training subject (a plan or a guide), or its id when it does not exist. */
function subjectTitle(model: Model, id: string): string {
  return (getEntry(model, 'plans', id) ?? getEntry(model, 'guides', id))?.data.title ?? id;
}

const KIND_RANK = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));
const STATUS_RANK = new Map<ReviewStatus, number>(REVIEW_STATUSES.map((s, i) => [s, i]));
const CHECK_RANK = new Map<ReviewCheck, number>(REVIEW_CHECKS.map((c, i) => [c, i]));

function compareItems(a: ReviewItem, b: ReviewItem): number {
  return STATUS_RANK.get(a.status)! - STATUS_RANK.get(b.status)!
    || (a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1)
    || KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)!
    || (a.id === b.id ? 0 : a.id < b.id ? -1 : 1)
    || CHECK_RANK.get(a.check)! - CHECK_RANK.get(b.check)!;
}

/**
 * Lists every recurring check of the model with its due date and status on `model.asOf`.
 *
 * Order: status (overdue, never, due-soon, current), then due date ascending (none last), then
 * kind (in KINDS order), then id, then check (in REVIEW_CHECKS order). Items still equal (the
 * training subjects of one person, the findings of one exercise) keep the order they are
 * generated in: training subjects by id, findings as written in the exercise.
 */
export function listReviewsDue(model: Model): ReviewItem[] {
  const { asOf, settings } = model;
  const r = settings.review;
  const items: ReviewItem[] = [];
  const push = (item: Omit<ReviewItem, 'status' | 'daysLate'>) => items.push({ ...item, ...statusOf(item.due, asOf, r.dueSoonDays) });

  for (const kind of REVIEWED_KINDS) {
    for (const entry of model.byKind[kind] as Entry<ReviewedKind>[]) {
      if (isInactive(entry)) continue;
      const { lastReviewed, reviewEvery, title, owner } = entry.data;
      const every = reviewEvery ?? r.defaultEveryMonths;
      push({
        kind, id: entry.id, title, owner, check: 'review',
        due: lastReviewed === undefined ? undefined : addMonths(lastReviewed, every),
        detail: `${lastReviewed === undefined ? 'Never reviewed' : `Reviewed ${lastReviewed}`}; due every ${months(every)}.`,
      });
    }
  }

  const exercised = lastExercised(model);
  for (const plan of model.byKind.plans) {
    if (plan.data.status !== 'approved' || !coversCriticalRecord(model, plan)) continue;
    const last = exercised.get(plan.id);
    push({
      kind: 'plans', id: plan.id, title: plan.data.title, owner: plan.data.owner, check: 'exercise',
      due: last ? addMonths(last.date, r.exerciseEveryMonths) : undefined,
      detail: `${last ? `Last exercised ${last.date} in ${last.exercise}` : 'Never exercised'}; plans covering tier 1-2 must be exercised every ${months(r.exerciseEveryMonths)} (DORA Art. 11(6)).`,
    });
  }

  for (const person of model.byKind.people) {
    const { contactVerified, training, title, owner } = person.data;
    push({
      kind: 'people', id: person.id, title, owner, check: 'contact',
      due: contactVerified === undefined ? undefined : addMonths(contactVerified, r.contactVerifyMonths),
      detail: `${contactVerified === undefined ? 'Contact details never verified' : `Contact details verified ${contactVerified}`}; verified every ${months(r.contactVerifyMonths)}.`,
    });
    const latest = new Map<string, string>();
    for (const t of training) {
      const seen = latest.get(t.subject);
      if (seen === undefined || t.completedOn > seen) latest.set(t.subject, t.completedOn);
    }
    for (const subject of [...latest.keys()].sort()) {
      const completedOn = latest.get(subject)!;
      push({
        kind: 'people', id: person.id, title, owner, check: 'training',
        due: addMonths(completedOn, r.trainingRefreshMonths),
        detail: `Trained on "${subjectTitle(model, subject)}" (${subject}) ${completedOn}; refreshed every ${months(r.trainingRefreshMonths)}.`,
      });
    }
  }

  for (const ex of model.byKind.exercises) {
    for (const f of ex.data.findings) {
      if (f.status === 'closed' || f.due === undefined) continue;
      push({
        kind: 'exercises', id: ex.id, title: f.title, owner: f.owner, check: 'finding', due: f.due,
        detail: `Finding ${f.id} of ${ex.id} (${f.severity}, ${f.status}): ${f.title.replace(/\.$/, '')}; due ${f.due}.`,
      });
    }
  }

  for (const vendor of model.byKind.vendors) {
    const { lastAudit, auditEvery, title, owner } = vendor.data;
    push({
      kind: 'vendors', id: vendor.id, title, owner, check: 'audit',
      due: lastAudit === undefined ? undefined : addMonths(lastAudit, auditEvery),
      detail: `${lastAudit === undefined ? 'Never audited' : `Audited ${lastAudit}`}; audited every ${months(auditEvery)}.`,
    });
  }

  return items.sort(compareItems);
}

/**
 * Groups items by owning team: owners sorted by id, each group's items in the order given.
 * Owners without items do not appear. O(n log n) in the number of owners, O(n) in items.
 */
export function groupByOwner(items: ReviewItem[]): OwnerGroup[] {
  const groups = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const list = groups.get(item.owner);
    if (list) list.push(item);
    else groups.set(item.owner, [item]);
  }
  return [...groups.keys()].sort().map((owner) => ({ owner, items: groups.get(owner)! }));
}
