/** The schema of every record kind, by kind. */
import type { z } from 'astro/zod';
import { KINDS, type Kind } from './common.ts';
import { ServiceSchema } from './service.ts';
import { BiaSchema } from './bia.ts';
import { PlanSchema } from './plan.ts';
import { PolicySchema } from './policy.ts';
import { RiskSchema } from './risk.ts';
import { ExerciseSchema } from './exercise.ts';
import { IncidentSchema } from './incident.ts';
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
  incidents: IncidentSchema,
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
  incidents: 'incident',
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
  incidents: 'Incidents',
  teams: 'Teams',
  people: 'People',
  vendors: 'Vendors',
  locations: 'Locations',
  guides: 'Guides',
};

/**
 * Where each kind stands in the site's menu of records, from 0; null for a kind the menu leaves
 * out (risks have a section of their own in the overview). Every kind has an entry, so a new kind
 * does not compile until it is placed.
 */
export const KIND_MENU_ORDER: Record<Kind, number | null> = {
  services: 0,
  bia: 1,
  plans: 2,
  policies: 5,
  risks: null,
  exercises: 3,
  incidents: 4,
  teams: 8,
  people: 9,
  vendors: 6,
  locations: 7,
  guides: 10,
};

/** The kinds in the site's menu of records, in menu order (from KIND_MENU_ORDER). */
export const MENU_KINDS: readonly Kind[] = KINDS.flatMap((kind) => {
  const at = KIND_MENU_ORDER[kind];
  return at === null ? [] : [{ kind, at }];
})
  .sort((a, b) => a.at - b.at)
  .map((x) => x.kind);

export { KINDS, type Kind } from './common.ts';
export type { Service } from './service.ts';
export type { Bia } from './bia.ts';
export type { Plan } from './plan.ts';
export type { Policy } from './policy.ts';
export type { Risk } from './risk.ts';
export type { Exercise } from './exercise.ts';
export type { Incident } from './incident.ts';
export type { Team } from './team.ts';
export type { Person } from './person.ts';
export type { Vendor } from './vendor.ts';
export type { Location } from './location.ts';
export type { Guide } from './guide.ts';
export type { Settings } from './settings.ts';
