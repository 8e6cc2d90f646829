/**
 * What is due for review: every recurring check of the continuity programme, with its due date
 * and status relative to `model.asOf` (never the clock), grouped by owning team.
 *
 * Checks (docs/domain.md §9):
 * - review: records with review fields (services, bia, plans, policies, risks, teams, vendors,
 *   locations, guides), due `reviewEvery` (or settings.review.defaultEveryMonths) months after
 *   `lastReviewed`. Retired services, plans and policies and closed risks are left out.
 * - exercise: approved plans covering a service or function whose declared RTO is in tier 1-2,
 *   due settings.review.exerciseEveryMonths after the plan's last exercise in the context's
 *   exercise history (DORA Art. 11(6), ISO 22301 8.5).
 * - re-test: plans and services (not retired) whose file changed after the completed exercise
 *   that last tested them (a plan: listed it; a service: listed it in `services` or
 *   `results`), from the model's git history: a commit dated after the exercise and on or
 *   before asOf, or changes not committed (dated asOf). Due on the first such change: from
 *   then on the version in use is not the one tested. Nothing without a git history.
 * - contact: people, due settings.review.contactVerifyMonths after `contactVerified`.
 * - training: each person and subject (training or attestation), due when the plan trained on
 *   has a newer version than the one recorded, else settings.review.trainingRefreshMonths after the
 *   latest completion.
 * - finding: open or in-progress findings of exercises and incidents (lessons learned) that
 *   have a due date.
 * - audit: vendors, due `auditEvery` months after `lastAudit` (DORA Art. 28).
 *
 * Guarantees: pure and deterministic; month arithmetic clamps to the month end (Jan 31 + 1
 * month = Feb 28); the list has a total, stable order (see `listReviewsDue`); each item is
 * keyed by its record's key, and its detail names records only by reference.
 * Complexity: O(records + training entries + findings + exercises x plans referenced), plus
 * O(n log n) to sort the n items.
 */
import { KINDS, type Kind, type RecordData } from '../schema/index.ts';
import { addMonths, dayNumber } from '../schema/date.ts';
import { getEntry, type Entry, type Model } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { assertNever } from '../model/internal.ts';
import { isInEdition } from '../model/edition.ts';
import { ref, text, type Text } from '../model/text.ts';
import type { AnalysisContext } from './context.ts';
import type { LastExercise } from './exercise-history.ts';
import { listChangesAfter, shortHash } from '../git/history.ts';

/** What kind of recurring check an item is. */
export type ReviewCheck =
  'review' | 'exercise' | 're-test' | 'contact' | 'training' | 'finding' | 'audit';

/** Every check, in the order items of equal status, date, kind and id are listed. */
export const REVIEW_CHECKS: readonly ReviewCheck[] = [
  'review',
  'exercise',
  're-test',
  'contact',
  'training',
  'finding',
  'audit',
];

/**
 * Where a check stands on `asOf`: overdue (due date passed), never (never done, so no due
 * date), due-soon (due within settings.review.dueSoonDays, today included) or current.
 */
export type ReviewStatus = 'overdue' | 'due-soon' | 'current' | 'never';

/** Statuses from most to least urgent: the primary sort order of the list. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['overdue', 'never', 'due-soon', 'current'];
const STATUS_RANK = Object.fromEntries(REVIEW_STATUSES.map((s, i) => [s, i])) as Record<
  ReviewStatus,
  number
>;

/** What a re-test item is about: the exercise that last tested the record, and the changes since. */
export interface RetestChange {
  /** The last completed exercise that tested it. */
  exercise: RecordKey;
  /** That exercise's date (YYYY-MM-DD). */
  exercised: string;
  /** The first change after it (YYYY-MM-DD; asOf for a change not committed). */
  on: string;
  /** The commit of that first change (full hash); undefined when it is not committed. */
  commit?: string;
  /** How many changes since: commits, plus one for changes not committed. */
  changes: number;
}

/** One recurring check of one record. */
export interface ReviewItem {
  /** The record the check belongs to (for a finding: its exercise). */
  key: RecordKey;
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
  /** One human sentence saying what the due date is based on; names records by reference. */
  detail: Text;
  /** For a re-test: the exercise and the changes since. */
  change?: RetestChange;
  /**
   * Which of the record's items of this check it is, where a record has several: a finding's
   * id, a training subject's id (as written, a plan or guide). Stable when dates move.
   */
  subject?: string;
}

/** True when a check is late: overdue, or never done. */
export const isLate = (item: Pick<ReviewItem, 'status'>): boolean =>
  item.status === 'overdue' || item.status === 'never';

/** Kinds whose schema has the review fields (lastReviewed, reviewEvery, approvedBy, approvedOn). */
type ReviewedKind = { [K in Kind]: 'lastReviewed' extends keyof RecordData<K> ? K : never }[Kind];

/**
 * Per kind, whether its records get a review item: true exactly for the kinds whose schema has
 * the review fields (the type checks the answer against the schema). Every kind has an entry, so
 * a new kind does not compile until it is listed here.
 */
const HAS_REVIEW_FIELDS: { [K in Kind]: K extends ReviewedKind ? true : false } = {
  services: true,
  bia: true,
  plans: true,
  policies: true,
  risks: true,
  exercises: false,
  incidents: false,
  teams: true,
  people: false,
  vendors: true,
  locations: true,
  guides: true,
};

/** Code-unit order, as Array.prototype.sort orders strings. */
const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

/** A detail that names no record: one plain part (most details; cheaper than a template). */
const plain = (s: string): Text => [s];

/** True for records that no longer need reviewing: retired services, plans, policies; closed risks. */
function isInactive(entry: Entry<ReviewedKind>): boolean {
  const data = entry.data as { lifecycle?: string; status?: string };
  switch (entry.kind) {
    case 'services':
      return data.lifecycle === 'retired';
    case 'plans':
    case 'policies':
      return data.status === 'retired';
    case 'risks':
      return data.status === 'closed';
    case 'bia':
    case 'teams':
    case 'vendors':
    case 'locations':
    case 'guides':
      return false;
    default:
      return assertNever(entry.kind, 'kind');
  }
}

/**
 * True when a plan covers a service or function in tier 1 or 2: the recovery tier
 * (NodeRecovery.tier, the tier of the target RTO) every badge shows.
 */
function coversCriticalRecord(ctx: AnalysisContext, plan: Entry<'plans'>): boolean {
  return (
    plan.data.covers.services.some((id) => ctx.isCritical(keyOf('services', id))) ||
    plan.data.covers.functions.some((id) => ctx.isCritical(keyOf('bia', id)))
  );
}

/** A training subject (a plan or a guide): its title and how a text names it (its id when it does not exist). */
/**
 * How a person's training names its subject: the subject's title as text and the subject as a
 * reference. The title is plain text, which no edition replaces, so it is written only when
 * every edition that shows the person shows the subject too (a subject classified above the
 * person is named by its reference alone, which such an edition reads as "restricted record").
 */
function subjectOf(
  model: Model,
  id: string,
  person: Entry<'people'>,
): { title: string | undefined; name: Text } {
  const entry = getEntry(model, 'plans', id) ?? getEntry(model, 'guides', id);
  if (!entry) return { title: id, name: [id] };
  const title = isInEdition(entry.data.classification, person.data.classification)
    ? entry.data.title
    : undefined;
  return { title, name: [ref(entry.key)] };
}

/**
 * When a person must retrain on plan `subject`: the version they trained on is no longer the
 * plan's, since the later of the training and the current version's approval (approvedOn, else
 * lastReviewed). Undefined when the training names no version, or the subject is no plan or
 * has no version, or the versions match.
 */
function retrainingOn(
  model: Model,
  subject: string,
  t: { version?: string; completedOn: string },
): { version: string; since: string } | undefined {
  const plan = getEntry(model, 'plans', subject);
  const now = plan?.data.version;
  if (t.version === undefined || now === undefined || now === t.version) return undefined;
  const approved = plan?.data.approvedOn ?? plan?.data.lastReviewed;
  return { version: now, since: approved && approved > t.completedOn ? approved : t.completedOn };
}

/**
 * Lists every recurring check of the context's model with its due date and status on
 * `model.asOf`.
 *
 * Order: status (overdue, never, due-soon, current), then due date ascending (none last), then
 * kind (in KINDS order), then id, then check (in REVIEW_CHECKS order). Items still equal (the
 * training subjects of one person, the findings of one exercise) keep the order they are
 * generated in: training subjects by id, findings as written in the exercise.
 * Items are generated in kind, id and check order, so one stable sort by status and due date
 * gives the whole order.
 */
export function listReviewsDue(ctx: AnalysisContext): ReviewItem[] {
  const { model } = ctx;
  const { asOf, settings } = model;
  const r = settings.review;
  const today = dayNumber(asOf);
  const soon = today + r.dueSoonDays;
  const items: ReviewItem[] = [];
  const days: number[] = [];
  const push = (
    key: RecordKey,
    title: string,
    owner: string,
    check: ReviewCheck,
    due: string | undefined,
    detail: Text,
    change?: RetestChange,
    subject?: string,
  ) => {
    const day = due === undefined ? today : dayNumber(due);
    const status: ReviewStatus =
      due === undefined ? 'never' : day < today ? 'overdue' : day <= soon ? 'due-soon' : 'current';
    const item: ReviewItem = { key, title, owner, check, due, status, detail };
    if (status === 'overdue') item.daysLate = today - day;
    if (change) item.change = change;
    if (subject !== undefined) item.subject = subject;
    items.push(item);
    days.push(day);
  };
  const review = (entry: Entry<ReviewedKind>) => {
    if (isInactive(entry)) return;
    const { lastReviewed, reviewEvery, title, owner } = entry.data;
    const every = reviewEvery ?? r.defaultEveryMonths;
    push(
      entry.key,
      title,
      owner,
      'review',
      lastReviewed === undefined ? undefined : addMonths(lastReviewed, every),
      plain(
        `${lastReviewed === undefined ? 'Never reviewed' : `Reviewed ${lastReviewed}`}; due every ${months(every)}.`,
      ),
    );
  };

  /** The re-test item of a plan or service changed since `last`, the exercise that last tested it. */
  const retest = (entry: Entry<'plans' | 'services'>, last: LastExercise | undefined) => {
    if (!last || isInactive(entry)) return;
    const changes = listChangesAfter(model.history, entry.file, last.date, asOf);
    if (changes.length === 0) return;
    const first = changes[0];
    push(
      entry.key,
      entry.data.title,
      entry.data.owner,
      're-test',
      first.date,
      text`Changed since its last exercise, ${ref(last.exercise)} on ${last.date}: first on ${first.date} ${first.commit ? `in ${shortHash(first.commit.hash)}` : 'in the working copy, not committed'}${changes.length > 1 ? `, ${changes.length} changes in all` : ''}; exercise it again so the version in use is the one tested.`,
      {
        exercise: last.exercise,
        exercised: last.date,
        on: first.date,
        ...(first.commit ? { commit: first.commit.hash } : {}),
        changes: changes.length,
      },
    );
  };

  for (const kind of KINDS) {
    const reviewed: boolean = HAS_REVIEW_FIELDS[kind];
    for (const entry of model.byKind[kind] as Entry[]) {
      if (reviewed) review(entry as Entry<ReviewedKind>);
      // The checks of one kind besides its review.
      switch (kind) {
        case 'plans': {
          const plan = entry as Entry<'plans'>;
          const last = ctx.exercises.lastOf(plan.key);
          if (plan.data.status === 'approved' && coversCriticalRecord(ctx, plan))
            push(
              plan.key,
              plan.data.title,
              plan.data.owner,
              'exercise',
              last ? addMonths(last.date, r.exerciseEveryMonths) : undefined,
              text`${last ? text`Last exercised ${last.date} in ${ref(last.exercise)}` : 'Never exercised'}; plans covering tier 1-2 must be exercised every ${months(r.exerciseEveryMonths)} (DORA Art. 11(6)).`,
            );
          retest(plan, last);
          break;
        }
        case 'people': {
          const { contactVerified, training, title, owner } = (entry as Entry<'people'>).data;
          push(
            entry.key,
            title,
            owner,
            'contact',
            contactVerified === undefined
              ? undefined
              : addMonths(contactVerified, r.contactVerifyMonths),
            plain(
              `${contactVerified === undefined ? 'Contact details never verified' : `Contact details verified ${contactVerified}`}; verified every ${months(r.contactVerifyMonths)}.`,
            ),
          );
          const latest = new Map<string, (typeof training)[number]>();
          for (const t of training) {
            const seen = latest.get(t.subject);
            if (seen === undefined || t.completedOn > seen.completedOn) latest.set(t.subject, t);
          }
          for (const [subject, t] of [...latest].sort(([a], [b]) => cmp(a, b))) {
            const on = subjectOf(model, subject, entry as Entry<'people'>);
            const what = on.title === undefined ? on.name : text`"${on.title}" (${on.name})`;
            const refresh = addMonths(t.completedOn, r.trainingRefreshMonths);
            const changed = retrainingOn(model, subject, t);
            push(
              entry.key,
              title,
              owner,
              'training',
              changed && changed.since < refresh ? changed.since : refresh,
              changed
                ? text`Trained on ${what}, version ${t.version ?? ''}, ${t.completedOn}; the plan is version ${changed.version} since ${changed.since}: retrain on it.`
                : text`${t.type === 'attestation' ? 'Read and understood' : 'Trained on'} ${what}${t.version ? `, version ${t.version},` : ''} ${t.completedOn}; refreshed every ${months(r.trainingRefreshMonths)}.`,
              undefined,
              subject,
            );
          }
          break;
        }
        case 'exercises':
        case 'incidents':
          for (const f of (entry as Entry<'exercises' | 'incidents'>).data.findings) {
            if (f.status === 'closed' || f.due === undefined) continue;
            push(
              entry.key,
              f.title,
              f.owner,
              'finding',
              f.due,
              text`Finding ${f.id} of ${ref(entry.key)} (${f.severity}, ${f.status}): fix it, then set status: closed, closedOn and fixedBy.`,
              undefined,
              f.id,
            );
          }
          break;
        case 'vendors': {
          const { lastAudit, auditEvery, title, owner } = (entry as Entry<'vendors'>).data;
          push(
            entry.key,
            title,
            owner,
            'audit',
            lastAudit === undefined ? undefined : addMonths(lastAudit, auditEvery),
            plain(
              `${lastAudit === undefined ? 'Never audited' : `Audited ${lastAudit}`}; audited every ${months(auditEvery)}.`,
            ),
          );
          break;
        }
        case 'services':
          retest(entry as Entry<'services'>, ctx.exercises.lastOfService(entry.key));
          break;
        case 'bia':
        case 'policies':
        case 'risks':
        case 'teams':
        case 'locations':
        case 'guides':
          break;
        default:
          assertNever(kind, 'kind');
      }
    }
  }

  // One number per item: status, then due day, then position (kind, id, check order); a plain numeric sort.
  const n = items.length;
  let first = today;
  let last = today;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const span = last - first + 1;
  const keys = new Float64Array(n);
  for (let j = 0; j < n; j++)
    keys[j] =
      (STATUS_RANK[items[j].status] * span + (items[j].due === undefined ? 0 : days[j] - first)) *
        n +
      j;
  keys.sort();
  return Array.from(keys, (key) => items[key % n]);
}
