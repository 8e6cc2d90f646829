/**
 * Which recurring checks (docs/domain.md §9: reviews, exercises, contact verification, training,
 * findings, audits) a change adds, removes, or moves to another status or due date. An item is
 * the same item on both sides when its record and check are, and for a finding its title too
 * (an exercise has one item per open finding); a person's training subjects pair an unchanged
 * item first, then in list order. Pure; O(items).
 */
import type { ReviewCheck, ReviewItem, ReviewStatus } from '../analytics/review-due.ts';
import type { RecordKey } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { matchItems } from './match.ts';
import type { Namer } from './diff-findings.ts';

/** One check on one side. */
export interface ReviewState {
  status: ReviewStatus;
  /** YYYY-MM-DD, null when never done. */
  due: string | null;
  /** What the due date rests on, records named by title. */
  detail: string;
}

export interface ReviewChange {
  key: RecordKey;
  /** The record's title (a finding's own title). */
  title: string;
  check: ReviewCheck;
  /** null: no such check on that side. */
  before: ReviewState | null;
  after: ReviewState | null;
}

/** The checks whose status or due date differ, then those only the change has, then those only the base has; each in list order. */
export function diffReviews(
  before: readonly ReviewItem[],
  after: readonly ReviewItem[],
  name: Namer,
): ReviewChange[] {
  const m = matchItems(
    before,
    after,
    (r) => `${r.key}\0${r.check}${r.check === 'finding' ? `\0${r.title}` : ''}`,
    (a, b) =>
      a.status === b.status && a.due === b.due && formatText(a.detail) === formatText(b.detail),
  );
  const state = (r: ReviewItem): ReviewState => ({
    status: r.status,
    due: r.due ?? null,
    detail: formatText(r.detail, name),
  });
  const head = (r: ReviewItem) => ({ key: r.key, title: r.title, check: r.check });
  return [
    ...m.changed
      .filter((c) => c.before.status !== c.after.status || c.before.due !== c.after.due)
      .map((c) => ({ ...head(c.after), before: state(c.before), after: state(c.after) })),
    ...m.added.map((r) => ({ ...head(r), before: null, after: state(r) })),
    ...m.removed.map((r) => ({ ...head(r), before: state(r), after: null })),
  ];
}
