/**
 * A team's go-bag: what the team needs when everything else is down, picked from the edition —
 * its plans with their steps (each step with the people who hold its role and their work
 * numbers), the services those plans recover in recovery order (marking those that cannot be
 * back by their target), its call tree (escalation order, the other members, then the people
 * of other teams its plans' steps name) and the vendors' contacts; numbers with their `tel:`
 * link, addresses with their `mailto:` link; and where the confidential copy is kept. Plain
 * data; the page renders it as one self-contained HTML file (and each plan's body).
 */
import type { Entry } from '../model/model.ts';
import type { Published } from '../publish/publish.ts';
import { getEntry } from '../model/model.ts';
import { internal } from '../model/internal.ts';
import { keyOf } from '../model/key.ts';
import { RESTRICTED } from '../model/edition.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { toOutOfBandCell, type Cell } from './facts.ts';
import { toEmailLink, toPhoneLink, type ContactLink } from './contact.ts';
import { roleHolders } from './role-holders.ts';

/** Someone who holds a step's role, as the step names them. */
export interface GoBagHolder {
  /** The name, or "restricted record". */
  name: string;
  as: 'primary' | 'alternate';
  /** The title of the team the role is held in. */
  team: string;
  /** Work phone as a `tel:` link (empty when none or left out). */
  phone: ContactLink[];
}

/** One procedure step, as the go-bag prints it. */
export interface GoBagStep {
  id: string;
  /** Anchor of the step, for the links of the steps that wait for it. */
  anchor: string;
  phase: string;
  /** The role as the plan writes it. */
  role: string;
  /** Who holds the role, primaries first; empty when nobody does. */
  holders: GoBagHolder[];
  action: string;
  /** "20m", or empty. */
  estimate: string;
  /** The steps it waits for, by id, with their anchors. */
  after: { id: string; anchor: string }[];
}

/** One plan of the team, as the go-bag prints it. */
export interface GoBagPlan {
  id: string;
  /** Anchor of the plan's section. */
  anchor: string;
  title: string;
  type: string;
  status: string;
  activation: string[];
  /** The procedure steps in the plan's order (empty when it has none). */
  steps: GoBagStep[];
  standDown: string[];
}

/** One person to call. */
export interface GoBagContact {
  /**
   * Why they are listed: in the team's `escalation` order, another member of the team, or a
   * member of another team who holds a role the team's plans' steps name.
   */
  group: 'escalation' | 'member' | 'steps';
  /** Place in the escalation order ("1"), empty outside it. */
  order: string;
  /** The name, or "restricted record". */
  name: string;
  /**
   * Each role with the title of the team it is held in; "escalation (not a member)" for
   * someone in the escalation order who holds no role in the team.
   */
  roles: { role: string; team: string }[];
  phone: ContactLink[];
  /** Out-of-band contacts, or what the edition withheld as a contact without href. */
  outOfBand: ContactLink[];
  email: ContactLink[];
}

export interface GoBag {
  title: string;
  /** What the team does when normal channels are down. */
  outOfBand?: string;
  /** The edition this go-bag is from. */
  edition: string;
  /**
   * Which copy this is and where the confidential one (with personal numbers) is kept, from
   * the settings `goBags.confidentialCopy`, or that its place is not recorded.
   */
  confidentialCopy: string;
  /**
   * People to call, in three groups (empty ones left out): the escalation order, the other
   * members, then the people of other teams the plans' steps name; each person once, with
   * every way to reach them that the edition shows; what it withheld is a contact without href
   * ("personal numbers: in the confidential edition").
   */
  callTree: { group: GoBagContact['group']; heading: string; people: GoBagContact[] }[];
  /** Services the team's plans recover, by wave then target RTO. */
  services: {
    id: string;
    title: string;
    wave: string;
    tier: string;
    target: string;
    achievable: string;
    /** "late by 2h10m" when the achievable RTO after a wide outage is after the target. */
    late?: string;
  }[];
  /** Those services have vendors the edition names. */
  hasVendors: boolean;
  /** One row per contact of each vendor of those services, vendors by id. */
  vendorContacts: {
    vendor: string;
    name: string;
    role: string;
    phone: ContactLink[];
    email: ContactLink[];
  }[];
  /** "3" or "3, 1 of them restricted": the team's plans in the whole organisation. */
  planCount: string;
  plans: GoBagPlan[];
  /** How durations are written, with an example. */
  durations: string;
}

const phones = (v: string | undefined) => (v ? [toPhoneLink(v)] : []);
const emails = (v: string | undefined) => (v ? [toEmailLink(v)] : []);
/** A cell as contacts: text as one contact without href. */
const toContacts = (c: Cell | undefined): ContactLink[] =>
  c === undefined ? [] : typeof c === 'string' ? [{ text: c }] : 'contacts' in c ? c.contacts : [];

/** The call tree's groups, in order, with their headings. */
const CALL_GROUPS: Record<GoBagContact['group'], string> = {
  escalation: 'Call in this order',
  member: 'Other members',
  steps: "Named in the plans' steps, from other teams",
};

const isTeamPlan = (team: string) => (e: Entry) =>
  e.kind === 'plans' &&
  (e as Entry<'plans'>).data.status !== 'retired' &&
  (e as Entry<'plans'>).data.teams.includes(team);

/** Which copy a go-bag of `edition` is, and where the confidential one is kept. */
export function toConfidentialCopy(edition: string, setting: string | undefined): string {
  const place = setting?.replace(/[.\s]+$/, '');
  const unrecorded =
    'is not recorded (set goBags.confidentialCopy in organisation.yaml to say where it is kept)';
  if (edition === 'confidential')
    return place
      ? `This is the confidential copy, with personal numbers. The confidential go-bags are kept: ${place}.`
      : `This is the confidential copy, with personal numbers. Where the confidential go-bags are kept ${unrecorded}.`;
  return place
    ? `Personal numbers are withheld in this edition; the confidential go-bag is kept: ${place}.`
    : `Personal numbers are withheld in this edition; where the confidential go-bag is kept ${unrecorded}.`;
}

/** The go-bag of team `id`, one the edition shows. */
export function toGoBag(site: Published, id: string): GoBag {
  const { model, recovery: rec, records } = site;
  const team = getEntry(model, 'teams', id);
  if (!team) throw internal(`a go-bag was asked for team "${id}", which the edition does not show`);
  const plans = model.byKind.plans.filter(isTeamPlan(team.id));
  const planFigure = records.count(isTeamPlan(team.id));
  const serviceIds = [...new Set(plans.flatMap((p) => p.data.covers.services))];
  const services = serviceIds
    .map((id) => rec.byKey.get(keyOf('services', id)))
    .filter((n) => n !== undefined)
    .sort(
      (a, b) =>
        (a.wave ?? Infinity) - (b.wave ?? Infinity) ||
        (a.rto.target ?? Infinity) - (b.rto.target ?? Infinity) ||
        (a.id < b.id ? -1 : 1),
    )
    .map((n) => ({
      id: n.id,
      title: n.title,
      wave: n.wave === undefined ? '' : String(n.wave),
      tier: n.tier === undefined ? '' : String(n.tier),
      target: n.rto.target === undefined ? '' : fd(n.rto.target),
      achievable: fd(n.rto.achievable),
      ...(n.rto.gap !== undefined && n.rto.gap > 0 ? { late: `late by ${fd(n.rto.gap)}` } : {}),
    }));

  // Each person once; every left-out person reads RESTRICTED, so those are told apart by role.
  const callTree: GoBagContact[] = [];
  const byPerson = new Map<string, GoBagContact>();
  const add = (
    person: string,
    group: GoBagContact['group'],
    role: { role: string; team: string },
    order?: number,
  ) => {
    const key = person === RESTRICTED ? `${person} ${role.role} ${role.team}` : person;
    const listed = byPerson.get(key);
    if (listed) {
      if (!listed.roles.some((r) => r.role === role.role && r.team === role.team))
        listed.roles.push(role);
      return;
    }
    const p = getEntry(model, 'people', person);
    const contact: GoBagContact = {
      group,
      order: order === undefined ? '' : String(order),
      name: p ? p.data.title : 'restricted record',
      roles: [role],
      phone: phones(p?.data.phone),
      outOfBand: p ? toContacts(toOutOfBandCell(p)) : [],
      email: emails(p?.data.email),
    };
    byPerson.set(key, contact);
    callTree.push(contact);
  };
  const teamTitle = team.data.title;
  const memberRole = (m: { role: string; as: string }) => `${m.role} (${m.as})`;
  team.data.escalation.forEach((person, i) => {
    const held = team.data.members.filter((m) => m.person === person);
    if (held.length === 0)
      add(person, 'escalation', { role: 'escalation (not a member)', team: teamTitle }, i + 1);
    for (const m of held)
      add(person, 'escalation', { role: memberRole(m), team: teamTitle }, i + 1);
  });
  for (const m of team.data.members)
    add(m.person, 'member', { role: memberRole(m), team: teamTitle });

  const stepsOf = (p: Entry<'plans'>): GoBagStep[] => {
    const anchor = (step: string) => `plan-${p.id}-step-${step}`;
    return p.data.steps.map((s) => {
      const holders = roleHolders(model, s.role, p.data.teams);
      // People of other teams the steps name join the call tree after the team's own.
      for (const h of holders)
        if (h.team !== team.id)
          add(h.person, 'steps', {
            role: memberRole({ role: s.role, as: h.as }),
            team: h.teamTitle,
          });
      return {
        id: s.id,
        anchor: anchor(s.id),
        phase: s.phase,
        role: s.role,
        holders: holders.map((h) => ({
          name: h.name,
          as: h.as,
          team: h.teamTitle,
          phone: h.phone,
        })),
        action: s.action,
        estimate: s.estimate === undefined ? '' : fd(s.estimate),
        after: s.after.map((a) => ({ id: a, anchor: anchor(a) })),
      };
    });
  };
  const goBagPlans: GoBagPlan[] = plans.map((p) => ({
    id: p.id,
    anchor: `plan-${p.id}`,
    title: p.data.title,
    type: p.data.type,
    status: p.data.status,
    activation: p.data.activation,
    steps: stepsOf(p),
    standDown: p.data.standDown,
  }));

  const vendorIds = new Set(
    serviceIds.flatMap((id) => getEntry(model, 'services', id)?.data.vendors ?? []),
  );
  for (const v of model.byKind.vendors)
    if (v.data.supplies.some((s) => serviceIds.includes(s))) vendorIds.add(v.id);
  const vendors = [...vendorIds]
    .sort()
    .map((id) => getEntry(model, 'vendors', id))
    .filter((v) => v !== undefined);
  const vendorContacts = vendors.flatMap((v) =>
    v.data.contacts.map((c) => ({
      vendor: v.data.title,
      name: c.name,
      role: c.role,
      phone: phones(c.phone),
      email: emails(c.email),
    })),
  );
  return {
    title: teamTitle,
    outOfBand: team.data.outOfBand,
    edition: model.edition,
    confidentialCopy: toConfidentialCopy(model.edition, model.settings.goBags.confidentialCopy),
    callTree: (Object.keys(CALL_GROUPS) as GoBagContact['group'][])
      .map((group) => ({
        group,
        heading: CALL_GROUPS[group],
        people: callTree.filter((c) => c.group === group),
      }))
      .filter((g) => g.people.length > 0),
    services,
    hasVendors: vendors.length > 0,
    vendorContacts,
    planCount: `${planFigure.total}${planFigure.restricted ? `, ${planFigure.restricted} of them restricted` : ''}`,
    plans: goBagPlans,
    durations: `Durations: m minutes, h hours, d days, w weeks. ${fd(60)} = one hour.`,
  };
}
