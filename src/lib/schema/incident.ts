import { z } from 'astro/zod';
import { baseFields, Ref, Refs } from './common.ts';
import { DataLoss, Duration } from './duration.ts';
import { IsoDateTime } from './date.ts';
import { ScenarioSchema } from './scenario.ts';
import { FindingSchema } from './exercise.ts';

/** What caused an incident: the scenarios plans are written for, and the everyday causes. */
export const IncidentCauseSchema = z.enum([
  ...ScenarioSchema.options,
  'change-failure',
  'human-error',
  'capacity',
  'unknown',
]);

/** One service an incident took down or slowed, and what its recovery achieved. */
export const IncidentServiceSchema = z.strictObject({
  /** The service affected (a `services` id). */
  service: Ref,
  /**
   * down: unavailable, which counts against its availability target (default). degraded:
   * running but slowed, which does not count as downtime.
   */
  impact: z.enum(['down', 'degraded']).default('down'),
  /** When this service was back (YYYY-MM-DDTHH:MM). Default: the incident's `recovered`. */
  restored: IsoDateTime.optional(),
  /**
   * How long its own restore took once its dependencies were up, as measured in the incident:
   * evidence of its recovery capability, which outranks an exercise's of the same date or
   * earlier (see docs/domain.md, "Evidence").
   */
  recoveryTime: Duration.optional(),
  /** Data lost, as time before the disruption ("0m" when none). */
  recoveryPoint: DataLoss.optional(),
  /** Remarks. */
  note: z.string().optional(),
});
export type IncidentService = z.output<typeof IncidentServiceSchema>;

/**
 * A real disruption and how it was handled: what went down, for how long, whether a plan was
 * invoked, what recovery achieved and the lessons learned (ISO 22301 8.4.2 and 10.1, DORA Art.
 * 13(1) post-incident review, NIST SP 800-61). Times are written to the minute in the
 * organisation's own time ("2026-03-14T09:20").
 */
export const IncidentSchema = z.strictObject({
  ...baseFields,
  /** What caused it: one of the plan scenarios, or change-failure, human-error, capacity, unknown. */
  cause: IncidentCauseSchema,
  /** When the disruption began (YYYY-MM-DDTHH:MM). Downtime is counted from here. */
  start: IsoDateTime,
  /** When it was noticed (YYYY-MM-DDTHH:MM). Default: unknown. */
  detected: IsoDateTime.optional(),
  /** When every affected service was back (YYYY-MM-DDTHH:MM). Missing: still going on. */
  recovered: IsoDateTime.optional(),
  /** When the incident response stood down (YYYY-MM-DDTHH:MM). */
  stoodDown: IsoDateTime.optional(),
  /**
   * The services it took down or slowed, with what their recovery achieved; none when only
   * business functions were disrupted (a site closed, staff unavailable).
   */
  services: z.array(IncidentServiceSchema).default([]),
  /** Business functions disrupted (`bia` ids). */
  functions: Refs,
  /** Plans invoked to handle it (`plans` ids); empty when none was. */
  plans: Refs,
  /** Lessons learned, each a finding with an owner and due date, tracked like an exercise's. */
  findings: z.array(FindingSchema).default([]),
});
export type Incident = z.output<typeof IncidentSchema>;
