import { z } from 'astro/zod';
import { baseFields, Classification, Ref } from './common.ts';
import { IsoDate } from './date.ts';

/**
 * A person who takes part in continuity: contacts, roles, deputy, training.
 *
 * Classified per field: what staff need to reach a colleague at work (name, roles, team
 * memberships, work phone and e-mail) is internal, like every record by default; the personal
 * and out-of-band contacts are confidential each (`outOfBand[].classification`), so the
 * internal edition prints the call tree with work numbers and the confidential one adds the
 * personal numbers (`restrictModel` in src/lib/model/edition.ts takes them out of the copy an
 * edition below them gets). `classification: confidential` raises the whole person: then no
 * edition below confidential names them at all.
 */
export const PersonSchema = z.strictObject({
  ...baseFields,
  /**
   * Who may read the person's record: internal by default (name, roles, work contacts).
   * `confidential` leaves the whole person out of the internal and public editions.
   */
  classification: baseFields.classification,
  /** Job title or continuity roles held. Internal unless the whole person is confidential. */
  roles: z.array(z.string()).default([]),
  /**
   * Work phone, as people write it ("+44 20 7946 0104"); shown as written and linked as
   * `tel:` without spaces. Internal: it is in the call tree of the internal edition.
   */
  phone: z.string().optional(),
  /** Work e-mail address; linked as `mailto:`. Internal, like the work phone. */
  email: z.string().optional(),
  /**
   * Ways to reach the person when work systems are down: personal numbers and addresses,
   * satellite phones, radio. Each is confidential unless marked otherwise, so only the
   * confidential edition prints them; the internal edition says they are withheld.
   */
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
        /** Number or address, as written; a number is linked as `tel:`, an address as `mailto:`. */
        value: z.string(),
        /**
         * Who may read this entry: confidential by default (personal data). Lower it to
         * `internal` for a shared channel (the team's satellite phone), never for a private one.
         */
        classification: Classification.default('confidential'),
      }),
    )
    .default([]),
  /** Who stands in when the person is unavailable (a `people` id). */
  deputy: Ref.optional(),
  /** May declare a disaster and invoke recovery plans. Default false. */
  mayDeclareDisaster: z.boolean().default(false),
  /** Date the contact details were last confirmed (YYYY-MM-DD). */
  contactVerified: IsoDate.optional(),
  /**
   * Training completed and attestations given: a plan or guide id, the date and, for a plan, its
   * version. Refreshed every settings.review.trainingRefreshMonths; retraining on a plan is due
   * at once when the plan's `version` is no longer the one trained on.
   */
  training: z
    .array(
      z.strictObject({
        /** The plan or guide trained on (`plans` or `guides` id). */
        subject: Ref,
        /** Date completed (YYYY-MM-DD). */
        completedOn: IsoDate,
        /** The plan's `version` trained on ("2.1"); unset, only the refresh interval counts. */
        version: z.string().optional(),
        /** training (a course, walkthrough or exercise) or attestation ("read and understood"). Default training. */
        type: z.enum(['training', 'attestation']).default('training'),
      }),
    )
    .default([]),
});
export type Person = z.output<typeof PersonSchema>;
