/**
 * The standards' checklists (docs/standards.md): each standard a list of requirements, each
 * requirement checked against the knowledge base, met, partly met or not, with the records that
 * show it and what is missing. One file per standard in this folder, registered once in
 * STANDARDS; the checks they share are in checks/.
 *
 * Guarantees: pure and deterministic (asOf from the model, never the clock); reads only the
 * analyses computed before it (context, review due, gaps, readiness, risks, coverage), so no
 * figure disagrees with the page it comes from; requirement ids are unique inside a standard
 * (tested).
 * Complexity: O(records + review items + gaps + plans x covered records) per requirement.
 * Reference: ISO 22301:2019 8.2-10.2; DORA Art. 11, 12, 13(2), 24(5), 28(8); RTS 2024/1774 Art. 24-26;
 * NIST SP 800-34 Rev. 1 chapters 3-4.
 */
import { ISO_22301 } from './iso-22301.ts';
import { DORA } from './dora.ts';
import { NIST_800_34 } from './nist-800-34.ts';
import {
  REQUIREMENT_STATUSES,
  type CheckInput,
  type RequirementStatus,
  type Standard,
  type StandardChecklist,
} from './requirement.ts';

export * from './requirement.ts';

/** Every standard, in the order the site lists them. */
export const STANDARDS: readonly Standard[] = [ISO_22301, DORA, NIST_800_34];

/** The id of a standard ("iso-22301"). */
export type StandardId = (typeof STANDARDS)[number]['id'];

/** Checks every requirement of `standard`. */
export function checkStandard(standard: Standard, input: CheckInput): StandardChecklist {
  const counts = Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, 0])) as Record<
    RequirementStatus,
    number
  >;
  const requirements = standard.requirements.map((requirement) => {
    const result = requirement.run(input);
    counts[result.status]++;
    return { requirement, result };
  });
  return { standard, requirements, counts };
}

/** Checks every standard of STANDARDS, in order. */
export function checkStandards(input: CheckInput): StandardChecklist[] {
  return STANDARDS.map((s) => checkStandard(s, input));
}
