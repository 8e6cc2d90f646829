import { z } from 'astro/zod';
import { baseFields, reviewFields, Id } from './common.ts';
import { IsoDate } from './date.ts';

/** A continuity, backup, communication or third-party policy. The body is the policy text. */
export const PolicySchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** draft, approved or retired. */
  status: z.enum(['draft', 'approved', 'retired']).default('draft'),
  /** What and whom the policy applies to. */
  scope: z.string(),
  /** Measurable objectives the policy sets. */
  objectives: z
    .array(
      z.strictObject({
        /** Objective id, unique inside the policy. */
        id: Id,
        /** The objective in one sentence. */
        statement: z.string(),
        /** How it is measured and the target, for example "100% of tier-1 services restore-tested yearly". */
        measure: z.string().optional(),
      }),
    )
    .default([]),
  /** Date from which the policy applies (YYYY-MM-DD). */
  effectiveFrom: IsoDate.optional(),
  /**
   * What the policy is about, so the standards' checklists can find it: continuity (the
   * business continuity policy, ISO 22301 5.2, DORA Art. 11(1)), backup (DORA Art. 12(1)),
   * communication (crisis communication), third-party (ICT third-party risk, DORA Art. 28),
   * exercising (the exercise and testing programme), incident (incident management) or other.
   * Unset: other (no checklist counts it).
   */
  topic: z
    .enum([
      'continuity',
      'backup',
      'communication',
      'third-party',
      'exercising',
      'incident',
      'other',
    ])
    .optional(),
});
export type Policy = z.output<typeof PolicySchema>;
