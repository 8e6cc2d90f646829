/**
 * A person as someone in an incident needs them: the name (a link when the edition shows the
 * person), what they are there for, and their work phone and e-mail as `tel:`/`mailto:` links.
 * Personal and out-of-band numbers are not here: they belong to the go-bag and the person's
 * page, where the edition decides.
 */
import type { Model } from '../model/model.ts';
import { getEntry } from '../model/model.ts';
import { toLink, type RecordLink } from './facts.ts';
import { toEmailLink, toPhoneLink, type ContactLink } from './contact.ts';
import type { RoleHolder } from './role-holders.ts';

export interface PersonContact {
  /** The person (a restricted placeholder when the edition leaves them out). */
  person: RecordLink;
  /** Why they are listed: "primary", "alternate, Service desk", "1st to call". */
  note?: string;
  phone: ContactLink[];
  email: ContactLink[];
}

/**
 * The people to call for team `teamId`, in its escalation order, with work phones: "1st to
 * call, Database" (`named`), or "1st to call" under a heading that names the team.
 */
export function escalationOf(model: Model, teamId: string, named = true): PersonContact[] {
  const team = getEntry(model, 'teams', teamId);
  return (team?.data.escalation ?? []).map((p, i) => ({
    ...toPersonContact(model, p, named ? `${toCall(i + 1)}, ${team?.data.title}` : toCall(i + 1)),
    email: [],
  }));
}

/** Person `id` with their work contacts, `note` saying why they are listed. */
export function toPersonContact(model: Model, id: string, note?: string): PersonContact {
  const p = getEntry(model, 'people', id);
  return {
    person: toLink(model, 'people', id),
    note,
    phone: p?.data.phone ? [toPhoneLink(p.data.phone)] : [],
    email: p?.data.email ? [toEmailLink(p.data.email)] : [],
  };
}

/** A role holder as a person contact; the team is named when it is not one of `teams`. */
export function holderContact(
  model: Model,
  h: RoleHolder,
  teams: readonly string[],
): PersonContact {
  const note = teams.includes(h.team) ? h.as : `${h.as}, ${h.teamTitle}`;
  return { person: toLink(model, 'people', h.person), note, phone: h.phone, email: h.email };
}

/** "1st to call", "2nd to call", … */
function toCall(n: number): string {
  const suffix = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${suffix[(v - 20) % 10] ?? suffix[v] ?? 'th'} to call`;
}
