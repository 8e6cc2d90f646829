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
  /** Self-check questions with their answers. */
  questions: z
    .array(
      z.strictObject({
        /** The question. */
        q: z.string(),
        /** The answer. */
        a: z.string(),
      }),
    )
    .default([]),
});
export type Guide = z.output<typeof GuideSchema>;
