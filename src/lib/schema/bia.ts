import { z } from 'astro/zod';
import { baseFields, reviewFields, Ref } from './common.ts';
import { DataLoss, Duration } from './duration.ts';
import { IsoDate } from './date.ts';

/** A business impact analysis of one business function (ISO/TS 22317, NIST SP 800-34 BIA). */
export const BiaSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /**
   * Impact over time: category -> time after disruption -> level on the organisation's scale.
   * Example: `financial: { 4h: low, 1d: high, 3d: severe }`. Categories and levels come from settings.
   */
  impacts: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** Maximum tolerable period of disruption (ISO; NIST calls it MTD). */
  mtpd: Duration.optional(),
  /** Recovery time objective for the function: must be shorter than the MTPD. */
  rto: Duration.optional(),
  /** Recovery point objective: the data loss the function can accept, as time. */
  rpo: DataLoss.optional(),
  /** Work recovery time: verifying data and catching up once systems are back. RTO + WRT <= MTPD. */
  wrt: Duration.optional(),
  /** Minimum business continuity objective: the least service acceptable during disruption. */
  mbco: z.string().optional(),
  /** Services the function needs (`services` ids). A bare id is a hard dependency. */
  dependsOn: z
    .array(
      z.union([
        Ref.transform((service) => ({ service, type: 'hard' as const })),
        z.strictObject({
          /** The service needed (a `services` id). */
          service: Ref,
          /** hard: the function stops without it. soft: it slows down. Default hard. */
          type: z.enum(['hard', 'soft']).default('hard'),
          /** How the function uses it. */
          note: z.string().optional(),
        }),
      ]),
    )
    .default([]),
  /** Periods when targets are tighter (month end, payroll run, holiday season). */
  peakPeriods: z
    .array(
      z.strictObject({
        /** Name of the period, for example "Month end". */
        name: z.string(),
        /** When it happens, in words: "last 3 working days of each month". */
        when: z.string(),
        /** The tighter RTO during the period. */
        rto: Duration.optional(),
      }),
    )
    .default([]),
  /** Date the assessment was carried out (YYYY-MM-DD). */
  assessedOn: IsoDate.optional(),
  /** Revenue earned or protected per hour of operation, in the organisation's currency. */
  revenuePerHour: z.number().nonnegative().optional(),
  /** Staff needed to run the function at its MBCO. */
  minimumStaff: z.number().int().nonnegative().optional(),
});
export type Bia = z.output<typeof BiaSchema>;
