import { z } from 'astro/zod';
import { baseFields, reviewFields } from './common.ts';

/** A knowledge-base or training article. */
export const GuideSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** Who should read it. */
  audience: z
    .array(
      z.enum([
        'all-staff',
        'plan-owner',
        'continuity-manager',
        'incident-manager',
        'executive',
        'service-owner',
      ]),
    )
    .default(['all-staff']),
  /** Position in the guides list (ascending). */
  order: z.number().int().default(100),
  /** Self-check questions with their answers: the page hides each answer until asked for. */
  questions: z
    .array(
      z.strictObject({
        /** The question, one sentence. */
        q: z.string().trim().min(1, { message: 'must not be empty: write the question' }),
        /** The answer, shown when the reader asks for it. */
        a: z.string().trim().min(1, { message: 'must not be empty: write the answer' }),
      }),
    )
    .default([]),
});
export type Guide = z.output<typeof GuideSchema>;
