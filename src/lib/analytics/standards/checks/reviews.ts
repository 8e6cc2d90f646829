/**
 * Check of the review cycle: every record with review fields reviewed within its cycle, as
 * review-due computes it (its review items).
 * Reference: ISO 22301 9.3 (management review) and 8.6 practice; NIST SP 800-34 §3.6.
 */
import type { Check } from '../requirement.ts';
import { isLate } from '../../review-due.ts';
import { judge, lateReason } from './judge.ts';

/**
 * reviews-current. Looks at every review item of review-due (each record with review fields
 * that is not retired or closed). One passes when it is not overdue or never done. Met when all
 * pass, partly when some do, not met when none does or no record has a review cycle.
 */
export const reviewsCurrent: Check = {
  evidencedBy:
    'The review date (lastReviewed) and cycle (reviewEvery, else the organisation’s default) of every record with review fields: services, BIAs, plans, policies, risks, teams, vendors, locations, guides.',
  rule: 'Every record with a review cycle (not retired or closed) needs a review that is not overdue and not missing. Met: all of them; partly: some; not met: none.',
  run(input) {
    const judged = input.reviews
      .filter((r) => r.check === 'review')
      .map((r) => ({ key: r.key, reasons: isLate(r) ? [lateReason(r, 'review')] : [] }));
    return judge(judged, {
      what: 'records reviewed within their cycle',
      empty: { status: 'not-met', summary: 'No record has a review cycle' },
    });
  },
};
