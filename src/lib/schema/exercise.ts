import { z } from 'astro/zod';
import { baseFields, Ref, Refs } from './common.ts';
import { DataLoss, Duration } from './duration.ts';
import { IsoDate } from './date.ts';
import { ScenarioSchema } from './scenario.ts';

/** A finding raised by an exercise and tracked to closure. */
export const FindingSchema = z.strictObject({
  /** Finding id, unique inside the exercise, for example "F1". */
  id: z.string().min(1),
  /** What was found, in one sentence. */
  title: z.string(),
  /** low, medium, high or critical. */
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  /** Team that must fix it (a `teams` id). */
  owner: Ref,
  /** Date by which it must be fixed (YYYY-MM-DD). */
  due: IsoDate.optional(),
  /** open, in-progress or closed. */
  status: z.enum(['open', 'in-progress', 'closed']).default('open'),
  /** Date it was closed (YYYY-MM-DD). */
  closedOn: IsoDate.optional(),
  /** The change that fixed it: a pull request, ticket or commit. */
  fixedBy: z.string().optional(),
});
export type Finding = z.output<typeof FindingSchema>;

/** An exercise or test of plans and services (ISO 22301 8.5, DORA Art. 11(6), NIST CP-4). */
export const ExerciseSchema = z.strictObject({
  ...baseFields,
  /** What sort of exercise. */
  type: z.enum([
    'walkthrough',
    'tabletop',
    'simulation',
    'restore-test',
    'failover',
    'notification-test',
    'full-interruption',
  ]),
  /** Date it took place or will take place (YYYY-MM-DD). */
  date: IsoDate,
  /** planned, completed or cancelled. */
  status: z.enum(['planned', 'completed', 'cancelled']),
  /** Plans exercised (`plans` ids). */
  plans: Refs,
  /** Services exercised (`services` ids). */
  services: Refs,
  /** Scenario played. */
  scenario: ScenarioSchema.optional(),
  /**
   * The outage scenario this exercise plays as a tabletop, by scenario id: "location-<location
   * id>", "vendor-<vendor id>", or the id of a scenario declared in organisation.yaml (the ids
   * are in the addresses of the scenario pages). The exercise page links to its facilitator
   * pack (/scenarios/<id>/tabletop/) and participant handout (/scenarios/<id>/handout/). Must
   * name a scenario that exists. Default none.
   */
  tabletop: Ref.optional(),
  /** People who took part (`people` ids). */
  participants: Refs,
  /** What was demonstrated, per service: the capability measured. */
  results: z
    .array(
      z.strictObject({
        /** The service recovered (a `services` id). */
        service: Ref,
        /** Time its own recovery took, from start of restore to service available. */
        recoveryTime: Duration.optional(),
        /** Data lost, as time before the disruption. */
        recoveryPoint: DataLoss.optional(),
        /** Remarks. */
        note: z.string().optional(),
      }),
    )
    .default([]),
  /** Overall result. */
  outcome: z.enum(['success', 'partial', 'failed']).optional(),
  /** Findings to fix. */
  findings: z.array(FindingSchema).default([]),
});
export type Exercise = z.output<typeof ExerciseSchema>;
