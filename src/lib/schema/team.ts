import { z } from 'astro/zod';
import { baseFields, reviewFields, Ref, Refs } from './common.ts';
import { CodeOwners } from './code-owner.ts';

/** A team with its members, escalation order and out-of-band contact route. */
export const TeamSchema = z.strictObject({
  ...baseFields,
  ...reviewFields,
  /** Members and the roles they hold. */
  members: z
    .array(
      z.strictObject({
        /** The person (a `people` id). */
        person: Ref,
        /** Role name, for example "Incident manager" or "DBA on call". */
        role: z.string(),
        /** primary holder of the role, or alternate (deputy). Default primary. */
        as: z.enum(['primary', 'alternate']).default('primary'),
      }),
    )
    .default([]),
  /** People to call, in order, when the team must be reached (`people` ids). */
  escalation: Refs,
  /** How to reach the team when chat, email and phones are down. */
  outOfBand: z.string().optional(),
  /**
   * Who reviews changes to the records this team owns, on the code host: users ("@jane-doe"),
   * teams ("@example-org/ops-team") or e-mail addresses. `npm run codeowners` writes them into
   * CODEOWNERS; unset, the records fall to `repository.defaultCodeOwners` in organisation.yaml.
   */
  codeOwners: CodeOwners.optional(),
});
export type Team = z.output<typeof TeamSchema>;
