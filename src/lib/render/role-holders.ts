/**
 * Who holds a role named in a plan step: the team members with that role (matched without
 * regard to case or surrounding spaces), primary holders first, each with the work numbers and
 * addresses the edition shows. A plan's own teams answer first; when none of them has the role
 * (the major incident manager belongs to another team), every team answers. Plain data for the
 * plan page and the go-bags.
 */
import type { Entry, Model } from '../model/model.ts';
import { getEntry } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { toEmailLink, toPhoneLink, type ContactLink } from './contact.ts';

/** One person holding a role. */
export interface RoleHolder {
  /** The person's id (a placeholder's id when the edition leaves the person out). */
  person: string;
  /** The person's key, for a link; undefined when the edition leaves the person out. */
  key?: RecordKey;
  /** The name, or "restricted record". */
  name: string;
  as: 'primary' | 'alternate';
  /** The team's id and title. */
  team: string;
  teamTitle: string;
  /** Work phone and e-mail as links (empty when none or left out). */
  phone: ContactLink[];
  email: ContactLink[];
}

interface Membership {
  team: Entry<'teams'>;
  person: string;
  as: 'primary' | 'alternate';
}

const norm = (role: string) => role.trim().toLowerCase();
const byRole = new WeakMap<Model, Map<string, Membership[]>>();

/** Memberships by normalised role name, in team id order then as listed; built once per model. */
function memberships(model: Model): Map<string, Membership[]> {
  let out = byRole.get(model);
  if (out) return out;
  out = new Map();
  for (const team of model.byKind.teams)
    for (const m of team.data.members) {
      const list = out.get(norm(m.role)) ?? [];
      list.push({ team, person: m.person, as: m.as });
      out.set(norm(m.role), list);
    }
  byRole.set(model, out);
  return out;
}

/**
 * The holders of `role`, primaries first (then by team id as listed), from the teams `teams`
 * when one of them has the role, else from every team; empty when nobody holds it.
 */
export function roleHolders(model: Model, role: string, teams: readonly string[]): RoleHolder[] {
  const all = memberships(model).get(norm(role)) ?? [];
  const own = all.filter((m) => teams.includes(m.team.id));
  const chosen = own.length ? own : all;
  const seen = new Set<string>();
  return [...chosen.filter((m) => m.as === 'primary'), ...chosen.filter((m) => m.as !== 'primary')]
    .filter((m) => {
      const k = `${m.person} ${m.as}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((m) => {
      const p = getEntry(model, 'people', m.person);
      return {
        person: m.person,
        key: p ? keyOf('people', m.person) : undefined,
        name: p ? p.data.title : 'restricted record',
        as: m.as,
        team: m.team.id,
        teamTitle: m.team.data.title,
        phone: p?.data.phone ? [toPhoneLink(p.data.phone)] : [],
        email: p?.data.email ? [toEmailLink(p.data.email)] : [],
      };
    });
}
