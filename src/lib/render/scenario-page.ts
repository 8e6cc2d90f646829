/**
 * What a scenario's page shows: what is lost, the whole organisation's counts, the functions
 * that go down and the services in recovery order with their timeline, as the edition names
 * them, and how many more it does not name. Plain data; the page only lays it out.
 */
import type { Published, ShownScenario } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { keyOf } from '../model/key.ts';
import type { Entry } from '../model/model.ts';
import type { ScenarioResult } from '../analytics/scenarios.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { toSvgTimeline, type TimelineRow } from './timeline.ts';
import { toScenarioCost, type ScenarioCostView } from './downtime-cost.ts';
import { PLAN_STATUS_RANK } from './plans-covering.ts';
import { LIST_CAP } from './paging.ts';
import {
  byTierThenTitle,
  toCapped,
  type CappedList,
  type ListedRecord,
  type RecordListView,
} from './record-list.ts';
import { compareTitles } from './title-order.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The most services drawn in the timeline and listed under it (the complete list has them all). */
export const TIMELINE_LIMIT = LIST_CAP;

/** The services of one wave the recovery order names before "and N more". */
export const WAVE_CAP = 20;

export interface ScenarioRow {
  key: RecordKey;
  title: string;
  tier?: number;
  wave?: number;
  target: string;
  back: string;
  late: boolean;
  /** It fails with a vendor that has no substitute and no exit plan. */
  atRisk: boolean;
}

/** A plan to invoke in the scenario, with the teams that carry it out. */
export interface ScenarioPlan {
  key: RecordKey;
  title: string;
  status: string;
  /** Why it is listed: "covers 3 services down", "written for site-loss". */
  why: string;
  /** Shown teams of the plan. */
  teams: RecordKey[];
  /** It covers a function or service that goes down (else it is only written for the kind of loss). */
  covers: boolean;
}

/** The disruption types a plan names that fit a scenario of each source. */
const TAGS: Record<ShownScenario['source'], string[]> = {
  location: ['site-loss'],
  vendor: ['third-party-failure'],
  declared: [],
};

export interface ScenarioPageView {
  title: string;
  description?: string;
  lost: RecordKey[];
  counts: ShownScenario['counts'];
  functions: ScenarioRow[];
  /** Shown services in recovery order. */
  services: ScenarioRow[];
  timeline: { svg: string; caption: string };
  /** Functions and services down that the edition does not name. */
  restricted: number;
  /**
   * The targets at risk, when any: how many (whole organisation), the sentence that says so,
   * and the shown vendors with no substitute and no exit plan.
   */
  atRisk?: { count: number; text: string; vendors: RecordKey[] };
  /** Plans to invoke: approved first, then drafts, each in title order (retired ones never). */
  plans: ScenarioPlan[];
  /** Shown plans written for this kind of loss that cover nothing that goes down. */
  alsoFor: { tag: string; plans: RecordKey[] } | undefined;
  /** The shown teams of the plans that cover what goes down, by title. */
  teams: RecordKey[];
  /** Plans to invoke that the edition does not name. */
  plansRestricted: number;
  /** Where to go instead: the shown alternates of lost locations, exit plans of lost vendors. */
  fallbacks: { label: string; keys: RecordKey[] }[];
  /** Recovery order: the shown services of each wave, in order. */
  order: { wave: number; services: RecordKey[] }[];
  /**
   * What the page shows of its long lists (the complete lists are `affected` and `plans`):
   * the plans to invoke, the functions down (tier, then title), the services of the timeline
   * (recovery order) and each wave's first services.
   */
  capped: {
    plans: CappedList<ScenarioPlan>;
    /** The first teams of the plans to invoke (each plan's page names its teams). */
    teams: CappedList<RecordKey>;
    functions: CappedList<ScenarioRow>;
    timeline: CappedList<ScenarioRow>;
    order: { wave: number; services: CappedList<RecordKey> }[];
  };
  /** Every shown function and service down, most important first (tier, then title). */
  affected: ListedRecord[];
  /** Every plan to invoke: those covering what goes down (approved first), then those only written for the kind of loss. */
  plansListed: ListedRecord[];
  /** The cost of downtime over the scenario's timeline (an estimate), with its inputs. */
  cost: ScenarioCostView;
}

/** How a scenario page is made: `timeline: false` skips drawing the SVG (a tabletop pack has no use for it). */
export interface ScenarioPageOptions {
  timeline?: boolean;
}

/**
 * The plans to invoke in scenario `s`: every plan not retired that covers a function or service
 * that goes down, or whose `scenarios` name the kind of loss (TAGS); approved first, then
 * drafts, each by title. Tested on the whole organisation's plans, so left-out ones are counted.
 */
export function listPlansToInvoke(
  site: Published,
  s: ShownScenario,
): { plans: ScenarioPlan[]; restricted: number } {
  // The scenario page, its packs and the lost record's page all ask: walk the records once.
  let memo = plansMemo.get(site);
  if (!memo) plansMemo.set(site, (memo = new Map()));
  let found = memo.get(s.id);
  if (!found) memo.set(s.id, (found = findPlansToInvoke(site, s)));
  return found;
}

const plansMemo = new WeakMap<
  Published,
  Map<string, { plans: ScenarioPlan[]; restricted: number }>
>();

function findPlansToInvoke(
  site: Published,
  s: ShownScenario,
): { plans: ScenarioPlan[]; restricted: number } {
  const { model } = site;
  // What goes down in the whole organisation, so plans about left-out records are counted.
  let all: ScenarioResult | undefined;
  site.scenarios.count((x) => (x.id === s.id && (all = x), false));
  const whole = all ?? s;
  const down = new Set<RecordKey>([
    ...whole.lost,
    ...whole.functions.map((x) => x.key),
    ...whole.services.map((x) => x.key),
  ]);
  const coverOf = (p: Entry<'plans'>) => ({
    functions: p.data.covers.functions.filter((id) => down.has(keyOf('bia', id))).length,
    services: p.data.covers.services.filter((id) => down.has(keyOf('services', id))).length,
  });
  const tags = (p: Entry<'plans'>) => p.data.scenarios.filter((t) => TAGS[s.source].includes(t));
  // The exit plans of the lost vendors, looked up once (each lookup walks every record).
  const lostExits = new Set(
    s.lost.filter((k) => k.startsWith('vendors/')).map((v) => exitOf(site, v)),
  );
  const toInvoke = (e: Entry) => {
    if (e.kind !== 'plans') return false;
    const p = e as Entry<'plans'>;
    if (p.data.status === 'retired') return false;
    const c = coverOf(p);
    if (c.functions + c.services > 0) return true;
    // An exit plan is for leaving one vendor: only a lost vendor's own counts.
    if (p.data.type === 'exit' && !lostExits.has(p.key)) return false;
    return tags(p).length > 0;
  };
  const plans = (site.records.pick(toInvoke) as Entry<'plans'>[])
    .map((p) => ({ p, covers: total(coverOf(p)) > 0 }))
    .sort(
      (a, b) =>
        Number(b.covers) - Number(a.covers) ||
        PLAN_STATUS_RANK[a.p.data.status] - PLAN_STATUS_RANK[b.p.data.status] ||
        compareTitles(a.p.data.title, b.p.data.title),
    )
    .map(({ p }) => p)
    .map((p) => {
      const c = coverOf(p);
      const why = [
        c.services > 0 ? `covers ${plural(c.services, 'service')} down` : '',
        c.functions > 0 ? `covers ${plural(c.functions, 'function')} down` : '',
        ...tags(p).map((t) => `written for ${t}`),
      ].filter(Boolean);
      return {
        key: p.key,
        title: p.data.title,
        status: p.data.status,
        why: why.join('; '),
        teams: p.data.teams.map((t) => keyOf('teams', t)).filter((k) => model.index.has(k)),
        covers: total(c) > 0,
      };
    });
  return { plans, restricted: site.records.count(toInvoke).restricted };
}

const total = (c: { functions: number; services: number }) => c.functions + c.services;

/** The key of a vendor's exit plan, when it names one. */
function exitOf(site: Published, vendor: RecordKey): RecordKey | undefined {
  let id: string | undefined;
  site.records.count(
    (e) => (e.key === vendor && (id = (e as Entry<'vendors'>).data.exitPlan), false),
  );
  return id === undefined ? undefined : keyOf('plans', id);
}

/** The page of scenario `s`; `href` makes a shown record's link. */
export function toScenarioPage(
  site: Published,
  s: ShownScenario,
  href: (key: RecordKey) => string,
  { timeline = true }: ScenarioPageOptions = {},
): ScenarioPageView {
  const { model, recovery } = site;
  const title = (k: RecordKey) => model.index.get(k)?.data.title ?? 'restricted record';
  const row = (x: ShownScenario['services'][number]): ScenarioRow => ({
    key: x.key,
    title: title(x.key),
    tier: recovery.byKey.get(x.key)?.tier,
    wave: x.wave,
    target: x.target === undefined ? '' : fd(x.target),
    back: fd(x.achievable),
    late: x.met === false,
    atRisk: x.atRisk === true,
  });
  const byKey = new Map(s.services.map((x) => [x.key, x]));
  const ordered = s.waves.flatMap((w) =>
    w.services.flatMap((id) => byKey.get(keyOf('services', id)) ?? []),
  );
  const rows: TimelineRow[] = ordered.slice(0, TIMELINE_LIMIT).map((x) => ({
    label: title(x.key),
    href: href(x.key),
    wave: x.wave,
    end: x.achievable,
    target: x.target,
    start:
      x.achievable === undefined
        ? undefined
        : x.achievable - (recovery.byKey.get(x.key)?.ownRecovery?.minutes ?? 0),
  }));
  const functions = s.functions.map(row);
  const { plans, restricted: plansRestricted } = listPlansToInvoke(site, s);
  const fallbacks: ScenarioPageView['fallbacks'] = [];
  for (const k of s.lost) {
    const e = model.index.get(k);
    if (e?.kind === 'locations') {
      const alts = (e as Entry<'locations'>).data.alternates
        .map((id) => keyOf('locations', id))
        .filter((a) => model.index.has(a));
      fallbacks.push({ label: `Alternate site for ${e.data.title}`, keys: alts });
    } else if (e?.kind === 'vendors') {
      const v = (e as Entry<'vendors'>).data;
      const exit = v.exitPlan === undefined ? undefined : keyOf('plans', v.exitPlan);
      fallbacks.push({
        label: `Exit plan for ${v.title} (substitutability ${v.substitutability})`,
        keys: exit && model.index.has(exit) ? [exit] : [],
      });
    }
  }
  const vendors = s.irreplaceable.filter((k) => model.index.has(k));
  const atRisk =
    s.counts.atRisk > 0
      ? {
          count: s.counts.atRisk,
          vendors,
          text: `${plural(s.counts.atRisk, 'target')} at risk: no substitute and no exit plan for ${
            vendors.length > 0 ? vendors.map(title).join(', ') : 'a lost vendor'
          }`,
        }
      : undefined;
  const covering = plans.filter((p) => p.covers);
  const tagOnly = plans.filter((p) => !p.covers);
  const teams = [...new Set(covering.flatMap((p) => p.teams))].sort((a, b) =>
    compareTitles(title(a), title(b)),
  );
  const services = ordered.map(row);
  const order = s.waves
    .map((w) => ({ wave: w.wave, services: w.services.map((id) => keyOf('services', id)) }))
    .filter((w) => w.services.length > 0);
  const noteOf = (r: ScenarioRow) =>
    [
      r.wave === undefined ? '' : `wave ${r.wave}`,
      `back after ${r.back}`,
      r.target ? `target ${r.target}` : '',
      r.late ? 'late' : '',
      r.atRisk ? 'at risk: no substitute, no exit plan' : '',
    ]
      .filter(Boolean)
      .join(', ');
  const listed = (r: ScenarioRow, kindLabel: string): ListedRecord => ({
    key: r.key,
    title: r.title,
    tier: r.tier,
    kindLabel,
    note: noteOf(r),
    late: r.late || r.atRisk,
  });
  const affected = [
    ...functions.map((r) => listed(r, 'business function')),
    ...services.map((r) => listed(r, 'service')),
  ].sort(byTierThenTitle);
  return {
    title: s.title,
    description: s.description,
    lost: s.lost,
    counts: s.counts,
    functions,
    services,
    timeline: {
      svg: timeline ? toSvgTimeline(`Recovery timeline: ${s.title}`, rows) : '',
      caption:
        ordered.length > TIMELINE_LIMIT
          ? `The first ${TIMELINE_LIMIT} of ${ordered.length} services in recovery order: bars show each restore, ticks the targets.`
          : 'Services by wave: bars show each restore, ticks the targets.',
    },
    restricted: s.counts.functions + s.counts.services - functions.length - ordered.length,
    ...(atRisk ? { atRisk } : {}),
    plans: covering,
    alsoFor:
      tagOnly.length > 0
        ? { tag: TAGS[s.source].join(', '), plans: tagOnly.map((p) => p.key) }
        : undefined,
    teams,
    plansRestricted,
    fallbacks,
    order,
    capped: {
      plans: toCapped(covering),
      teams: toCapped(teams),
      functions: toCapped([...functions].sort(byTierThenTitle)),
      timeline: toCapped(services, TIMELINE_LIMIT),
      order: order.map((w) => ({ wave: w.wave, services: toCapped(w.services, WAVE_CAP) })),
    },
    affected,
    plansListed: plans.map((p) => ({
      key: p.key,
      title: p.title,
      note: `${p.status}; ${p.why}`,
    })),
    cost: toScenarioCost(site, s.id, s.title, s.counts.functions, title, { chart: timeline }),
  };
}

/** The complete list of what goes down in a scenario (its page's functions, timeline and waves are capped); `back` is the scenario page's address. */
export function toScenarioAffectedList(v: ScenarioPageView, back: string): RecordListView {
  return {
    title: `What goes down: ${v.title}`,
    intro:
      `Every business function and service that goes down (${v.counts.functions} functions and ${v.counts.services} services), ` +
      'most important first: tier 1 first, then by name; each with its recovery wave, when it is back after the loss and its target.',
    back: { href: back, label: v.title },
    items: v.affected,
    restricted: v.restricted,
  };
}

/** The complete list of the plans to invoke in a scenario (its page shows the first LIST_CAP). */
export function toScenarioPlansList(v: ScenarioPageView, back: string): RecordListView {
  return {
    title: `Plans to invoke: ${v.title}`,
    intro:
      'Every plan to invoke: first those that cover a function or service that goes down (approved first, then drafts, each by title), then those only written for this kind of loss.',
    back: { href: back, label: v.title },
    items: v.plansListed,
    restricted: v.plansRestricted,
  };
}
