import { z } from 'astro/zod';
import { baseFields, reviewFields, Refs } from './common.ts';

const Score = z
  .number()
  .int()
  .min(1, { message: 'must be from 1 to 5' })
  .max(5, { message: 'must be from 1 to 5' });

/** A continuity risk with inherent and residual scores (5x5). */
export const RiskSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** Risk category, for example cyber, third-party, facilities, people, technology, process. */
  category: z.enum([
    'cyber',
    'third-party',
    'facilities',
    'people',
    'technology',
    'process',
    'environmental',
    'regulatory',
  ]),
  /** open, or closed once no longer relevant. */
  status: z.enum(['open', 'closed']).default('open'),
  /** What the risk would hit. */
  affects: z
    .strictObject({
      /** `services` ids. */
      services: Refs,
      /** `bia` ids. */
      functions: Refs,
      /** `locations` ids. */
      locations: Refs,
      /** `vendors` ids. */
      vendors: Refs,
    })
    .default({ services: [], functions: [], locations: [], vendors: [] }),
  /** Inherent likelihood, 1 (rare) to 5 (almost certain). */
  likelihood: Score,
  /** Inherent impact, 1 (minor) to 5 (severe). */
  impact: Score,
  /** Likelihood after controls, 1 to 5. Missing means no controls yet (same as inherent). */
  residualLikelihood: Score.optional(),
  /** Impact after controls, 1 to 5. Missing means no controls yet (same as inherent). */
  residualImpact: Score.optional(),
  /** mitigate, accept, transfer or avoid. Missing means untreated. */
  treatment: z.enum(['mitigate', 'accept', 'transfer', 'avoid']).optional(),
  /** Plans and policies that control it. */
  mitigatedBy: z
    .strictObject({
      /** `plans` ids. */
      plans: Refs,
      /** `policies` ids. */
      policies: Refs,
    })
    .default({ plans: [], policies: [] }),
});
export type Risk = z.output<typeof RiskSchema>;
