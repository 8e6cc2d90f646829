/**
 * A team's go-bag: what the team needs when everything else is down, picked from the model —
 * its plans, the services those plans recover in recovery order, its call tree and contacts.
 * Plain data; the page renders it as one self-contained HTML file.
 */
import type { Entry, Model } from '../model/model.ts';
import type { ShownRecovery } from '../publish/publish.ts';
import { getEntry } from '../model/model.ts';
import { formatDuration as fd } from '../schema/duration.ts';

export interface GoBag {
  team: Entry<'teams'>;
  plans: Entry<'plans'>[];
  /** Services the team's plans recover, by wave then target RTO. */
  services: {
    id: string;
    title: string;
    wave?: number;
    target: string;
    achievable: string;
    tier?: number;
  }[];
  /** People to call in order, then the other members, with every way to reach them. */
  callTree: {
    order?: number;
    name: string;
    role: string;
    phone?: string;
    email?: string;
    outOfBand: string[];
  }[];
  vendors: {
    title: string;
    contacts: { name: string; role: string; phone?: string; email?: string }[];
  }[];
}

/** The go-bag of one team. */
export function toGoBag(model: Model, rec: ShownRecovery, team: Entry<'teams'>): GoBag {
  const plans = model.byKind.plans.filter(
    (p) => p.data.status !== 'retired' && p.data.teams.includes(team.id),
  );
  const serviceIds = [...new Set(plans.flatMap((p) => p.data.covers.services))];
  const services = serviceIds
    .map((id) => rec.byKey.get(`services/${id}`))
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
      wave: n.wave,
      tier: n.tier,
      target: n.rto.target === undefined ? '' : fd(n.rto.target),
      achievable: fd(n.rto.achievable),
    }));
  const person = (id: string) => getEntry(model, 'people', id);
  const seen = new Set<string>();
  const callTree: GoBag['callTree'] = [];
  const add = (id: string, role: string, order?: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const p = person(id);
    if (!p) {
      callTree.push({ order, name: 'restricted record', role, outOfBand: [] });
      return;
    }
    callTree.push({
      order,
      name: p.data.title,
      role,
      phone: p.data.phone,
      email: p.data.email,
      outOfBand: p.data.outOfBand.map((o) => `${o.channel}: ${o.value}`),
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
    .filter((v) => v !== undefined)
    .map((v) => ({ title: v.data.title, contacts: v.data.contacts }));
  return { team, plans, services, callTree, vendors };
}
