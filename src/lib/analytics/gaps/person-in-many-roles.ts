/**
 * person-in-many-roles: one person primary in three or more roles, or in roles of two teams or
 * more, among the teams that carry out approved plans covering tier 1-2 records.
 * Why: a key person whose absence, or whose being busy with one recovery, stalls several
 * critical recoveries at once.
 * Severity (CRITERIA): high when the person is the only holder of one of these roles (no
 * alternate), so their absence leaves it empty; medium otherwise.
 * Standard: ISO 22301 8.4.2 (response structure), DORA Art. 11(2)(c).
 */
import { toFinding } from '../../model/finding.ts';
import { keyOf, type RecordKey } from '../../model/key.ts';
import { RESTRICTED } from '../../model/edition.ts';
import { join, ref, text } from '../../model/text.ts';
import type { GapOf, GapRule } from '../gap.ts';

const CRITERIA =
  'High: the person is also the only holder of one of these roles (no alternate), so their absence leaves it empty. Medium: otherwise.';

/** A person primary in this many critical roles or more, or in critical roles of two teams or more, is a key-person risk. */
const MANY_ROLES = 3;

/** The person-in-many-roles rule: people primary in many critical roles, or in critical roles of several teams. */
export const personInManyRoles: GapRule<'person-in-many-roles'> = {
  id: 'person-in-many-roles',
  criteria: CRITERIA,
  find(ctx) {
    const primaryRoles = new Map<string, { role: string; team: RecordKey; alone: boolean }[]>();
    for (const team of ctx.model.byKind.teams) {
      if (!ctx.carriesCriticalPlan(team.key)) continue;
      const seen = new Set<string>();
      const withAlternate = new Set(
        team.data.members.filter((m) => m.as !== 'primary').map((m) => m.role),
      );
      for (const m of team.data.members) {
        if (m.as !== 'primary' || m.person === RESTRICTED || seen.has(`${m.person}\n${m.role}`))
          continue;
        seen.add(`${m.person}\n${m.role}`);
        const roles = primaryRoles.get(m.person);
        const role = { role: m.role, team: team.key, alone: !withAlternate.has(m.role) };
        if (roles) roles.push(role);
        else primaryRoles.set(m.person, [role]);
      }
    }
    const gaps: GapOf<'person-in-many-roles'>[] = [];
    for (const [person, roles] of primaryRoles) {
      const teams = new Set(roles.map((r) => r.team));
      if (roles.length < MANY_ROLES && teams.size < 2) continue;
      const key = keyOf('people', person);
      const name = ctx.nameOf(key);
      gaps.push(
        toFinding({
          key,
          rule: 'person-in-many-roles',
          severity: roles.some((r) => r.alone) ? 'high' : 'medium',
          message: text`${name} is primary in ${roles.length} roles of teams that carry out plans for tier 1-2 records: ${join(roles.map((r) => text`${r.role} (${ref(r.team)})`))}.`,
          fix: text`Hand some of these roles to other people, or name alternates who can act while ${name} is busy with another role, so one absence does not stall several recoveries.`,
        }),
      );
    }
    return gaps;
  },
};
