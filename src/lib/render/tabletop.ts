/**
 * A tabletop exercise played from a scenario's own figures: the facilitator pack and the
 * participant handout of one scenario. The injects are the moments the analysis says something
 * happens: T+0 (what is lost, what fails), each target RTO of an affected tier-1 function or
 * service (where targets break), and the end of each recovery wave (what comes back), in time
 * order. At each inject: what is still down (achievable time after it, or unknown), what came
 * back since the one before, the targets that break at it (a target in the interval since the
 * previous inject, of something late), those about to break (before the next one),
 * and those at risk (recovery unknown: a lost vendor with no substitute and no exit plan).
 * The facilitator pack adds the decisions expected: the plans to invoke with who may declare
 * them, their teams and channels (a channel down in the scenario is marked), the alternate site
 * or exit plan, and at each later inject the owners to tell and the workarounds of what breaks.
 * The handout has none of that: it is what the participants are told.
 *
 * Figures are the whole organisation's (inject times, counts); names are the edition's: a record
 * it leaves out is counted, never named. O(injects x items down) per scenario.
 */
import type { Published, ShownScenario } from '../publish/publish.ts';
import type { ScenarioItem, ScenarioResult } from '../analytics/scenarios.ts';
import type { Entry } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { plansCovering } from './plans-covering.ts';
import { toScenarioPage, type ScenarioPageView } from './scenario-page.ts';
import { byTierThenTitle } from './record-list.ts';

/** Who a view is for: the facilitator sees the expected decisions, participants do not. */
export type TabletopAudience = 'facilitator' | 'participant';

/** More injects than this keep only T+0, the tier-1 targets and the last wave's end. */
export const MAX_INJECTS = 16;

/**
 * The most items an inject names in each of its lists (still down, back, breaking, about to
 * break, at risk; owners to tell, plans, workarounds) before "and N more": a pack of 16
 * injects stays a few pages per inject at any estate size. The scenario's complete list of
 * what goes down (its `affected` page) has every one.
 */
export const INJECT_CAP = 10;

/** The most plans the T+0 decisions table names (the scenario's list of plans to invoke has them all). */
export const INVOKE_CAP = 20;

/** Where a function or service stands at an inject. */
export type InjectState = 'late' | 'breaks' | 'about-to-break' | 'at-risk' | 'on-track';

/** A function or service still down at an inject. */
export interface InjectRow {
  key: RecordKey;
  title: string;
  tier?: number;
  /** Target RTO ("4h"), empty when it has none. */
  target: string;
  /** When it is back ("5h 15m"), "unknown" when at risk. */
  back: string;
  state: InjectState;
  /** What the state means, in words: "breaks now (target 4h)". */
  note: string;
  /** Shown as late: it breaks now, broke before, or is at risk. */
  late: boolean;
}

/** A list of records at an inject: the shown ones, and how many in all (whole organisation). */
export interface Named {
  keys: RecordKey[];
  total: number;
  /** How many of them the edition does not name. */
  restricted: number;
  /** The first INJECT_CAP of `keys` (most important first: tier, then title). */
  shown: RecordKey[];
  /** Named ones left out of `shown`. */
  more: number;
}

/** What the facilitator expects a plan's invocation to involve. */
export interface PlanDecision {
  key: RecordKey;
  title: string;
  status: string;
  why: string;
  /** Shown people who may declare it, and how many the edition does not name. */
  declaredBy: RecordKey[];
  declaredByRestricted: number;
  teams: RecordKey[];
  /** The services it uses to communicate; `down` when that channel is down in this scenario. */
  channels: { key: RecordKey; down: boolean }[];
}

/** The decisions expected at one inject (facilitator only). */
export interface InjectDecisions {
  /** T+0: the plans to invoke (approved first), as the scenario page lists them. */
  invoke: PlanDecision[];
  /** T+0: where to go instead (alternate site, exit plan), as the scenario page names them. */
  fallbacks: { label: string; keys: RecordKey[] }[];
  /** The owning teams of what breaks or is about to break: tell them (and their escalation). */
  tell: { team: RecordKey; escalation: RecordKey[] }[];
  /** Plans covering what breaks or is about to break: is each invoked already? */
  plans: RecordKey[];
  /** Workarounds of what breaks or is about to break: alternate means, minimum service level. */
  workarounds: { key: RecordKey; text: string }[];
  /** What the pack shows of `tell`, `plans` and `workarounds` (INJECT_CAP each) and how many more. */
  shown: {
    invoke: PlanDecision[];
    tell: InjectDecisions['tell'];
    plans: RecordKey[];
    workarounds: InjectDecisions['workarounds'];
    more: { invoke: number; tell: number; plans: number; workarounds: number };
  };
}

export interface TabletopInject {
  /** Minutes after the loss. */
  at: number;
  /** "T+0", "T+1h", "T+2h 15m". */
  time: string;
  /** Element id: "inject-3". */
  anchor: string;
  /** Why an inject falls here: "target RTO of 7 tier-1 services", "end of wave 3". */
  why: string[];
  /** The situation in one sentence, as the facilitator reads it out. */
  headline: string;
  /** Still down, functions first then services in recovery order (shown ones). */
  down: InjectRow[];
  /** The first INJECT_CAP of `down`: what breaks or broke first, then what is about to, each by tier and title. */
  downShown: InjectRow[];
  /** Rows of `down` left out of `downShown`. */
  downMore: number;
  downCount: { functions: number; services: number };
  /** Of those down, how many the edition does not name. */
  downRestricted: number;
  /** Back since the previous inject. */
  back: Named;
  breaking: Named;
  aboutToBreak: Named;
  atRisk: Named;
  /** Facilitator only. */
  decisions?: InjectDecisions;
}

export interface TabletopView {
  audience: TabletopAudience;
  scenario: { id: string; title: string; description?: string; lost: RecordKey[] };
  /** "DC North is lost: 12 functions and 26 services go down; 21 targets break." */
  summary: string;
  injects: TabletopInject[];
  /** Functions and services down that the edition does not name. */
  restricted: number;
  /** Plans to invoke the edition does not name (facilitator only; 0 for participants). */
  plansRestricted: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "T+0", "T+4h". */
export const injectTime = (minutes: number): string => (minutes === 0 ? 'T+0' : `T+${fd(minutes)}`);

/** The scenario as the analysis has it (every record), for times and counts. */
function wholeOf(site: Published, s: ShownScenario): ScenarioResult | ShownScenario {
  let all: ScenarioResult | undefined;
  site.scenarios.count((x) => (x.id === s.id && (all = x), false));
  return all ?? s;
}

/** Whether `x` is still down at `t` minutes. */
const isDown = (x: ScenarioItem, t: number) => x.achievable === undefined || x.achievable > t;

/**
 * The inject times of a scenario, ascending: 0, each target of a tier-1 function or service
 * that goes down, and each wave's end (its last known achievable time). `tierOf` gives a tier.
 */
export function listInjectTimes(
  s: Pick<ScenarioResult, 'functions' | 'services'>,
  tierOf: (key: RecordKey) => number | undefined,
): { at: number; why: string[] }[] {
  const items = [...s.functions, ...s.services];
  const targets = new Map<number, { functions: number; services: number }>();
  for (const x of items)
    if (x.target !== undefined && tierOf(x.key) === 1) {
      const c = targets.get(x.target) ?? { functions: 0, services: 0 };
      c[x.key.startsWith('bia/') ? 'functions' : 'services']++;
      targets.set(x.target, c);
    }
  const waveEnds = new Map<number, number[]>();
  const ends = new Map<number, number>();
  for (const x of s.services)
    if (x.wave !== undefined && x.achievable !== undefined)
      ends.set(x.wave, Math.max(ends.get(x.wave) ?? 0, x.achievable));
  for (const [wave, end] of ends) waveEnds.set(end, [...(waveEnds.get(end) ?? []), wave]);
  let times = [...new Set([0, ...targets.keys(), ...waveEnds.keys()])].sort((a, b) => a - b);
  if (times.length > MAX_INJECTS) {
    const last = Math.max(...waveEnds.keys());
    times = times.filter((t) => t === 0 || targets.has(t) || t === last);
  }
  return times.map((at) => {
    const why: string[] = [];
    if (at === 0) why.push('the loss');
    const c = targets.get(at);
    if (c) {
      const what = [
        c.functions ? plural(c.functions, 'tier-1 function') : '',
        c.services ? plural(c.services, 'tier-1 service') : '',
      ].filter(Boolean);
      why.push(`target RTO of ${what.join(' and ')}`);
    }
    const waves = (waveEnds.get(at) ?? []).sort((a, b) => a - b);
    if (waves.length) why.push(`end of wave ${waves.join(', ')}`);
    return { at, why };
  });
}

/**
 * The tabletop pack of scenario `s` for `audience`: injects in time order with what is down,
 * back, breaking, about to break and at risk; for the facilitator the decisions expected.
 */
export function toTabletop(
  site: Published,
  s: ShownScenario,
  href: (key: RecordKey) => string,
  audience: TabletopAudience,
  page: ScenarioPageView = toScenarioPage(site, s, href, { timeline: false }),
): TabletopView {
  const { model, recovery } = site;
  const whole = wholeOf(site, s);
  const shown = (k: RecordKey) => model.index.has(k);
  const title = (k: RecordKey) => model.index.get(k)?.data.title ?? 'restricted record';
  const times = listInjectTimes(whole, recovery.tierOf);
  // Functions first, then services in recovery order: the order the scenario page lists them.
  const rank = new Map<RecordKey, number>(
    [...page.functions, ...page.services].map((r, i) => [r.key, i]),
  );
  const items = [...whole.functions, ...whole.services];
  const facilitator = audience === 'facilitator';
  const down = new Set([...whole.lost, ...items.map((x) => x.key)]);
  const invoke: PlanDecision[] = facilitator
    ? page.plans.map((p) => {
        const plan = model.index.get(p.key) as Entry<'plans'>;
        const people = plan.data.declaredBy.map((id) => keyOf('people', id));
        return {
          key: p.key,
          title: p.title,
          status: p.status,
          why: p.why,
          declaredBy: people.filter(shown),
          declaredByRestricted: people.filter((k) => !shown(k)).length,
          teams: p.teams,
          channels: plan.data.channels
            .map((id) => keyOf('services', id))
            .filter(shown)
            .map((key) => ({ key, down: down.has(key) })),
        };
      })
    : [];
  const tierOf = (k: RecordKey) => recovery.byKey.get(k)?.tier;
  const important = (a: RecordKey, b: RecordKey) =>
    byTierThenTitle(
      { key: a, tier: tierOf(a), title: title(a) },
      { key: b, tier: tierOf(b), title: title(b) },
    );
  const named = (list: ScenarioItem[]): Named => {
    const keys = list
      .map((x) => x.key)
      .filter(shown)
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const first = [...keys].sort(important).slice(0, INJECT_CAP);
    return {
      keys,
      total: list.length,
      restricted: list.filter((x) => !shown(x.key)).length,
      shown: first,
      more: keys.length - first.length,
    };
  };
  const injects = times.map(({ at, why }, n): TabletopInject => {
    const prev = n === 0 ? -1 : times[n - 1].at;
    const next = times[n + 1]?.at ?? Infinity;
    const still = items.filter((x) => isDown(x, at));
    const passes = (x: ScenarioItem) => x.target !== undefined && x.target > prev && x.target <= at;
    // A target breaks at the first inject at or after it; `met` is the scenario's own verdict.
    const breaking = items.filter((x) => x.met === false && passes(x));
    const atRisk = items.filter((x) => x.atRisk === true && passes(x));
    const aboutToBreak = items.filter(
      (x) => x.met === false && x.target !== undefined && x.target > at && x.target <= next,
    );
    const back = items.filter(
      (x) => x.achievable !== undefined && x.achievable > prev && x.achievable <= at && n > 0,
    );
    const stateOf = (x: ScenarioItem): { state: InjectState; note: string } => {
      const t = x.target;
      if (x.atRisk) return { state: 'at-risk', note: 'at risk: recovery unknown' };
      if (t === undefined) return { state: 'on-track', note: 'no target' };
      if (t > prev && t <= at) return { state: 'breaks', note: `breaks now (target ${fd(t)})` };
      if (t <= at) return { state: 'late', note: `late since ${injectTime(t)}` };
      if (x.achievable !== undefined && x.achievable > t)
        return { state: 'about-to-break', note: `breaks at ${injectTime(t)}` };
      return { state: 'on-track', note: `on track for ${fd(t)}` };
    };
    const rows = still
      .filter((x) => shown(x.key))
      .sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0))
      .map((x): InjectRow => {
        const { state, note } = stateOf(x);
        return {
          key: x.key,
          title: title(x.key),
          tier: recovery.byKey.get(x.key)?.tier,
          target: x.target === undefined ? '' : fd(x.target),
          back: fd(x.achievable),
          state,
          note,
          late: state === 'breaks' || state === 'late' || state === 'at-risk',
        };
      });
    const urgency: Record<InjectState, number> = {
      breaks: 0,
      late: 1,
      'at-risk': 2,
      'about-to-break': 3,
      'on-track': 4,
    };
    const downShown = [...rows]
      .sort((a, b) => urgency[a.state] - urgency[b.state] || byTierThenTitle(a, b))
      .slice(0, INJECT_CAP);
    const downCount = {
      functions: still.filter((x) => x.key.startsWith('bia/')).length,
      services: still.filter((x) => x.key.startsWith('services/')).length,
    };
    const counted = [
      downCount.functions ? plural(downCount.functions, 'business function') : '',
      downCount.services ? plural(downCount.services, 'service') : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const headline = [
      n === 0
        ? `${page.lost.map(title).join(', ')} ${page.lost.length === 1 ? 'is' : 'are'} lost: ${
            counted
              ? `${counted} ${downCount.functions + downCount.services === 1 ? 'is' : 'are'} down`
              : 'nothing else goes down'
          }`
        : counted
          ? `${counted} still down`
          : 'Everything is back',
      back.length > 0 ? `${back.length} back since ${injectTime(prev)}` : '',
      breaking.length > 0
        ? `${plural(breaking.length, 'target')} ${breaking.length === 1 ? 'breaks' : 'break'} now`
        : '',
      atRisk.length > 0 ? `${atRisk.length} at risk` : '',
      aboutToBreak.length > 0 && Number.isFinite(next)
        ? `${plural(aboutToBreak.length, 'target')} ${aboutToBreak.length === 1 ? 'breaks' : 'break'} before ${injectTime(next)}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    const pressing = [...breaking, ...aboutToBreak, ...atRisk].map((x) => x.key).filter(shown);
    const decisions = facilitator
      ? toDecisions(site, n === 0, pressing, invoke, page.fallbacks)
      : undefined;
    return {
      at,
      time: injectTime(at),
      anchor: `inject-${n + 1}`,
      why,
      headline: `${headline}.`,
      down: rows,
      downShown,
      downMore: rows.length - downShown.length,
      downCount,
      downRestricted: downCount.functions + downCount.services - rows.length,
      back: named(back),
      breaking: named(breaking),
      aboutToBreak: named(aboutToBreak),
      atRisk: named(atRisk),
      ...(decisions ? { decisions } : {}),
    };
  });
  const c = s.counts;
  return {
    audience,
    scenario: {
      id: s.id,
      title: s.title,
      ...(s.description === undefined ? {} : { description: s.description }),
      lost: s.lost,
    },
    summary:
      `${plural(c.functions, 'business function')} and ${plural(c.services, 'service')} go down; ` +
      `${plural(c.broken, 'target')} ${c.broken === 1 ? 'breaks' : 'break'}` +
      (c.atRisk > 0 ? `; ${c.atRisk} at risk.` : '.'),
    injects,
    restricted: page.restricted,
    plansRestricted: facilitator ? page.plansRestricted : 0,
  };
}

/** The decisions expected at an inject: the invocation at T+0, then what breaks asks for. */
function toDecisions(
  site: Published,
  first: boolean,
  pressing: RecordKey[],
  invoke: PlanDecision[],
  fallbacks: InjectDecisions['fallbacks'],
): InjectDecisions {
  const { model } = site;
  const teams = [
    ...new Set(
      pressing.flatMap((k) => {
        const owner = model.index.get(k)?.data.owner;
        return owner === undefined ? [] : [keyOf('teams', owner)];
      }),
    ),
  ]
    .filter((k) => model.index.has(k))
    .sort();
  const plans = [
    ...new Set(pressing.flatMap((k) => plansCovering(model, k).map((p) => p.key))),
  ].sort();
  const workarounds = pressing.flatMap((k) => {
    const e = model.index.get(k);
    const text =
      e?.kind === 'services'
        ? (e as Entry<'services'>).data.alternateMeans
        : (e as Entry<'bia'> | undefined)?.data.mbco;
    return text ? [{ key: k, text }] : [];
  });
  const tell = teams.map((team) => ({
    team,
    escalation: ((model.index.get(team) as Entry<'teams'>).data.escalation ?? [])
      .map((id) => keyOf('people', id))
      .filter((k) => model.index.has(k)),
  }));
  return {
    invoke: first ? invoke : [],
    fallbacks: first ? fallbacks : [],
    tell,
    plans,
    workarounds,
    shown: {
      invoke: first ? invoke.slice(0, INVOKE_CAP) : [],
      tell: tell.slice(0, INJECT_CAP),
      plans: plans.slice(0, INJECT_CAP),
      workarounds: workarounds.slice(0, INJECT_CAP),
      more: {
        invoke: first ? Math.max(0, invoke.length - INVOKE_CAP) : 0,
        tell: Math.max(0, tell.length - INJECT_CAP),
        plans: Math.max(0, plans.length - INJECT_CAP),
        workarounds: Math.max(0, workarounds.length - INJECT_CAP),
      },
    },
  };
}

/**
 * The participant handout made from the facilitator pack of the same scenario: the same
 * injects without the decisions expected (what toTabletop gives for 'participant').
 */
export function toHandout(pack: TabletopView): TabletopView {
  return {
    ...pack,
    audience: 'participant',
    injects: pack.injects.map(({ decisions: _decisions, ...i }) => i),
    plansRestricted: 0,
  };
}
