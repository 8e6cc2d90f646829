/**
 * What the printable tier-1 plans page shows: every approved plan that covers a tier-1 service
 * (tiers of the whole organisation), in recovery order (the first recovery wave of the tier-1
 * services it covers, then the tightest RTO target among them, then id), each with what it
 * covers for the contents list, its facts and its procedure (activation, the steps as a
 * checklist, stand-down: the plan page's own, from toProcedure), and how many such plans the
 * edition does not name. Only recovery plans (service continuity, disaster recovery) are printed: an
 * exit plan is not a wave-1 recovery plan. Plain data; the page lays it out and renders each
 * plan's body.
 */
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { toFacts, toLink, type Fact } from './facts.ts';
import { toProcedure, type PlanProcedureView } from './plan-page.ts';
import { formatDuration } from '../schema/duration.ts';
import { plural } from './figure.ts';
import { toPages, type Page } from './paging.ts';

/**
 * The most plans one printed pack holds: with more, the pack is split per owning team
 * (print/tier-1-plans/<team>/), and a team with more than this has its pack in parts
 * (page-2/, ...), so no pack grows with the organisation.
 */
export const PACK_SIZE = 20;

export interface PrintedPlan {
  id: string;
  title: string;
  href: string;
  /** Anchor of the plan's article and of its heading. */
  anchor: string;
  headingId: string;
  /** The plan's version ("4.1"), absent when it has none. */
  version?: string;
  /**
   * Where it comes in recovery order: "wave 1, RTO 1h" (the first wave of the tier-1 services
   * it covers and the tightest RTO target among them); "" when neither is known.
   */
  order: string;
  /**
   * What it covers, services then business functions, each with its tier when it has one:
   * "Ledger database (tier 1), Order intake (tier 1) and 1 restricted record".
   */
  covers: string;
  facts: Fact[];
  /** When to activate, the steps to tick off, when to stand down: as on the plan's page. */
  procedure: PlanProcedureView;
  /** The owning team's id and title (the pack it is printed in when packs are split). */
  owner: string;
  ownerTitle: string;
}

export interface Tier1PlansView {
  /** "7 approved plans" or "8 approved plans (1 of them restricted, not printed here)". */
  count: string;
  plans: PrintedPlan[];
}

/** The plans that recover services (an exit or communication plan is not a recovery plan). */
const RECOVERY_TYPES: ReadonlySet<string> = new Set(['service-continuity', 'disaster-recovery']);

/** The tier-1 plans of one edition, for printing; `href` makes a shown record's link. */
export function toTier1PlansPage(
  site: Published,
  href: (key: RecordKey) => string,
): Tier1PlansView {
  const { model, recovery, records } = site;
  // A service the edition does not name still has its tier (numbers are never hidden).
  const isTier1 = (id: string) => recovery.tierOf(keyOf('services', id)) === 1;
  const isTier1Plan = (e: Entry) =>
    e.kind === 'plans' &&
    RECOVERY_TYPES.has((e as Entry<'plans'>).data.type) &&
    (e as Entry<'plans'>).data.status === 'approved' &&
    (e as Entry<'plans'>).data.covers.services.some(isTier1);
  const tier1Of = (p: Entry<'plans'>) =>
    p.data.covers.services
      .map((id) => recovery.byKey.get(keyOf('services', id)))
      .filter((n): n is NodeRecovery => n?.tier === 1);
  // Unknown waves and targets sort last (Infinity), never first.
  const least = (xs: (number | undefined)[]) => Math.min(...xs.map((x) => x ?? Infinity));
  const all = records.count(isTier1Plan);
  const plans = (records.pick(isTier1Plan) as Entry<'plans'>[])
    .map((p) => {
      const tier1 = tier1Of(p);
      return {
        p,
        wave: least(tier1.map((n) => n.wave)),
        target: least(tier1.map((n) => n.rto.target)),
      };
    })
    .sort((a, b) => a.wave - b.wave || a.target - b.target || (a.p.id < b.p.id ? -1 : 1));
  const covers = (p: Entry<'plans'>) => {
    const named: string[] = [];
    let restricted = 0;
    const add = (kind: 'services' | 'bia', id: string) => {
      const link = toLink(model, kind, id);
      if (link.restricted) return void restricted++;
      const tier = recovery.tierOf(keyOf(kind, id));
      named.push(tier ? `${link.title} (tier ${tier})` : link.title);
    };
    p.data.covers.services.forEach((id) => add('services', id));
    p.data.covers.functions.forEach((id) => add('bia', id));
    if (restricted) named.push(plural(restricted, 'restricted record'));
    return named.length > 1
      ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
      : (named[0] ?? '');
  };
  return {
    count:
      `${all.total} approved recovery plans` +
      (all.restricted ? ` (${all.restricted} of them restricted, not printed here)` : ''),
    plans: plans.map(({ p, wave, target }) => ({
      id: p.id,
      title: p.data.title,
      href: href(p.key),
      anchor: `plan-${p.id}`,
      headingId: `h-${p.id}`,
      version: p.data.version,
      order: [
        Number.isFinite(wave) ? `wave ${wave}` : '',
        Number.isFinite(target) ? `RTO ${formatDuration(target)}` : '',
      ]
        .filter(Boolean)
        .join(', '),
      covers: covers(p),
      facts: toFacts(model, p),
      procedure: toProcedure(site, p),
      owner: p.data.owner,
      ownerTitle: toLink(model, 'teams', p.data.owner).title,
    })),
  };
}

/** One owning team's printed pack: its plans in recovery order, in parts of PACK_SIZE. */
export interface TeamPack {
  team: string;
  title: string;
  /** How many plans it holds. */
  count: number;
  parts: Page<PrintedPlan>[];
}

/**
 * The printed packs of the tier-1 plans: one pack when there are at most `size`, else one per
 * owning team (teams in the order their first plan comes in recovery order), each in parts of
 * at most `size` plans. Every plan is in exactly one part of one pack.
 */
export function toTier1Packs(
  view: Tier1PlansView,
  size: number = PACK_SIZE,
): { split: boolean; teams: TeamPack[] } {
  if (view.plans.length <= size) return { split: false, teams: [] };
  const byTeam = new Map<string, PrintedPlan[]>();
  for (const p of view.plans) {
    const list = byTeam.get(p.owner) ?? [];
    list.push(p);
    byTeam.set(p.owner, list);
  }
  return {
    split: true,
    teams: [...byTeam].map(([team, plans]) => ({
      team,
      title: plans[0].ownerTitle,
      count: plans.length,
      parts: toPages(plans, size),
    })),
  };
}
