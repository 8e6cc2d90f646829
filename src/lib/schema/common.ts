/**
 * Building blocks shared by every record kind: ids, references, classification and the
 * review life cycle. References are plain ids here; the model checks that they exist and
 * point at the right kind (src/lib/model/references.ts).
 */
import { z } from 'astro/zod';
import { IsoDate } from './date.ts';

/** Every kind of record, in the order the site lists them. The folder under the content root has the same name. */
export const KINDS = [
  'services',
  'bia',
  'plans',
  'policies',
  'risks',
  'exercises',
  'incidents',
  'teams',
  'people',
  'vendors',
  'locations',
  'guides',
] as const;
export type Kind = (typeof KINDS)[number];

/** What a schema's own check tells the author, carried in a zod custom issue's params. */
export interface IssueParams {
  /** The rule broken, stable for tests and filters. */
  rule: string;
  /** How to fix it, in one sentence. */
  fix: string;
}

/** The id pattern: kebab-case (lower-case letters and digits, single hyphens between). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `s` as a kebab-case id: lower case, accents folded, anything else between words a hyphen. */
export const toKebab = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** True when `s` is a valid id. */
export const isId = (s: string): boolean => ID_PATTERN.test(s);

/** A record id: kebab-case, the file name without extension. */
export const Id = z.string({ error: 'must be an id (kebab-case text)' }).regex(ID_PATTERN, {
  message: 'must be a kebab-case id such as "payments-api"',
});

/** A reference to another record by id; which kinds it may name is declared in references.ts. */
export const Ref = Id;

/** A list of references; duplicates are allowed by the schema and reported by the model. */
export const Refs = z.array(Ref).default([]);

/** Who may read a record. Editions leave out everything above their level. */
export const Classification = z.enum(['public', 'internal', 'confidential']);

/** Fields every record has. */
export const baseFields = {
  /** Human title shown in headings, lists and search results. */
  title: z
    .string({ error: 'is required: a short human title' })
    .trim()
    .min(1, { message: 'must not be empty' }),
  /** The team accountable for this record (a `teams` id). */
  owner: Ref,
  /** Who may read it: public, internal (default) or confidential. */
  classification: Classification.default('internal'),
  /** One or two sentences shown in lists and search results. Optional. */
  summary: z.string().optional(),
};

/** Fields of records that are reviewed and approved on a cycle. */
export const reviewFields = {
  /** Date of the last completed review (YYYY-MM-DD). Missing means never reviewed. */
  lastReviewed: IsoDate.optional(),
  /** Review cycle in months. Missing means the organisation default (settings.review.defaultEveryMonths). */
  reviewEvery: z.number().int().min(1).max(60).optional(),
  /** Person who approved the current version (a `people` id). */
  approvedBy: Ref.optional(),
  /** Date the current version was approved (YYYY-MM-DD). */
  approvedOn: IsoDate.optional(),
};
