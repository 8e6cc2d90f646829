/**
 * role-without-alternate: a role of a team that has a primary holder and no alternate; one gap
 * per such role, keyed by the team.
 * Why: when the one holder of a role is absent, nobody is named to act in it.
 * Standard: ISO 22301 8.4.2 (response structure: people with the authority and competence to
 * act), NIST SP 800-34 3.5.
 * Severity (CRITERIA): medium when the team carries out an approved plan for a tier 1-2 record;
 * low otherwise.
 */
import { toFinding } from '../../model/finding.ts';
import { keyOf } from '../../model/key.ts';
import { join, ref, text } from '../../model/text.ts';
import type { GapOf, GapRule } from '../gap.ts';

const CRITERIA =
  'Medium: the team carries out an approved plan for a tier 1-2 service or function. Low: otherwise.';

/** The role-without-alternate rule: team roles with a primary and no alternate. */
export const roleWithoutAlternate: GapRule<'role-without-alternate'> = {
  id: 'role-without-alternate',
  criteria: CRITERIA,
  find(ctx) {
    const gaps: GapOf<'role-without-alternate'>[] = [];
    for (const team of ctx.model.byKind.teams) {
      const severity = ctx.carriesCriticalPlan(team.key) ? 'medium' : 'low';
      const roles = new Map<string, { primaries: string[]; alternates: number }>();
      for (const m of team.data.members) {
        const role = roles.get(m.role) ?? { primaries: [], alternates: 0 };
        if (m.as === 'primary') role.primaries.push(m.person);
        else role.alternates++;
        roles.set(m.role, role);
      }
      for (const [role, { primaries, alternates }] of roles) {
        if (primaries.length === 0 || alternates > 0) continue;
        gaps.push(
          toFinding({
            key: team.key,
            rule: 'role-without-alternate',
            severity,
            message: text`Role "${role}" has a primary (${join(primaries.map((p) => ctx.nameOf(keyOf('people', p))))}) but no alternate.`,
            fix: text`Add a member of team ${ref(team.key)} with role "${role}" and as: alternate, and make sure they are trained for it.`,
          }),
        );
      }
    }
    return gaps;
  },
};
