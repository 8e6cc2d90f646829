import { z } from 'astro/zod';
import { baseFields, reviewFields, Id, Refs } from './common.ts';
import { Duration } from './duration.ts';
import { ScenarioSchema } from './scenario.ts';

/** One step of a plan's procedure, so the plan's own duration can be computed. */
export const PlanStepSchema = z.strictObject({
  /** Step id, unique inside the plan, used by `after`. */
  id: Id,
  /** Phase of the response. */
  phase: z.enum([
    'detect',
    'assess',
    'activate',
    'contain',
    'recover',
    'restore',
    'verify',
    'communicate',
    'stand-down',
  ]),
  /** Who does it (a role name, as written in team memberships). */
  role: z.string(),
  /** What to do, in one sentence. */
  action: z.string(),
  /** How long the step takes. */
  estimate: Duration.optional(),
  /** Step ids that must finish before this one starts. */
  after: z.array(Id).default([]),
});
export type PlanStep = z.output<typeof PlanStepSchema>;

/** A continuity, recovery, communication, incident-response or exit plan (ISO 22301 8.4). */
export const PlanSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** What kind of plan it is. */
  type: z.enum([
    'service-continuity',
    'disaster-recovery',
    'crisis-communication',
    'incident-response',
    'exit',
  ]),
  /** draft, approved or retired. Only approved plans count as coverage. */
  status: z.enum(['draft', 'approved', 'retired']).default('draft'),
  /** Version label of the current text, for example "2.1". */
  version: z.string().optional(),
  /** What the plan protects. */
  covers: z
    .strictObject({
      /** Services it recovers (`services` ids). */
      services: Refs,
      /** Business functions it keeps going (`bia` ids). */
      functions: Refs,
    })
    .default({ services: [], functions: [] }),
  /** Conditions that trigger the plan. */
  activation: z.array(z.string()).default([]),
  /** Conditions under which the plan is stood down. */
  standDown: z.array(z.string()).default([]),
  /** People who may invoke the plan (`people` ids). */
  declaredBy: Refs,
  /** Teams that carry it out (`teams` ids). */
  teams: Refs,
  /** Scenarios the plan is written for. */
  scenarios: z.array(ScenarioSchema).default([]),
  /** Services the plan itself uses to communicate: chat, phone bridge, email (`services` ids). */
  channels: Refs,
  /** Structured procedure steps; the body carries the readable procedure. */
  steps: z.array(PlanStepSchema).default([]),
});
export type Plan = z.output<typeof PlanSchema>;
