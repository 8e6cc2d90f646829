import { z } from 'astro/zod';
import { baseFields, Ref } from './common.ts';
import { IsoDate } from './date.ts';

/** A person who takes part in continuity: contacts, roles, deputy, training. Personal data. */
export const PersonSchema = z.strictObject({
  ...baseFields,
  /** Personal data defaults to confidential. */
  classification: baseFields.classification.unwrap().default('confidential'),
  /** Job title or continuity roles held. */
  roles: z.array(z.string()).default([]),
  /** Work phone. */
  phone: z.string().optional(),
  /** Work email. */
  email: z.string().optional(),
  /** Ways to reach the person when work systems are down. */
  outOfBand: z
    .array(
      z.strictObject({
        /** Channel: personal-phone, sms, home-phone, satellite, radio, personal-email. */
        channel: z.enum([
          'personal-phone',
          'sms',
          'home-phone',
          'satellite',
          'radio',
          'personal-email',
        ]),
        /** Number or address. */
        value: z.string(),
      }),
    )
    .default([]),
  /** Who stands in when the person is unavailable (a `people` id). */
  deputy: Ref.optional(),
  /** May declare a disaster and invoke recovery plans. Default false. */
  mayDeclareDisaster: z.boolean().default(false),
  /** Date the contact details were last confirmed (YYYY-MM-DD). */
  contactVerified: IsoDate.optional(),
  /** Training completed: a plan or guide id and the date. */
  training: z
    .array(
      z.strictObject({
        /** The plan or guide trained on (`plans` or `guides` id). */
        subject: Ref,
        /** Date completed (YYYY-MM-DD). */
        completedOn: IsoDate,
      }),
    )
    .default([]),
});
export type Person = z.output<typeof PersonSchema>;
