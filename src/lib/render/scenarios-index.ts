/**
 * What the scenarios index shows: the scenarios the edition names, grouped by where they come
 * from (a location, a vendor, organisation.yaml), each with the whole organisation's counts,
 * and how many more there are that it does not name. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { ScenarioResult } from '../analytics/scenarios.ts';
import { formatMoney } from './money.ts';

export interface ScenarioIndexRow {
  title: string;
  href: string;
  functions: number;
  services: number;
  broken: number;
  /** Targets at risk: no substitute and no exit plan for a lost vendor. */
  atRisk: number;
  /** "12 functions, 1 service". */
  down: string;
  /** "3 broken" or "0 broken, 15 at risk". */
  targets: string;
  /**
   * The estimated cost of downtime over the scenario's timeline: "EUR 1,234,567", with "(2
   * functions not costed)" when some are not, "no figure" when none is costed; "" when no
   * function has a rate.
   */
  cost: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface ScenarioGroupView {
  source: ScenarioResult['source'];
  /** Anchor of the group's heading. */
  anchor: string;
  heading: string;
  rows: ScenarioIndexRow[];
}

export interface ScenariosIndexView {
  /** Groups with at least one scenario the edition names, in a fixed order. */
  groups: ScenarioGroupView[];
  /** Scenarios the edition does not name (the loss of a location or vendor it leaves out). */
  restricted: number;
}

const GROUPS: [ScenarioResult['source'], string][] = [
  ['location', 'Loss of a location'],
  ['vendor', 'Failure of a vendor'],
  ['declared', 'Declared scenarios'],
];

/** A scenario's estimated cost as the index says it (see ScenarioIndexRow.cost). */
function costOf(site: Published, id: string, functions: number): string {
  const c = site.cost.scenario(id);
  if (!site.cost.configured || !c) return '';
  if (functions === 0) return formatMoney(0, site.cost.currency);
  const money = c.costed > 0 ? formatMoney(c.total, site.cost.currency) : 'no figure';
  return c.notCosted > 0
    ? `${money} (${c.notCosted} ${c.notCosted === 1 ? 'function' : 'functions'} not costed)`
    : money;
}

/** The scenarios index of one edition; `href` makes a scenario's link from its id. */
export function toScenariosIndex(
  site: Published,
  href: (id: string) => string,
): ScenariosIndexView {
  const { scenarios } = site;
  return {
    groups: GROUPS.map(([source, heading]) => ({
      source,
      anchor: `g-${source}`,
      heading,
      rows: scenarios.items
        .filter((s) => s.source === source)
        .map((s) => ({
          title: s.title,
          href: href(s.id),
          functions: s.counts.functions,
          services: s.counts.services,
          broken: s.counts.broken,
          atRisk: s.counts.atRisk,
          down: `${plural(s.counts.functions, 'function')}, ${plural(s.counts.services, 'service')}`,
          targets: `${s.counts.broken} broken${s.counts.atRisk > 0 ? `, ${s.counts.atRisk} at risk` : ''}`,
          cost: costOf(site, s.id, s.counts.functions),
        })),
    })).filter((g) => g.rows.length > 0),
    restricted: scenarios.restricted,
  };
}
