/**
 * What the reviews page shows: the whole organisation's counts by status, the checks that are
 * not current counted by owner (listed on each team's actions page) and listed by check (each group counting the items on records the
 * edition does not name), and the next twelve months of due dates. Texts are formatted for
 * the edition. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { RESTRICTED } from '../model/edition.ts';
import { nameOfKey } from '../publish/shown.ts';
import { statusLabelOf } from './actions.ts';
import {
  REVIEW_CHECKS,
  type ReviewCheck,
  type ReviewItem,
  type ReviewStatus,
} from '../analytics/review-due.ts';
import { ofThemRestricted, type Figure } from './figure.ts';
import { HISTORY_GAP_TEXT, type ContentHistory } from '../git/history.ts';

/** A count by status: the figure and what it counts ("overdue (3 of them on restricted records)"). */
export interface StatusCount {
  total: number;
  label: string;
}

/** One check that is not current, as the owner and check lists show it. */
export interface ReviewRow {
  status: ReviewStatus;
  /** "never done", "overdue 12 days", "due soon". */
  statusLabel: string;
  check: ReviewCheck;
  due: string;
  /** The record the check belongs to. */
  key: RecordKey;
  /** The record's title (a finding's own title). */
  title: string;
  detail: string;
}

/** One owning team's checks not current: counted here, listed on its actions page. */
export interface OwnerGroupView {
  /** The owning team ("teams/(restricted)" for the teams the edition does not name). */
  team: RecordKey;
  /** Its checks overdue or never done, and due soon: whole organisation, named or not. */
  late: number;
  dueSoon: number;
  /** Of them, on records the edition does not name. */
  restricted: number;
}

export interface CheckGroupView {
  check: ReviewCheck;
  /** "3 not current" or "3 not current, 1 on restricted records". */
  count: string;
  /** True when nothing of this check is late or due, named or not. */
  allCurrent: boolean;
  items: ReviewRow[];
  /** Items of this check not current on records the edition does not name. */
  restricted: number;
  /** Of them overdue or never done, as the home page counts them: "2 overdue or never done". */
  late: StatusCount;
  /** Items of this check overdue or never done on records the edition does not name. */
  lateRestricted: number;
}

export interface MonthView {
  /** "2027-01". */
  month: string;
  items: { due: string; check: ReviewCheck; key: RecordKey; title: string; owner: string }[];
}

export interface ReviewsPageView {
  counts: Record<ReviewStatus, StatusCount>;
  /** Overdue or never done, every check: the home page's figure. */
  late: StatusCount;
  /** Items on records the edition does not name. */
  restricted: number;
  checks: readonly ReviewCheck[];
  byOwner: OwnerGroupView[];
  byCheck: CheckGroupView[];
  /** The next twelve months with a check falling due, not counting what is overdue. */
  byMonth: MonthView[];
  /** Why re-test items may be missing (no git history, or a shallow one); absent when the history is whole. */
  historyNote?: string;
}

const MONTHS = 12;
const STATUS_RANK: Record<ReviewStatus, number> = {
  overdue: 0,
  never: 1,
  'due-soon': 2,
  current: 3,
};
/** Most urgent first: overdue (oldest due date first), never done, due soon (soonest first). */
const byUrgency = (a: ReviewItem, b: ReviewItem): number =>
  STATUS_RANK[a.status] - STATUS_RANK[b.status] || (a.due ?? '').localeCompare(b.due ?? '');
const isOpen = (i: Pick<ReviewItem, 'status'>) => i.status !== 'current';
/** Overdue or never done: what the home page counts as late. */
export const isLateReview = (i: Pick<ReviewItem, 'status'>): boolean =>
  i.status === 'overdue' || i.status === 'never';
const show = (t: ReviewItem['detail']) => formatText(t, nameOfKey);

function toRow(i: ReviewItem): ReviewRow {
  return {
    status: i.status,
    statusLabel: statusLabelOf(i),
    check: i.check,
    due: i.due ?? '',
    key: i.key,
    title: i.title,
    detail: show(i.detail),
  };
}

/** What the page says when the git history cannot give every re-test item. */
export function toHistoryNote(history: ContentHistory): string | undefined {
  if (!history.available)
    return `Re-test items (plans and services changed since their last exercise) come from the git history, and this build has none: ${HISTORY_GAP_TEXT[history.missing]}.`;
  if (history.shallow)
    return "This build's git history is shallow (a clone made with --depth): changes before its first commit are not known, so some re-test items may be missing. Build from a full clone (git fetch --unshallow) to see them all.";
  return undefined;
}

/** The reviews page of one edition. */
export function toReviewsPage(site: Published): ReviewsPageView {
  const { reviews, model, shown } = site;
  const count = (s: ReviewStatus, what: string): StatusCount => {
    const f = reviews.count((i) => i.status === s);
    return { total: f.total, label: `${what}${ofThemRestricted(f)}` };
  };
  const open = reviews.items.filter(isOpen);
  const note = toHistoryNote(model.history);

  // Every owner with a check not current, named or not; owners the edition leaves out are one group.
  const owners = [RESTRICTED, ...model.byKind.teams.map((t) => t.id)];
  const ownerFigure = (owner: string): Figure =>
    owner === RESTRICTED
      ? reviews.count((i) => isOpen(i) && !shown.isShown(keyOf('teams', i.owner)))
      : reviews.count((i) => isOpen(i) && i.owner === owner);
  const byOwner = owners
    .map((owner) => ({ owner, figure: ownerFigure(owner) }))
    .filter((o) => o.figure.total > 0)
    .sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0))
    .map(({ owner, figure }) => {
      const mine = (i: ReviewItem) =>
        owner === RESTRICTED ? !shown.isShown(keyOf('teams', i.owner)) : i.owner === owner;
      return {
        team: keyOf('teams', owner),
        late: reviews.count((i) => isLateReview(i) && mine(i)).total,
        dueSoon: reviews.count((i) => i.status === 'due-soon' && mine(i)).total,
        restricted: figure.restricted,
      };
    });

  const byCheck = REVIEW_CHECKS.map((check) => {
    const f = reviews.count((i) => isOpen(i) && i.check === check);
    const late = reviews.count((i) => isLateReview(i) && i.check === check);
    return {
      late: {
        total: late.total,
        label: `${late.total} overdue or never done${ofThemRestricted(late)}`,
      },
      lateRestricted: late.restricted,
      check,
      count: `${f.total} not current${f.restricted ? `, ${f.restricted} on restricted records` : ''}`,
      allCurrent: f.total === 0,
      items: open
        .filter((i) => i.check === check)
        .sort(byUrgency)
        .map(toRow),
      restricted: f.restricted,
    };
  });

  const months = new Map<string, MonthView['items']>();
  for (const i of reviews.items) {
    if (!i.due || i.status === 'overdue') continue;
    const month = i.due.slice(0, 7);
    const item = {
      due: i.due,
      check: i.check,
      key: i.key,
      title: i.title,
      owner: model.index.get(keyOf('teams', i.owner))?.data.title ?? 'restricted record',
    };
    const list = months.get(month);
    if (list) list.push(item);
    else months.set(month, [item]);
  }
  const byMonth = [...months.keys()]
    .sort()
    .slice(0, MONTHS)
    .map((month) => ({ month, items: months.get(month) ?? [] }));

  return {
    counts: {
      overdue: count('overdue', 'overdue'),
      never: count('never', 'never done'),
      'due-soon': count('due-soon', `due within ${model.settings.review.dueSoonDays} days`),
      current: count('current', 'current'),
    },
    late: (() => {
      const f = reviews.count(isLateReview);
      return { total: f.total, label: `overdue or never done${ofThemRestricted(f)}` };
    })(),
    restricted: reviews.restricted,
    checks: REVIEW_CHECKS,
    byOwner,
    byCheck,
    byMonth,
    ...(note === undefined ? {} : { historyNote: note }),
  };
}

/** How many of a month's due items the reviews page lists; the rest are on each check's page. */
export const MONTH_CAP = 50;
