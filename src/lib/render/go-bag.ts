/**
 * A team's go-bag: what the team needs when everything else is down, picked from the edition —
 * its plans with their steps, the services those plans recover in recovery order, its call
 * tree and the vendors' contacts, every cell a string or a list of contacts (numbers with
 * their `tel:` link, addresses with their `mailto:` link). Plain data; the page renders it as
 * one self-contained HTML file (and each plan's body).
 */
import type { Entry } from '../model/model.ts';
import type { Published } from '../publish/publish.ts';
import { getEntry } from '../model/model.ts';
import { internal } from '../model/internal.ts';
import { keyOf } from '../model/key.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { toOutOfBandCell, toTables, type Cell } from './facts.ts';
import { toEmailLink, toPhoneLink, type ContactLink } from './contact.ts';

/** One plan of the team, as the go-bag prints it. */
export interface GoBagPlan {
  id: string;
  /** Anchor of the plan's section. */
  anchor: string;
  title: string;
  type: string;
  status: string;
  activation: string[];
  /** The procedure steps, when the plan has any; linked records by title. */
  steps?: { columns: string[]; rows: string[][] };
  standDown: string[];
}

export interface GoBag {
  title: string;
  /** What the team does when normal channels are down. */
  outOfBand?: string;
  /**
   * People to call in order, then the other members, with every way to reach them that the
   * edition shows; what it withheld is a contact without href ("personal numbers: in the
   * confidential edition").
   */
  callTree: {
    order: string;
    name: string;
    role: string;
    phone: ContactLink[];
    outOfBand: ContactLink[];
    email: ContactLink[];
  }[];
  /** Services the team's plans recover, by wave then target RTO. */
  services: {
    id: string;
    title: string;
    wave: string;
    tier: string;
    target: string;
    achievable: string;
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
/** A cell as text: record links by title, contacts as written. */
const cellText = (c: Cell) =>
  typeof c === 'string'
    ? c
    : 'contacts' in c
      ? c.contacts.map((x) => x.text).join(', ')
      : c.map((l) => l.title).join(', ');
/** A cell as contacts: text as one contact without href. */
const toContacts = (c: Cell | undefined): ContactLink[] =>
  c === undefined ? [] : typeof c === 'string' ? [{ text: c }] : 'contacts' in c ? c.contacts : [];

const isTeamPlan = (team: string) => (e: Entry) =>
  e.kind === 'plans' &&
  (e as Entry<'plans'>).data.status !== 'retired' &&
  (e as Entry<'plans'>).data.teams.includes(team);

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
    }));
  const seen = new Set<string>();
  const callTree: GoBag['callTree'] = [];
  const add = (id: string, role: string, order?: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const p = getEntry(model, 'people', id);
    callTree.push({
      order: order === undefined ? '' : String(order),
      name: p ? p.data.title : 'restricted record',
      role,
      phone: phones(p?.data.phone),
      outOfBand: p ? toContacts(toOutOfBandCell(p)) : [],
      email: emails(p?.data.email),
    });
  };
  team.data.escalation.forEach((id, i) =>
    add(
      id,
      team.data.members
        .filter((m) => m.person === id)
        .map((m) => `${m.role} (${m.as})`)
        .join(', ') || 'escalation',
      i + 1,
    ),
  );
  for (const m of team.data.members) add(m.person, `${m.role} (${m.as})`);
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
    title: team.data.title,
    outOfBand: team.data.outOfBand,
    callTree,
    services,
    hasVendors: vendors.length > 0,
    vendorContacts,
    planCount: `${planFigure.total}${planFigure.restricted ? `, ${planFigure.restricted} of them restricted` : ''}`,
    plans: plans.map((p) => {
      const steps = toTables(model, p).find((t) => t.caption === 'Procedure steps');
      return {
        id: p.id,
        anchor: `plan-${p.id}`,
        title: p.data.title,
        type: p.data.type,
        status: p.data.status,
        activation: p.data.activation,
        steps: steps && {
          columns: steps.columns,
          rows: steps.rows.map((r) => r.map(cellText)),
        },
        standDown: p.data.standDown,
      };
    }),
    durations: `Durations: m minutes, h hours, d days, w weeks. ${fd(60)} = one hour.`,
  };
}
