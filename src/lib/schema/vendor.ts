import { z } from 'astro/zod';
import { baseFields, reviewFields, Ref, Refs } from './common.ts';
import { DataLoss, Duration } from './duration.ts';
import { IsoDate } from './date.ts';

/** A third-party ICT provider (DORA Art. 28). */
export const VendorSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** Services it supplies or operates (`services` ids). */
  supplies: Refs,
  /** RTO promised in the contract. */
  contractRto: Duration.optional(),
  /** RPO promised in the contract. */
  contractRpo: DataLoss.optional(),
  /** How hard it is to replace: easy, medium, hard or none (no substitute exists). */
  substitutability: z.enum(['easy', 'medium', 'hard', 'none']),
  /** The exit plan for leaving this vendor (a `plans` id). */
  exitPlan: Ref.optional(),
  /** Date of the last audit or assurance review (YYYY-MM-DD). */
  lastAudit: IsoDate.optional(),
  /** Audit cycle in months. Default 12. */
  auditEvery: z.number().int().min(1).max(60).default(12),
  /** Contacts at the vendor. */
  contacts: z
    .array(
      z.strictObject({
        /** Name. */
        name: z.string(),
        /** Role, for example "Account manager" or "24x7 support". */
        role: z.string(),
        /** Phone. */
        phone: z.string().optional(),
        /** Email. */
        email: z.string().optional(),
      }),
    )
    .default([]),
});
export type Vendor = z.output<typeof VendorSchema>;
