/** The schema of every record kind, by kind. */
import type { z } from 'astro/zod';
import type { Kind } from './common.ts';
import { ServiceSchema } from './service.ts';
import { BiaSchema } from './bia.ts';
import { PlanSchema } from './plan.ts';
import { PolicySchema } from './policy.ts';
import { RiskSchema } from './risk.ts';
import { ExerciseSchema } from './exercise.ts';
import { TeamSchema } from './team.ts';
import { PersonSchema } from './person.ts';
import { VendorSchema } from './vendor.ts';
import { LocationSchema } from './location.ts';
import { GuideSchema } from './guide.ts';

export const SCHEMAS = {
  services: ServiceSchema,
  bia: BiaSchema,
  plans: PlanSchema,
  policies: PolicySchema,
  risks: RiskSchema,
  exercises: ExerciseSchema,
  teams: TeamSchema,
  people: PersonSchema,
  vendors: VendorSchema,
  locations: LocationSchema,
  guides: GuideSchema,
} as const satisfies Record<Kind, z.ZodType>;

/** The parsed data of a record of kind K. */
export type RecordData<K extends Kind> = z.output<(typeof SCHEMAS)[K]>;

/** Singular noun for a kind, for messages ("is not a service"). */
export const KIND_NOUN: Record<Kind, string> = {
  services: 'service',
  bia: 'business function (BIA)',
  plans: 'plan',
  policies: 'policy',
  risks: 'risk',
  exercises: 'exercise',
  teams: 'team',
  people: 'person',
  vendors: 'vendor',
  locations: 'location',
  guides: 'guide',
};

/** Plural label for a kind, for headings and navigation. */
export const KIND_LABEL: Record<Kind, string> = {
  services: 'Services',
  bia: 'Business functions',
  plans: 'Plans',
  policies: 'Policies',
  risks: 'Risks',
  exercises: 'Exercises',
  teams: 'Teams',
  people: 'People',
  vendors: 'Vendors',
  locations: 'Locations',
  guides: 'Guides',
};

export { KINDS, type Kind } from './common.ts';
export type { Service } from './service.ts';
export type { Bia } from './bia.ts';
export type { Plan } from './plan.ts';
export type { Policy } from './policy.ts';
export type { Risk } from './risk.ts';
export type { Exercise } from './exercise.ts';
export type { Team } from './team.ts';
export type { Person } from './person.ts';
export type { Vendor } from './vendor.ts';
export type { Location } from './location.ts';
export type { Guide } from './guide.ts';
export type { Settings } from './settings.ts';
