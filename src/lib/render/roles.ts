/**
 * The roles of the organisation as an edition names them: every role written in a shown plan's
 * steps (`steps[].role`) or a shown team's memberships (`members[].role`), matched without
 * regard to case or surrounding spaces as role-holders.ts matches them, each with a slug for its
 * page (/roles/<slug>/). A role written only in records the edition leaves out is not named.
 * Plain data for the roles index, the role pages and the people pages. O(steps + memberships).
 */
import type { Model } from '../model/model.ts';
import { compareTitles } from './title-order.ts';

/** One role: its name as first written (plans before teams, by id), its slug, where it is named. */
export interface Role {
  /** The role's name as first written ("DBA on call"). */
  name: string;
  /** "dba-on-call": unique among the roles (a clash gets "-2", "-3", … in name order). */
  slug: string;
  /** The shown teams with a member in the role, by id. */
  teams: string[];
  /** The shown plans with a step in the role, by id. */
  plans: string[];
}

/** A role name as it is matched: trimmed, lower case. */
export const normRole = (role: string): string => role.trim().toLowerCase();

/** A role name as a URL path segment: lower case, letters and digits joined by hyphens. */
export function toRoleSlug(role: string): string {
  return (
    normRole(role)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'role'
  );
}

const cache = new WeakMap<Model, Role[]>();

/** Every role the shown records of `model` name, sorted by name; computed once per model. */
export function listRoles(model: Model): Role[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const byName = new Map<string, Role>();
  const add = (name: string, into: 'teams' | 'plans', id: string) => {
    const n = normRole(name);
    if (!n) return;
    let r = byName.get(n);
    if (!r) byName.set(n, (r = { name: name.trim(), slug: '', teams: [], plans: [] }));
    if (!r[into].includes(id)) r[into].push(id);
  };
  for (const p of model.byKind.plans) for (const s of p.data.steps) add(s.role, 'plans', p.id);
  for (const t of model.byKind.teams) for (const m of t.data.members) add(m.role, 'teams', t.id);
  const roles = [...byName.values()].sort(
    (a, b) => compareTitles(normRole(a.name), normRole(b.name)) || compareTitles(a.name, b.name),
  );
  const used = new Map<string, number>();
  for (const r of roles) {
    const base = toRoleSlug(r.name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    r.slug = n === 1 ? base : `${base}-${n}`;
  }
  cache.set(model, roles);
  return roles;
}

/** The role named `name` (any case), or undefined when the shown records name no such role. */
export function findRole(model: Model, name: string): Role | undefined {
  return listRoles(model).find((r) => normRole(r.name) === normRole(name));
}

/** The roles members of team `team` hold, by name; empty for a team the edition does not show. */
export function rolesOfTeam(model: Model, team: string): Role[] {
  return listRoles(model).filter((r) => r.teams.includes(team));
}
