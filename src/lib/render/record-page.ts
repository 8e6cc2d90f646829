/**
 * What a record's page shows, computed once here so the page only lays it out: the facts,
 * tables and backlinks of the record as the edition shows it, and for services and functions
 * the recovery figures, neighbourhood diagram, bottleneck timeline and what fails with it,
 * then its gaps and warnings, and its source file (last change, repository links). Texts are
 * formatted for the edition ("restricted record").
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { KIND_NOUN } from '../schema/index.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { formatText, type Text } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import { fieldOf } from '../model/issue.ts';
import {
  toFacts,
  toBacklinks,
  toLink,
  toTables,
  type Fact,
  type FactTable,
  type RecordLink,
} from './facts.ts';
import { toAvailabilityFacts } from './availability-facts.ts';
import {
  toRecoveryFacts,
  toBottleneckRows,
  toImpactLinks,
  toImpactTable,
} from './recovery-facts.ts';
import { toNeighbourhood } from './neighbourhood.ts';
import { toSvgDiagram, toMermaid, type DiagramEdge, type DiagramNode } from './diagram.ts';
import { listPlansToInvoke } from './scenario-page.ts';
import { toSvgTimeline, type TimelineRow } from './timeline.ts';
import { plansCovering } from './plans-covering.ts';
import { escalationOf, toPersonContact, type PersonContact } from './person-contact.ts';
import {
  toPlanStatus,
  toProcedure,
  type PlanProcedureView,
  type PlanStatusView,
} from './plan-page.ts';
import { countWithRestricted } from './figure.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { ReviewStatus } from '../analytics/review-due.ts';
import { toSourceView, type SourceView } from './source.ts';
import { linkFactTerms, linkTableTerms, termIds } from './term-links.ts';
import { LIST_CAP } from './paging.ts';
import { byTierThenTitle, type ListedRecord, type RecordListView } from './record-list.ts';

/** The recovery section of a service or function page. */
export interface RecoveryInsightsView {
  facts: Fact[];
  diagram: {
    svg: string;
    mermaid: string;
    caption: string;
    nodes: DiagramNode[];
    edges: DiagramEdge[];
    truncated: boolean;
    /** The text version, one line per edge: "Payments API needs Ledger database (bottleneck)". */
    lines: string[];
  };
  /** The bottleneck chain, when there is one (more than the record itself). */
  timeline?: {
    svg: string;
    rows: TimelineRow[];
    /** The text version: "Ledger database: back after 4h, target 2h (late)". */
    lines: string[];
  };
  /** Services: what fails with it. */
  impact?: {
    /** Nothing else fails with it, named or not. */
    none: boolean;
    worst?: string;
    /** The first LIST_CAP functions that fail with it, most important first (tier, then title). */
    functions: RecordLink[];
    /** The first LIST_CAP services that fail with it, most important first. */
    services: RecordLink[];
    /** Named functions and services left out of the two lists (the complete list has them). */
    functionsMore: number;
    servicesMore: number;
    /** "Business functions (5)" or "Business functions (5, 1 on restricted records)": the whole organisation's. */
    functionsLabel: string;
    servicesLabel: string;
    /** What a list without links says: "none", or that they are all restricted records. */
    functionsEmpty: string;
    servicesEmpty: string;
    restricted: number;
  };
}

/** A finding as a page lists it. */
export interface ListedFinding {
  severity: string;
  field?: string;
  message: string;
  fix: string;
}

/** What someone whose service or function is down needs first: the plans, who acts, the workaround. */
export interface IfDownView {
  /** Plans covering it, approved first, each with its status and type. */
  plans: RecordLink[];
  /** The teams that carry out those plans. */
  teams: RecordLink[];
  /** Who may declare (invoke) those plans, with their work numbers. */
  declaredBy: PersonContact[];
  /** The owning team. */
  owner: RecordLink[];
  /** Whom to call first: the owning team's escalation order, with work phones. */
  call: PersonContact[];
  /** The manual workaround (services) or minimum service level (functions), when written. */
  workaround?: string;
  /** True when no plan covers it. */
  noPlan: boolean;
}

/** What someone who has lost a location or vendor needs first: its scenario and the plans. */
export interface IfLostView {
  /** Id of the scenario of its loss (link with the site's scenario URL). */
  scenario: string;
  scenarioTitle: string;
  /** "12 services and 4 functions go down; 3 targets break; 2 at risk." */
  summary: string;
  /** The first LIST_CAP plans to invoke, approved first (as the scenario page lists them). */
  plans: RecordLink[];
  /** Named plans to invoke left out of `plans` (the scenario's list of plans has them all). */
  plansMore: number;
  /** Named plans to invoke in all. */
  plansTotal: number;
  /** Plans to invoke the edition does not name. */
  restricted: number;
}

/**
 * The scenario an exercise plays as a tabletop: its id and title (link its facilitator pack and
 * handout with the site's URLs), or only that it exists when the edition does not name it.
 */
export type TabletopLink = { scenario: string; title: string } | { restricted: true };

export interface RecordPageView {
  title: string;
  summary?: string;
  kindNoun: string;
  ownerTitle: string;
  tier?: number;
  facts: Fact[];
  tables: FactTable[];
  /** Records referring to it, by relation: the first LIST_CAP of each, how many more, how many in all. */
  backlinks: { label: string; links: RecordLink[]; more: number; total: number }[];
  impactTable?: ReturnType<typeof toImpactTable>;
  insights?: RecoveryInsightsView;
  /** For plans: status, exercise and review state, duration. */
  planStatus?: PlanStatusView;
  /** For plans: the version ("4.1"), printed at the top of every printed page; absent if none. */
  version?: string;
  /** For plans: activation, the steps as a checklist, stand-down (instead of their tables). */
  procedure?: PlanProcedureView;
  /** For services and functions: what to do if it is down, shown before the analysis. */
  ifDown?: IfDownView;
  /** For locations and vendors: the scenario of losing it and the plans to invoke. */
  ifLost?: IfLostView;
  /** For an exercise with a `tabletop`: the scenario whose packs it plays. */
  tabletop?: TabletopLink;
  gaps: ListedFinding[];
  issues: ListedFinding[];
  /** The record's file: path, last change from the git history, repository links. */
  source: SourceView;
}

/** A record's review state as its search result shows it. */
const REVIEW_STATE: Record<ReviewStatus, string> = {
  overdue: 'review overdue',
  never: 'never reviewed',
  'due-soon': 'review due soon',
  current: 'review current',
};

const show = (t: Text | string) => (typeof t === 'string' ? t : formatText(t, nameOfKey));

/**
 * Everything that fails with service `key` that the edition names, functions then services,
 * each most important first (tier, then title), and how many it does not name: the one list
 * the record page caps and its complete list page shows.
 */
export function toImpactItems(
  site: Published,
  key: RecordKey,
): { functions: ListedRecord[]; services: ListedRecord[]; restricted: number } {
  const { model, recovery } = site;
  const links = toImpactLinks(model, recovery, key);
  const item =
    (kindLabel: string) =>
    (l: RecordLink): ListedRecord => {
      const k = keyOf(l.kind, l.id);
      const n = recovery.byKey.get(k);
      const rto = n?.rto.target ?? n?.rto.declared;
      return {
        key: k,
        title: l.title,
        tier: n?.tier,
        kindLabel,
        note: rto === undefined ? undefined : `RTO ${fd(rto)}`,
      };
    };
  return {
    functions: links.functions.map(item('business function')).sort(byTierThenTitle),
    services: links.services.map(item('service')).sort(byTierThenTitle),
    restricted: links.restricted,
  };
}

/** The complete list of what fails with service `entry`; `back` is its page's address. */
export function toImpactList(site: Published, entry: Entry, back: string): RecordListView {
  const items = toImpactItems(site, entry.key);
  return {
    title: `What fails if ${entry.data.title} fails`,
    intro:
      'Every business function and service that fails with it through hard dependencies, functions first, then services, each most important first: tier 1 first, then by name.',
    back: { href: back, label: entry.data.title },
    items: [...items.functions, ...items.services],
    restricted: items.restricted,
  };
}

/** What fails with service `n`: the shown records as links, counts of the whole organisation. */
function toImpactView(site: Published, n: NodeRecovery): RecoveryInsightsView['impact'] {
  const items = toImpactItems(site, n.key);
  const toRecordLink = (i: ListedRecord): RecordLink => ({
    kind: i.key.startsWith('bia/') ? 'bia' : 'services',
    id: i.key.slice(i.key.indexOf('/') + 1),
    title: i.title,
  });
  const links = {
    functions: items.functions.map(toRecordLink),
    services: items.services.map(toRecordLink),
    restricted: items.restricted,
  };
  const labelled = (what: string, total: number, shown: number) =>
    `${what} (${countWithRestricted({ total, restricted: total - shown })})`;
  const empty = (total: number) => (total === 0 ? 'none' : 'only restricted records');
  return {
    functions: links.functions.slice(0, LIST_CAP),
    services: links.services.slice(0, LIST_CAP),
    functionsMore: Math.max(0, links.functions.length - LIST_CAP),
    servicesMore: Math.max(0, links.services.length - LIST_CAP),
    restricted: links.restricted,
    none: n.impact.functions + n.impact.services === 0,
    worst: n.impact.worstLabel,
    functionsLabel: labelled('Business functions', n.impact.functions, links.functions.length),
    servicesLabel: labelled('Services', n.impact.services, links.services.length),
    functionsEmpty: empty(n.impact.functions),
    servicesEmpty: empty(n.impact.services),
  };
}

/** The page of `entry` (a record the edition shows); `href` makes a shown record's link. */
export function toRecordPage(
  site: Published,
  entry: Entry,
  href: (key: RecordKey) => string,
): RecordPageView {
  const { model, recovery } = site;
  // Labels link their glossary term on its first use, in the page's reading order.
  const terms = termIds(model.glossary);
  const seen = new Set<string>();
  const facts = linkFactTerms(toFacts(model, entry), terms, seen);
  // A plan's steps and criteria are its procedure (below), not tables.
  const tables = linkTableTerms(entry.kind === 'plans' ? [] : toTables(model, entry), terms, seen);
  const title = (k: RecordKey) => model.index.get(k)?.data.title ?? 'restricted record';
  const link = (k: RecordKey) => (model.index.has(k) ? href(k) : undefined);
  const about = site.about(entry.key);
  const node = recovery.byKey.get(entry.key);
  let insights: RecoveryInsightsView | undefined;
  if (node) {
    const hood = toNeighbourhood(model, recovery, node.key, href);
    const rows = toBottleneckRows(recovery, node, title, link);
    const label = new Map(hood.nodes.map((n) => [n.key, n.label]));
    const nodeLabel = (k: string) => label.get(k) ?? 'restricted record';
    insights = {
      facts: linkFactTerms(
        [
          ...toRecoveryFacts(
            node,
            about.readiness,
            entry.kind === 'services' ? (entry as Entry<'services'>).data : undefined,
          ),
          ...(about.availability ? toAvailabilityFacts(about.availability, node.rto.target) : []),
        ],
        terms,
        seen,
      ),
      diagram: {
        ...hood,
        svg: toSvgDiagram(`Dependencies of ${entry.data.title}`, hood.nodes, hood.edges),
        mermaid: toMermaid(hood.nodes, hood.edges),
        caption:
          'What it depends on (below) and what depends on it (above), up to three steps. Solid: hard dependency; dashed: soft; bold red: the bottleneck path; dashed red outline: RTO inversion.' +
          (hood.truncated ? ' Large neighbourhoods are cut at 40 records each way.' : ''),
        lines: hood.edges.map(
          (e) =>
            `${nodeLabel(e.from)} ${e.type === 'hard' ? 'needs' : 'uses (soft)'} ${nodeLabel(e.to)}` +
            (e.bottleneck ? ' (bottleneck)' : ''),
        ),
      },
      timeline:
        rows.length > 1
          ? {
              rows,
              svg: toSvgTimeline(`Recovery timeline of ${entry.data.title}`, rows),
              lines: rows.map(
                (r) =>
                  `${r.label}: back after ${fd(r.end)}` +
                  (r.target !== undefined ? `, target ${fd(r.target)}` : '') +
                  (r.end !== undefined && r.target !== undefined && r.end > r.target
                    ? ' (late)'
                    : ''),
              ),
            }
          : undefined,
      impact: entry.kind === 'services' ? toImpactView(site, node) : undefined,
    };
  }
  const ownerTitle = title(keyOf('teams', entry.data.owner));
  const ifDown =
    entry.kind === 'services' || entry.kind === 'bia' ? toIfDown(site, entry) : undefined;
  const ifLost =
    entry.kind === 'locations' || entry.kind === 'vendors' ? toIfLost(site, entry) : undefined;
  const tabletop =
    entry.kind === 'exercises' ? (entry as Entry<'exercises'>).data.tabletop : undefined;
  return {
    title: entry.data.title,
    summary: entry.data.summary,
    kindNoun: KIND_NOUN[entry.kind],
    ownerTitle,
    tier: node?.tier,
    facts,
    tables,
    backlinks: toBacklinks(model, entry).map((g) => ({
      label: g.label,
      links: g.links.slice(0, LIST_CAP),
      more: Math.max(0, g.links.length - LIST_CAP),
      total: g.links.length,
    })),
    impactTable:
      entry.kind === 'bia'
        ? toImpactTable((entry as Entry<'bia'>).data, model.settings)
        : undefined,
    insights,
    ifDown,
    ...(ifLost ? { ifLost } : {}),
    ...(tabletop === undefined ? {} : { tabletop: toTabletopLink(site, tabletop) }),
    planStatus: entry.kind === 'plans' ? toPlanStatus(site, entry as Entry<'plans'>) : undefined,
    version: entry.kind === 'plans' ? (entry as Entry<'plans'>).data.version : undefined,
    procedure: entry.kind === 'plans' ? toProcedure(site, entry as Entry<'plans'>) : undefined,
    gaps: about.gaps.map((g) => ({
      severity: g.severity,
      message: show(g.message),
      fix: show(g.fix),
    })),
    issues: about.issues.map((i) => ({
      severity: i.severity,
      field: fieldOf(i) || undefined,
      message: i.message,
      fix: i.fix,
    })),
    source: toSourceView(model, entry, site.edition !== 'public'),
  };
}

/** A record's search filters and result metadata: kind, owner, tier, status, review state. */
export function toSearchFacets(site: Published, entry: Entry): Record<string, string> {
  const owner = site.model.index.get(keyOf('teams', entry.data.owner))?.data.title;
  const search: Record<string, string> = {
    kind: KIND_NOUN[entry.kind],
    owner: owner ?? 'restricted record',
  };
  const tier = site.recovery.byKey.get(entry.key)?.tier;
  if (tier) search.tier = `Tier ${tier}`;
  const data = entry.data as { status?: string; lifecycle?: string };
  const status = data.status ?? data.lifecycle;
  if (status) search.status = status;
  const review = site.about(entry.key).reviews.find((i) => i.check === 'review');
  if (review) search.review = REVIEW_STATE[review.status];
  return search;
}

/** The scenario `id` as an exercise page links it: by title, or counted when not shown. */
function toTabletopLink(site: Published, id: string): TabletopLink {
  const s = site.scenarios.items.find((x) => x.id === id);
  return s ? { scenario: s.id, title: s.title } : { restricted: true };
}

/** The scenario of losing a location or vendor, and the plans to invoke in it. */
function toIfLost(site: Published, entry: Entry): IfLostView | undefined {
  const id = `${entry.kind === 'locations' ? 'location' : 'vendor'}-${entry.id}`;
  const s = site.scenarios.items.find((x) => x.id === id);
  if (!s) return undefined;
  const { plans, restricted } = listPlansToInvoke(site, s);
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const c = s.counts;
  return {
    scenario: s.id,
    scenarioTitle: s.title,
    summary:
      `${n(c.services, 'service')} and ${n(c.functions, 'function')} go down; ` +
      `${n(c.broken, 'target')} ${c.broken === 1 ? 'breaks' : 'break'}` +
      (c.atRisk > 0 ? `; ${c.atRisk} at risk (no substitute, no exit plan).` : '.'),
    plans: plans
      .slice(0, LIST_CAP)
      .map((p) => toLink(site.model, 'plans', p.key.slice(6), p.status)),
    plansMore: Math.max(0, plans.length - LIST_CAP),
    plansTotal: plans.length,
    restricted,
  };
}

/** The plans covering a service or function (as the edition shows them), their teams and declarers. */
function toIfDown(site: Published, entry: Entry): IfDownView {
  const { model } = site;
  const plans = plansCovering(model, entry.key);
  const unique = (ids: string[]) => [...new Set(ids)].sort();
  const data = entry.data as { alternateMeans?: string; mbco?: string };
  return {
    plans: plans.map((p) => toLink(model, 'plans', p.id, `${p.data.status}, ${p.data.type}`)),
    teams: unique(plans.flatMap((p) => p.data.teams)).map((id) => toLink(model, 'teams', id)),
    declaredBy: unique(plans.flatMap((p) => p.data.declaredBy)).map((id) => ({
      ...toPersonContact(model, id),
      email: [],
    })),
    owner: [toLink(model, 'teams', entry.data.owner)],
    call: escalationOf(model, entry.data.owner),
    workaround: entry.kind === 'services' ? data.alternateMeans : data.mbco,
    noPlan: plans.length === 0,
  };
}

/**
 * Every record referring to `entry`, by relation (the groups of its "Referred to by" list, in
 * order), each group's records in the order the page lists them; those the edition does not
 * name counted. The complete list behind the record page's capped groups.
 */
export function toReferredByList(site: Published, entry: Entry, back: string): RecordListView {
  const items: ListedRecord[] = [];
  let restricted = 0;
  for (const g of toBacklinks(site.model, entry))
    for (const l of g.links) {
      if (l.restricted) restricted++;
      else
        items.push({
          key: keyOf(l.kind, l.id),
          title: l.title,
          tier: site.recovery.byKey.get(keyOf(l.kind, l.id))?.tier,
          group: g.label,
        });
    }
  return {
    title: `Referred to by: ${entry.data.title}`,
    intro:
      'Every record that names it, by how it names it, each part in the order its page lists it.',
    back: { href: back, label: entry.data.title },
    items,
    restricted,
  };
}

/** Whether a record page caps one of its "Referred to by" groups (so it has a complete list page). */
export const hasLongBacklinks = (site: Published, entry: Entry): boolean =>
  toBacklinks(site.model, entry).some((g) => g.links.length > LIST_CAP);
