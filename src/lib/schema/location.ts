import { z } from 'astro/zod';
import { baseFields, reviewFields, Refs } from './common.ts';

/** An office, data centre, cloud region or alternate site. */
export const LocationSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** What sort of place. */
  type: z.enum(['office', 'data-centre', 'cloud-region', 'alternate-site', 'colocation']),
  /** Address or provider region, for example "eu-central-1". */
  address: z.string().optional(),
  /** Places that can take over (`locations` ids). */
  alternates: Refs,
});
export type Location = z.output<typeof LocationSchema>;
