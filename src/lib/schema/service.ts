import { z } from 'astro/zod';
import { baseFields, reviewFields, Ref, Refs } from './common.ts';
import { DataLoss, Duration } from './duration.ts';
import { IsoDate } from './date.ts';

/** One dependency of a service on another service. A bare id means a hard dependency. */
export const DependencySchema = z.union([
  Ref.transform((service) => ({ service, type: 'hard' as const })),
  z.strictObject({
    /** The service depended on (a `services` id). */
    service: Ref,
    /** hard: this service is down while the other is down. soft: degraded but running. Default hard. */
    type: z.enum(['hard', 'soft']).default('hard'),
    /** Why the dependency exists or how it degrades. */
    note: z.string().optional(),
    /** A service that can stand in for this dependency (a `services` id). */
    alternate: Ref.optional(),
  }),
]);
export type Dependency = z.output<typeof DependencySchema>;

/** An IT service, application, platform, infrastructure component or data store. */
export const ServiceSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** What sort of component this is. */
  kind: z.enum([
    'business-service',
    'application',
    'platform',
    'infrastructure',
    'data',
    'end-user',
  ]),
  /** Where it is in its life: planned, live (default), deprecated or retired. */
  lifecycle: z.enum(['planned', 'live', 'deprecated', 'retired']).default('live'),
  /** Services this one needs to run (hard) or to run well (soft). */
  dependsOn: z.array(DependencySchema).default([]),
  /** Vendors that supply or operate it (`vendors` ids). */
  vendors: Refs,
  /** Where it runs (`locations` ids). */
  locations: Refs,
  /** Declared recovery time objective: what the service is engineered to recover within. */
  rto: Duration.optional(),
  /** Declared recovery point objective: the data loss it is engineered to stay within. */
  rpo: DataLoss.optional(),
  /** How long its own restore takes once its dependencies are up (an estimate; exercises give measurements). */
  recoveryTime: Duration.optional(),
  /**
   * Availability target in percent of the time, for example 99.95 (a downtime budget of 4h 23m a
   * year). Real incidents that take the service down count against it. Default: the
   * organisation's target for the service's tier (settings `availability.byTier`), else none.
   */
  availability: z.number().gt(0).max(100).optional(),
  /** Backups of the service's data. */
  backup: z
    .strictObject({
      /** How often a backup or replica point is taken. Must not exceed the RPO. */
      interval: Duration,
      /** Date of the last successful restore test (YYYY-MM-DD). */
      lastRestoreTest: IsoDate.optional(),
    })
    .optional(),
  /** Manual workaround while the service is down, or "none". */
  alternateMeans: z.string().optional(),
});
export type Service = z.output<typeof ServiceSchema>;
