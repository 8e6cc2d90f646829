/**
 * The roles index: every role the edition names, A–Z, with its teams, how many hold it
 * (primaries and alternates) and how many plans and steps name it, a role without a holder or
 * without an alternate marked; then the same roles grouped by team, the first LIST_CAP teams
 * (the teams list has a roles column for all of them), and the roles no team holds. Teams and
 * plans the edition does not name are counted. Plain data.
 */
import type { Published } from '../publish/publish.ts';
import { toLink, type RecordLink } from './facts.ts';
import { roleHolders } from './role-holders.ts';
import { listRoles, normRole } from './roles.ts';
import { plural } from './figure.ts';
import { toCapped, type CappedList } from './record-list.ts';

export interface RoleRow {
  name: string;
  slug: string;
  teams: RecordLink[];
  primaries: number;
  alternates: number;
  plans: number;
  steps: number;
  /** "no holder", "no alternate", "" when both are there. */
  warning: string;
}

export interface RoleLink {
  name: string;
  slug: string;
}

export interface RolesIndexView {
  /** "42 roles". */
  count: string;
  rows: RoleRow[];
  /** Per shown team, in id order, the roles its members hold: the first LIST_CAP teams. */
  byTeam: CappedList<{ team: RecordLink; roles: RoleLink[] }>;
  /** The roles no team holds. */
  unheld: RoleLink[];
  /** Teams and plans the edition does not name (the roles only they name are not listed). */
  restricted: number;
  /** What `restricted` means, in a sentence; "" when none. */
  restrictedNote: string;
}

/** The roles index of edition `site`. */
export function toRolesIndex(site: Published): RolesIndexView {
  const { model } = site;
  const roles = listRoles(model);
  const rows = roles.map((r) => {
    const holders = roleHolders(model, r.name, []);
    const n = normRole(r.name);
    const steps = r.plans.reduce(
      (sum, id) =>
        sum +
        (model.index.get(`plans/${id}`)?.data as { steps: { role: string }[] }).steps.filter(
          (s) => normRole(s.role) === n,
        ).length,
      0,
    );
    const primaries = holders.filter((h) => h.as === 'primary').length;
    const alternates = holders.length - primaries;
    return {
      name: r.name,
      slug: r.slug,
      teams: r.teams.map((id) => toLink(model, 'teams', id)),
      primaries,
      alternates,
      plans: r.plans.length,
      steps,
      warning: holders.length === 0 ? 'no holder' : alternates === 0 ? 'no alternate' : '',
    };
  });
  const byTeam = toCapped(
    model.byKind.teams
      .map((t) => ({
        team: toLink(model, 'teams', t.id),
        roles: roles
          .filter((r) => r.teams.includes(t.id))
          .map(({ name, slug }) => ({ name, slug })),
      }))
      .filter((g) => g.roles.length > 0),
  );
  const unheld = roles
    .filter((r) => r.teams.length === 0)
    .map(({ name, slug }) => ({ name, slug }));
  const restricted = site.records.count((e) => e.kind === 'teams' || e.kind === 'plans').restricted;
  return {
    count: plural(roles.length, 'role'),
    rows,
    byTeam,
    unheld,
    restricted,
    restrictedNote: restricted
      ? `${plural(restricted, 'team or plan', 'teams and plans')} this edition does not name are left out, with any role only they name; their steps are counted on each role's page.`
      : '',
  };
}
