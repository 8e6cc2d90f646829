/**
 * What pages say about the cost of downtime, always as an estimate with its inputs beside it:
 * a scenario's cost over its timeline (the total, the inputs per function, what was not
 * costed, the cumulative curve), the money at stake in each target that cannot be met, and the
 * gaps ranked by it. Amounts in the settings' currency with thousands separators, made by hand
 * (money.ts). Plain data from the published edition; pages only lay it out.
 */
import type { Published } from '../publish/publish.ts';
import type { ShownScenarioCost, ShownTargetCost } from '../publish/downtime-cost.ts';
import type { FunctionCost, NotCostedReason, RateSegment } from '../analytics/downtime-cost.ts';
import type { GapSeverity } from '../analytics/gap.ts';
import type { RecordKey } from '../model/key.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { formatHours, formatMoney } from './money.ts';
import { namedFirst, toSvgCostCurve } from './cost-chart.ts';
import { toLink, type RecordLink } from './facts.ts';
import { toCapped, type CappedList } from './record-list.ts';
import { plural } from './figure.ts';
import { compareTitles } from './title-order.ts';

/** The word every figure carries: these are estimates, not accounts. */
export const ESTIMATE = 'estimate';

/** Where the rates come from, said once under every table of inputs. */
export const COST_METHOD =
  'How it is estimated: a function whose BIA sets revenuePerHour costs that per hour from the first minute; any other costs, at each moment, the rate organisation.yaml gives (costOfDowntime.perHour) to the worst impact level its BIA impact table has reached by then, nothing before the first time in its table, and nothing at a level without a rate. An estimate to compare and to argue for budget with, not an accounting figure.';

/** The inputs of one function's figure, as a row says them. */
export interface CostInputRow {
  key: RecordKey;
  title: string;
  /** The window costed: "6h" from the loss, or "4h to 6h" for a late target. */
  window: string;
  /** Its length in hours: "6", "1.5". */
  hours: string;
  /** The rates used, one line per stretch at one rate, each saying where its rate comes from. */
  rates: string[];
  /** The cost of the window. */
  cost: string;
  /** The row in one line: "Order intake: 6 hours, EUR 38,000 per hour: revenue per hour from the BIA = EUR 228,000". */
  line: string;
}

/** A scenario's cost as its page shows it. */
export interface ScenarioCostView {
  /** False when no function has a rate: the section says how to give one instead. */
  configured: boolean;
  /** Functions that go down (whole organisation), and how many of them are costed. */
  functionsDown: number;
  costed: number;
  /** The total, "EUR 1,234,567". */
  total: string;
  /** The sentence under the heading: what the total is, over what, and what is left out. */
  summary: string;
  /** The costed functions the edition names, most costly first, capped. */
  rows: CappedList<CostInputRow>;
  /** The costed functions left out of `rows` by the cap, with their cost together. */
  more?: string;
  /** The costed functions the edition does not name, as a sentence with their cost together. */
  restricted?: string;
  /** The functions not costed that the edition names, with why (the first COST_ROWS_CAP). */
  uncosted: CappedList<{ key: RecordKey; why: string }>;
  /** How many more are not costed on functions the edition does not name. */
  uncostedRestricted: number;
  /** The cumulative cost chart and its text alternative (one line per moment functions come back). */
  chart?: { svg: string; caption: string; lines: CappedList<string> };
  /** How the figures are estimated. */
  method: string;
}

/** A late target's money at stake as the gap pages show it. */
export interface TargetCostView {
  key: RecordKey;
  title: string;
  severity?: GapSeverity;
  owner: RecordLink;
  /** "EUR 54,000". */
  cost: string;
  /** "1.5 hours late (target 4h, back after 5h 30m), for 2 functions that fail with it". */
  late: string;
  /** "Money at stake (estimate): EUR 54,000, 1.5 hours late for 2 functions": for a gap's own entry. */
  line: string;
  /** The inputs per costed function that costs anything in the window, most costly first (the first INPUT_CAP). */
  inputs: CappedList<CostInputRow>;
  /** The costed functions that cost nothing in the window, named in one sentence. */
  free?: string;
  /** Costed functions the edition does not name, with their cost together. */
  restricted?: string;
  /** The functions that fail with it without a rate, as a sentence. */
  uncosted?: string;
}

/** The gaps by money at stake. */
export interface GapsByCostView {
  configured: boolean;
  currency: string;
  /** What the list is and how to read it. */
  summary: string;
  rows: TargetCostView[];
  /** Late targets on records the edition does not name. */
  restricted: number;
  method: string;
}

/** The inputs a gap entry lists before "and N more". */
export const INPUT_CAP = 5;

/** Entries to a page of the gaps by cost (each with its inputs, so fewer than an index's 100). */
export const BY_COST_PAGE_SIZE = 50;

/** The functions a scenario's table of inputs lists, most costly first, before "and N more". */
export const COST_ROWS_CAP = 20;

/** The moments the chart's text alternative lists. */
export const CURVE_LINES_CAP = 20;

const WHY: Record<NotCostedReason, string> = {
  'unknown-time': 'when its systems are back is not known (a recovery time is missing)',
  'at-risk':
    'at risk: it fails with a vendor that has no substitute and no exit plan, so it has no time to be back',
  'no-rate': '',
};

/** Why a function has no rate, from what organisation.yaml sets. */
const noRate = (site: Published) =>
  Object.keys(site.cost.perHour).length === 0
    ? 'no rate: its BIA sets no revenuePerHour and organisation.yaml sets no costOfDowntime.perHour'
    : 'no rate: its BIA sets neither revenuePerHour nor an impact table';

/** One stretch at one rate, saying where the rate comes from. */
function stretchText(s: RateSegment, f: FunctionCost, currency: string): string {
  if (f.basis === 'revenue-per-hour')
    return `${formatMoney(s.perHour ?? 0, currency)} per hour: revenue per hour from the BIA`;
  const when = `${fd(s.from)} to ${fd(s.to)}`;
  if (s.level === undefined) return `${when}: no impact in the BIA table yet, nothing counted`;
  if (s.perHour === null)
    return `${when}: level ${s.label}, no rate in organisation.yaml, counted as 0`;
  return `${when}: level ${s.label} at ${formatMoney(s.perHour, currency)} per hour from organisation.yaml`;
}

/** The inputs of `f` as a row; `window` says the window costed. */
function toInputRow(
  f: FunctionCost,
  title: string,
  currency: string,
  window: string,
): CostInputRow {
  const hours = formatHours(f.to - f.from);
  const rates = f.segments.map((s) => stretchText(s, f, currency));
  const cost = formatMoney(f.cost, currency);
  return {
    key: f.key,
    title,
    window,
    hours,
    rates,
    cost,
    line: `${title}: ${hours} ${hours === '1' ? 'hour' : 'hours'}, ${rates.join('; ')} = ${cost}`,
  };
}

const byCostThenTitle = (a: { f: FunctionCost; title: string }, b: typeof a) =>
  b.f.cost - a.f.cost || compareTitles(a.title, b.title) || (a.f.key < b.f.key ? -1 : 1);

const NOT_CONFIGURED =
  'No figure: no business function has a cost per hour. Set revenuePerHour in a BIA, or costOfDowntime.perHour (a cost per hour per impact level) in organisation.yaml; the guide on running a BIA says how.';

/**
 * The cost section of scenario `id`'s page; `title` names a record as the edition does,
 * `chart: false` skips drawing the chart (a tabletop pack has no use for it).
 */
export function toScenarioCost(
  site: Published,
  id: string,
  scenarioTitle: string,
  functionsDown: number,
  title: (key: RecordKey) => string,
  { chart = true }: { chart?: boolean } = {},
): ScenarioCostView {
  const { currency } = site.cost;
  const c: ShownScenarioCost | undefined = site.cost.scenario(id);
  const configured = site.cost.configured && c !== undefined;
  const empty: ScenarioCostView = {
    configured,
    functionsDown,
    costed: 0,
    total: formatMoney(0, currency),
    summary: configured ? 'No business function goes down: nothing to cost.' : NOT_CONFIGURED,
    rows: toCapped([]),
    uncosted: toCapped([]),
    uncostedRestricted: 0,
    method: COST_METHOD,
  };
  if (!c || !configured || functionsDown === 0) return empty;
  const sorted = c.functions.map((f) => ({ f, title: title(f.key) })).sort(byCostThenTitle);
  const rows: CappedList<CostInputRow> = {
    shown: sorted
      .slice(0, COST_ROWS_CAP)
      .map(({ f, title: t }) => toInputRow(f, t, currency, fd(f.to))),
    more: Math.max(0, sorted.length - COST_ROWS_CAP),
    total: sorted.length,
  };
  const left = sorted.slice(COST_ROWS_CAP).reduce((sum, x) => sum + x.f.cost, 0);
  const why = noRate(site);
  const uncosted = toCapped(
    c.uncosted.map((u) => ({ key: u.key, why: u.reason === 'no-rate' ? why : WHY[u.reason] })),
    COST_ROWS_CAP,
  );
  const total = c.costed > 0 ? formatMoney(c.total, currency) : 'no figure';
  const summary =
    c.costed === 0
      ? `None of the ${plural(c.notCosted, 'function')} down can be costed (listed below), so there is no estimate.`
      : `Estimated cost of downtime: ${total} for ${plural(c.costed, 'business function')}, each costed from the loss until its systems are back (its work recovery time after that is not counted)` +
        (c.notCosted > 0
          ? `; ${plural(c.notCosted, 'more function')} down ${c.notCosted === 1 ? 'is' : 'are'} not costed (listed below), so the true cost is higher.`
          : '.');
  const view: ScenarioCostView = {
    configured,
    functionsDown,
    costed: c.costed,
    total,
    summary,
    rows,
    ...(rows.more > 0
      ? {
          more: `${plural(rows.more, 'more costed function')}: ${formatMoney(left, currency)} together.`,
        }
      : {}),
    ...(c.restricted.count > 0
      ? {
          restricted: `${plural(c.restricted.count, 'more costed function')} this edition does not name: ${formatMoney(c.restricted.cost, currency)} together, counted in the total.`,
        }
      : {}),
    uncosted,
    uncostedRestricted: c.uncostedRestricted,
    method: COST_METHOD,
  };
  if (chart && c.costed > 0) {
    const curve = c.curve;
    const points = curve.map((p) => ({ at: p.at, cost: p.cost, back: p.back.map(title) }));
    const lines = curve
      .filter((p) => p.back.length > 0)
      .map(
        (p) =>
          `After ${fd(p.at)}: ${formatMoney(p.cost, currency)} so far; back: ${namedFirst(p.back.map(title))}.`,
      );
    view.chart = {
      svg: toSvgCostCurve(
        `Cumulative cost of downtime (estimate): ${scenarioTitle}`,
        currency,
        points,
      ),
      caption: `Cumulative cost of downtime (estimate) from the loss until the last costed function is back: ${total}. Dots mark the moments functions come back.`,
      lines: toCapped(lines, CURVE_LINES_CAP),
    };
  }
  return view;
}

/** "1.5 hours late (target 4h, back after 5h 30m), for 2 functions that fail with it". */
function lateText(t: ShownTargetCost): string {
  const hours = formatHours(t.achievable - t.target);
  const n = t.costed + t.notCosted;
  const fns = t.key.startsWith('bia/')
    ? 'for the function itself'
    : `for ${plural(n, 'function')} that ${n === 1 ? 'fails' : 'fail'} with it`;
  return `${hours} ${hours === '1' ? 'hour' : 'hours'} late (target ${fd(t.target)}, back after ${fd(t.achievable)}), ${fns}`;
}

/** A late target's money at stake in one line, for the gap's own entry (no function named: O(1)). */
export function toTargetCostLine(site: Published, t: ShownTargetCost): string {
  const cost = formatMoney(t.total, site.cost.currency);
  return `Money at stake (${ESTIMATE}): ${cost}, ${lateText(t)}${t.notCosted > 0 ? `, ${t.notCosted} of them not costed` : ''}.`;
}

/** The money at stake in late target `t` as the gap pages show it. */
export function toTargetCost(
  site: Published,
  t: ShownTargetCost,
  title: (key: RecordKey) => string,
  severity?: GapSeverity,
): TargetCostView {
  const { currency } = site.cost;
  const owner = toLink(site.model, 'teams', site.model.index.get(t.key)?.data.owner ?? '');
  const cost = formatMoney(t.total, currency);
  const late = lateText(t);
  const window = `${fd(t.target)} to ${fd(t.achievable)}`;
  // Rows for the first INPUT_CAP only: a late platform can take thousands of functions with it.
  // Functions that cost nothing in the window are named in one line, not given a row each.
  const fns = t.functions.filter((f) => f.cost > 0);
  const free = t.functions.filter((f) => f.cost === 0);
  const inputs: CappedList<CostInputRow> = {
    shown: fns.slice(0, INPUT_CAP).map((f) => toInputRow(f, title(f.key), currency, window)),
    more: Math.max(0, fns.length - INPUT_CAP),
    total: fns.length,
  };
  const freeNames = free.slice(0, INPUT_CAP).map((f) => title(f.key));
  if (free.length > INPUT_CAP) freeNames.push(`${free.length - INPUT_CAP} more`);
  const uncostedCount = t.uncosted.length + t.uncostedRestricted;
  return {
    key: t.key,
    title: title(t.key),
    ...(severity ? { severity } : {}),
    owner,
    cost,
    late,
    line: toTargetCostLine(site, t),
    inputs,
    ...(free.length > 0
      ? {
          free: `Costing nothing in this window (their BIA tables reach no impact level with a rate by then): ${freeNames.join(', ')}.`,
        }
      : {}),
    ...(t.restricted.count > 0
      ? {
          restricted: `${plural(t.restricted.count, 'more costed function')} this edition does not name: ${formatMoney(t.restricted.cost, currency)} together, counted above.`,
        }
      : {}),
    ...(uncostedCount > 0
      ? {
          uncosted: `Not costed (${noRate(site)}): ${[
            ...t.uncosted.map(title),
            ...(t.uncostedRestricted > 0
              ? [`${t.uncostedRestricted} this edition does not name`]
              : []),
          ].join(', ')}.`,
        }
      : {}),
  };
}

/** The anchor of a late target's entry on the gaps by cost pages: "cost-services-erp". */
export const costAnchor = (key: RecordKey): string => `cost-${key.replace('/', '-')}`;

/**
 * Where a late target's entry is on the gaps by cost pages, site-relative to them ("page-2/#cost-services-erp",
 * "#cost-bia-payroll" on the first), for each late target the edition names; made once, O(targets).
 */
export function toCostPlaces(site: Published, pageSize: number): Map<RecordKey, string> {
  return new Map(
    site.cost.targets.map((t, i) => {
      const n = Math.floor(i / pageSize) + 1;
      return [t.key, `${n > 1 ? `page-${n}/` : ''}#${costAnchor(t.key)}`];
    }),
  );
}

/** The gaps by money at stake: every late target the edition names, most money first. */
export function toGapsByCost(site: Published, title: (key: RecordKey) => string): GapsByCostView {
  const { cost } = site;
  const severity = new Map<RecordKey, GapSeverity>();
  for (const g of site.gaps.items)
    if (g.rule === 'target-unreachable') severity.set(g.key, g.severity);
  const rows = cost.targets.map((t) => toTargetCost(site, t, title, severity.get(t.key)));
  const n = cost.targets.length + cost.targetsRestricted;
  return {
    configured: cost.configured,
    currency: cost.currency,
    summary: cost.configured
      ? `${plural(n, 'target')} cannot be met after a wide outage (the target-unreachable gaps), most money at stake first: for each, the estimated cost of the hours it is late, for every business function that fails with it. A function late because of a late service counts in both, so the figures overlap: compare them, do not add them up. Other kinds of gap have no figure.`
      : NOT_CONFIGURED,
    rows: cost.configured ? rows : [],
    restricted: cost.configured ? cost.targetsRestricted : 0,
    method: COST_METHOD,
  };
}
