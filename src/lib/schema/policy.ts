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
});
export type Policy = z.output<typeof PolicySchema>;
